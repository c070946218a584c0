import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Feed } from 'feed';
import type { Content } from '../src/content/validate';
import { storyPath } from '../src/lib/urls';

/** The RSS 2.0 feed of every story, linked from the footer ("See our feeds!") and each page's head. */
export async function writeFeed(content: Content, dist: string): Promise<void> {
  const { site } = content;
  const feed = new Feed({
    title: site.name,
    description: site.tagline,
    id: site.origin,
    link: site.origin,
    language: site.language,
    copyright: `© ${site.name}`,
    feedLinks: { rss: new URL(site.feeds.href, site.origin).href },
  });
  const newestFirst = [...content.articles].sort(
    (a, b) => Date.parse(b.published) - Date.parse(a.published),
  );
  for (const article of newestFirst) {
    const link = new URL(storyPath(article.section, article.slug), site.origin).href;
    feed.addItem({
      title: article.headline,
      id: link,
      link,
      description: article.dek,
      date: new Date(article.updated ?? article.published),
      published: new Date(article.published),
      author: [{ name: article.byline.replace(/^By\s+/i, '') }],
    });
  }
  await writeFile(path.join(dist, site.feeds.href), feed.rss2());
}
