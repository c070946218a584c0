import { site, siteUrl } from '../content/site';
import { cardPath, imageType, siteCardPath, socialCard } from '../lib/imageFiles';
import type { PageMetaProps } from './PageMeta';

/**
 * Open Graph, article and Twitter card tags for a page (see PageMeta): written by the prerender
 * only, for social networks and crawlers, which read the HTML and run no JavaScript.
 */
export function SocialMeta({ title, description, path, image, article }: PageMetaProps) {
  const card = image ? cardPath(image.base) : siteCardPath;
  const cardAlt = image ? image.alt : (site.shareImage.alt ?? '');
  return (
    <>
      <meta property="og:site_name" content={site.name} />
      <meta property="og:type" content={article ? 'article' : 'website'} />
      <meta property="og:title" content={title ?? site.name} />
      <meta property="og:description" content={description} />
      {path !== undefined && <meta property="og:url" content={siteUrl(path)} />}
      <meta property="og:image" content={siteUrl(card)} />
      <meta property="og:image:type" content={imageType('jpg')} />
      <meta property="og:image:width" content={String(socialCard.width)} />
      <meta property="og:image:height" content={String(socialCard.height)} />
      {cardAlt && <meta property="og:image:alt" content={cardAlt} />}
      {article && <meta property="article:published_time" content={article.published} />}
      {article?.updated && <meta property="article:modified_time" content={article.updated} />}
      {article && <meta property="article:section" content={article.section} />}
      {article && <meta property="article:author" content={article.author} />}
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={title ?? site.name} />
      <meta name="twitter:description" content={description} />
      <meta name="twitter:image" content={siteUrl(card)} />
      {cardAlt && <meta name="twitter:image:alt" content={cardAlt} />}
    </>
  );
}
