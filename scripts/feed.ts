import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Feed } from 'feed';
import type { Section, Story } from '../src/content/schema';
import type { Content } from '../src/content/validate';
import { authorName } from '../src/lib/authorName';
import { feedPath, homePath, sectionPath, storyPath } from '../src/lib/urls';

const newestFirst = (stories: Story[]) =>
  [...stories].sort((a, b) => Date.parse(b.published) - Date.parse(a.published));

function rss(content: Content, stories: Story[], section?: Section): string {
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
  for (const story of newestFirst(stories)) {
    const link = new URL(storyPath(story.section, story.slug), site.origin).href;
    feed.addItem({
      title: story.headline,
      id: link,
      link,
      description: story.dek,
      date: new Date(story.updated ?? story.published),
      published: new Date(story.published),
      category: section ? [{ name: section.name }] : [],
      author: [{ name: authorName(story.byline) }],
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
  await write(feedPath(), rss(content, content.stories));
  for (const section of content.site.sections) {
    const stories = content.stories.filter((a) => a.section === section.id);
    await write(feedPath(section.id), rss(content, stories, section));
  }
  return written;
}
