import type { ImageSet } from '../content/payloads';
import type { Section } from '../content/schema';
import { cardPath, imageType, siteCardPath, socialCard } from '../lib/imageFiles';
import { feedPath } from '../lib/urls';
import { site } from '../content/site';

interface ArticleMeta {
  published: string;
  updated?: string | undefined;
  section: string;
  author: string;
}

interface Props {
  /** The page's own title; the site name is added. */
  title?: string;
  description: string;
  /** Site path of the page's canonical URL; omit for pages that should not be indexed alone. */
  path?: string;
  /** The page's photo: its 1200×630 card is what a shared link shows. The site's card otherwise. */
  image?: ImageSet | undefined;
  article?: ArticleMeta;
  /** The section whose RSS feed the page offers, beside the feed of every story. */
  feed?: Section;
}

const absolute = (path: string) => new URL(path, site.origin).href;

/**
 * Title, description, canonical URL, Open Graph and Twitter card. React 19 hoists these into
 * <head>, in the prerendered HTML and after every client-side navigation.
 */
export function PageMeta({ title, description, path, image, article, feed }: Props) {
  const card = image ? cardPath(image.base) : siteCardPath;
  const cardAlt = image ? image.alt : (site.shareImage.alt ?? '');
  const fullTitle = title ? `${title} | ${site.name}` : `${site.name}: ${site.tagline}`;
  return (
    <>
      <title>{fullTitle}</title>
      <meta name="description" content={description} />
      {path !== undefined && <link rel="canonical" href={absolute(path)} />}
      {feed && (
        <link
          rel="alternate"
          type="application/rss+xml"
          title={`${site.name}: ${feed.name}`}
          href={feedPath(feed.id)}
        />
      )}
      <meta property="og:site_name" content={site.name} />
      <meta property="og:type" content={article ? 'article' : 'website'} />
      <meta property="og:title" content={title ?? site.name} />
      <meta property="og:description" content={description} />
      {path !== undefined && <meta property="og:url" content={absolute(path)} />}
      <meta property="og:image" content={absolute(card)} />
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
      <meta name="twitter:image" content={absolute(card)} />
      {cardAlt && <meta name="twitter:image:alt" content={cardAlt} />}
    </>
  );
}
