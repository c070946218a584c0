import type { StoryPayload } from '../../content/payloads';
import { site, siteUrl } from '../../content/site';
import { authorName } from '../../lib/authorName';
import { cardPath, imageWidths, renditionPath } from '../../lib/imageFiles';

/**
 * schema.org NewsArticle for search engines, with the properties Google's article guidelines
 * ask for. JSON inside <script> is not parsed as HTML; "<" is escaped so nothing can close it.
 * Crawlers read it in the prerendered page, so only the prerender writes it: the browser keeps
 * that text as it is and never downloads the code that makes it.
 */
export function StoryJsonLd({ story }: { story: StoryPayload['story'] }) {
  return (
    <script type="application/ld+json" suppressHydrationWarning>
      {import.meta.env.SSR ? newsArticle(story) : ''}
    </script>
  );
}

function newsArticle(story: StoryPayload['story']): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': siteUrl(story.url) },
    headline: story.headline,
    description: story.dek,
    // The largest JPEG and the 1.91:1 social card: search engines pick the shape they need.
    ...(story.lead
      ? {
          image: [
            siteUrl(renditionPath(story.lead.base, imageWidths[6], 'jpg')),
            siteUrl(cardPath(story.lead.base)),
          ],
        }
      : {}),
    datePublished: story.published,
    ...(story.updated ? { dateModified: story.updated } : {}),
    articleSection: story.section.name,
    author: [{ '@type': 'Person', name: authorName(story.byline) }],
    publisher: {
      '@type': 'Organization',
      name: site.name,
      url: site.origin,
      logo: {
        '@type': 'ImageObject',
        url: siteUrl(site.logo.src),
        width: site.logo.width,
        height: site.logo.height,
      },
    },
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
