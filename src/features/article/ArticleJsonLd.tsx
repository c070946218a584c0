import type { StoryPage } from '../../content/payloads';
import { site } from '../../content/site';
import { cardPath, imageWidths, renditionPath } from '../../lib/imageFiles';

const absolute = (path: string) => new URL(path, site.origin).href;

/** The author's name without the "By" of a printed byline. */
export function authorName(byline: string): string {
  return byline.replace(/^by\s+/i, '').trim();
}

/**
 * schema.org NewsArticle for search engines, with the properties Google's article guidelines
 * ask for. JSON inside <script> is not parsed as HTML; "<" is escaped so nothing can close it.
 */
export function ArticleJsonLd({ article }: { article: StoryPage['article'] }) {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': absolute(article.url) },
    headline: article.headline,
    description: article.dek,
    // The largest JPEG and the 1.91:1 social card: search engines pick the shape they need.
    ...(article.lead
      ? {
          image: [
            absolute(renditionPath(article.lead.base, imageWidths[6], 'jpg')),
            absolute(cardPath(article.lead.base)),
          ],
        }
      : {}),
    datePublished: article.published,
    ...(article.updated ? { dateModified: article.updated } : {}),
    articleSection: article.sectionInfo.name,
    author: [{ '@type': 'Person', name: authorName(article.byline) }],
    publisher: {
      '@type': 'Organization',
      name: site.name,
      url: site.origin,
      logo: {
        '@type': 'ImageObject',
        url: absolute(site.logo.src),
        width: site.logo.width,
        height: site.logo.height,
      },
    },
  };
  return (
    <script type="application/ld+json">{JSON.stringify(data).replace(/</g, '\\u003c')}</script>
  );
}
