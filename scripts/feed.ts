import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Feed } from 'feed';
import type { Article, Section } from '../src/content/schema';
import type { Content } from '../src/content/validate';
import { authorName } from '../src/lib/authorName';
import { feedPath, homePath, sectionPath, storyPath } from '../src/lib/urls';

const newestFirst = (articles: Article[]) =>
  [...articles].sort((a, b) => Date.parse(b.published) - Date.parse(a.published));

function rss(content: Content, articles: Article[], section?: Section): string {
  const { site } = content;
  const feed = new Feed({
    title: section ? `${site.name}: ${section.name}` : site.name,
    description: section ? section.description : site.tagline,
    id: site.origin,
    link: new URL(section ? sectionPath(section.id) : homePath, site.origin).href,
    language: site.language,
    image: new URL(site.logo.src, site.origin).href,
    copyright: `© ${site.name}`,
    feedLinks: { rss: new URL(feedPath(section?.id), site.origin).href },
  });
  for (const article of newestFirst(articles)) {
    const link = new URL(storyPath(article.section, article.slug), site.origin).href;
    feed.addItem({
      title: article.headline,
      id: link,
      link,
      description: article.dek,
      date: new Date(article.updated ?? article.published),
      published: new Date(article.published),
      category: section ? [{ name: section.name }] : [],
      author: [{ name: authorName(article.byline) }],
    });
  }
  return feed.rss2();
}

/** RSS 2.0: every story, and one feed per section. */
export async function writeFeeds(content: Content, dist: string): Promise<string[]> {
  const written: string[] = [];
  const write = async (url: string, xml: string) => {
    const file = path.join(dist, url);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, xml);
    written.push(url);
  };
  await write(feedPath(), rss(content, content.articles));
  for (const section of content.site.sections) {
    const articles = content.articles.filter((a) => a.section === section.id);
    await write(feedPath(section.id), rss(content, articles, section));
  }
  return written;
}
