import type { ImageSet } from '../content/payloads';
import type { Section } from '../content/schema';
import { feedPath } from '../lib/urls';
import { site, siteUrl } from '../content/site';
import { SocialMeta } from './SocialMeta';

/** Open Graph's `article:*` properties (og:type "article"): a story page has them. */
interface ArticleMeta {
  published: string;
  updated?: string | undefined;
  section: string;
  author: string;
}

export interface PageMetaProps {
  /** The page's own title; the site name is added. */
  title?: string;
  description: string;
  /** Site path of the page's canonical URL; omit for pages that should not be indexed alone. */
  path?: string;
  /** The page's photo: its 1200×630 card is what a shared link shows. The site's card otherwise. */
  image?: ImageSet | undefined;
  /** Open Graph's article object: the name is the protocol's, for a story page. */
  article?: ArticleMeta;
  /** The section whose RSS feed the page offers, beside the feed of every story. */
  feed?: Section;
}

/**
 * Title, description, canonical URL and feeds, which React 19 hoists into <head> in the
 * prerendered HTML and after every client-side navigation; and, in the prerendered HTML only,
 * what social networks and crawlers read (they never run the page's JavaScript), so the browser
 * never downloads that code. A client-side page change drops the first page's social tags
 * (`forgetSocialMeta`), so none are left describing another page.
 */
export function PageMeta(props: PageMetaProps) {
  const { title, description, path, feed } = props;
  const fullTitle = title ? `${title} | ${site.name}` : `${site.name}: ${site.tagline}`;
  return (
    <>
      <title>{fullTitle}</title>
      <meta name="description" content={description} />
      {path !== undefined && <link rel="canonical" href={siteUrl(path)} />}
      {feed && (
        <link
          rel="alternate"
          type="application/rss+xml"
          title={`${site.name}: ${feed.name}`}
          href={feedPath(feed.id)}
        />
      )}
      {import.meta.env.SSR && <SocialMeta {...props} />}
    </>
  );
}

const socialTags = 'meta[property^="og:"], meta[property^="article:"], meta[name^="twitter:"]';

/** Removes the social tags the prerender wrote: they describe the page first loaded. */
export function forgetSocialMeta(): void {
  for (const tag of document.head.querySelectorAll(socialTags)) tag.remove();
}
