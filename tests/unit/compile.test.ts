import { describe, expect, it } from 'vitest';
import { compileContent, paginate, relatedCount } from '../../src/content/compile';
import { dataPaths, type StoryListPayload, type StoryPayload } from '../../src/content/payloads';
import { readContent } from '../../src/content/read';
import type { Content } from '../../src/content/validate';
import { prepareImages } from '../../scripts/images/buildImages';

const content = await readContent();
const { imageSet } = await prepareImages(content);
const storyOf = (c: Content, slug: string) => {
  const page = compileContent(c, imageSet).get(dataPaths.story(slug));
  if (!page) throw new Error(`no payload for ${slug}`);
  return page as StoryPayload;
};

describe('compiled story pages', () => {
  it('list the related stories a story names, in its order', () => {
    const sample = content.stories.find((a) => a.slug.startsWith('night-trains'));
    if (!sample) throw new Error('no sample story');
    const page = storyOf(content, sample.slug);
    expect(page.related.slice(0, sample.related.length).map((r) => r.slug)).toEqual(sample.related);
  });

  it('show a story once: one a promo beside it teases is not related too, another fills in', () => {
    const sample = content.stories.find((a) => a.slug.startsWith('russia'));
    const promo = content.promos[0];
    if (!sample || !promo) throw new Error('no sample story or promo');
    // The sample names the promoted story among its related ones.
    expect(sample.related).toContain(promo.story);
    const page = storyOf(content, sample.slug);
    expect(page.promos.map((p) => p.story.slug)).toContain(promo.story);
    const related = page.related.map((r) => r.slug);
    expect(related).not.toContain(promo.story);
    expect(related).not.toContain(sample.slug);
    expect(related).toHaveLength(relatedCount);
    // The other named ones first, in their order.
    const named = sample.related.filter((slug) => slug !== promo.story);
    expect(related.slice(0, named.length)).toEqual(named);
  });

  it('fall back to the newest of the same section, then of the site, when a story names too few', () => {
    const lonely = content.stories.find((a) => a.section === 'usa');
    if (!lonely) throw new Error('no usa story');
    const changed: Content = {
      ...content,
      stories: content.stories.map((a) => (a === lonely ? { ...a, related: [] } : a)),
    };
    const page = storyOf(changed, lonely.slug);
    const sameSection = content.stories
      .filter((a) => a.section === 'usa' && a.slug !== lonely.slug)
      .sort((a, b) => Date.parse(b.published) - Date.parse(a.published))
      .map((a) => a.slug)
      .slice(0, relatedCount);
    const related = page.related.map((r) => r.slug);
    expect(related.slice(0, sameSection.length)).toEqual(sameSection);
    expect(related).toHaveLength(relatedCount);
    expect(related).not.toContain(lonely.slug);
    // Past its section, the newest story of the site (other than any shown already).
    const rest = related.slice(sameSection.length);
    expect(rest.every((slug) => !sameSection.includes(slug))).toBe(true);
  });

  it('give a reading time from the length of the body', () => {
    const sample = content.stories[0];
    if (!sample) throw new Error('no story');
    const long: Content = {
      ...content,
      stories: content.stories.map((a) =>
        a === sample
          ? { ...a, body: [{ type: 'paragraph', text: Array(2300).fill('word').join(' ') }] }
          : a,
      ),
    };
    expect(storyOf(long, sample.slug).story.readingMinutes).toBe(10);
    const short: Content = {
      ...content,
      stories: content.stories.map((a) =>
        a === sample ? { ...a, body: [{ type: 'paragraph', text: 'Brief.' }] } : a,
      ),
    };
    expect(storyOf(short, sample.slug).story.readingMinutes).toBe(1);
  });

  it('never tease a story in a promo on its own page', () => {
    const promo = content.promos[0];
    if (!promo) throw new Error('no promo');
    expect(storyOf(content, promo.story).promos.map((p) => p.id)).not.toContain(promo.id);
    const other = content.stories.find((a) => a.slug !== promo.story);
    expect(storyOf(content, other?.slug ?? '').promos.map((p) => p.id)).toContain(promo.id);
  });

  it('list every story on the front page, newest first', () => {
    const home = compileContent(content, imageSet).get(dataPaths.home(1)) as StoryListPayload;
    const dates = home.stories.map((s) => Date.parse(s.published));
    expect(home.stories).toHaveLength(content.stories.length);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
});

describe('paginated lists', () => {
  it('split stories into pages of 20 that keep their order, with at least one page', () => {
    const home = compileContent(content, imageSet).get(dataPaths.home(1)) as StoryListPayload;
    const story = home.stories[0];
    if (!story) throw new Error('no story');
    const many = Array.from({ length: 45 }, (_, i) => ({ ...story, slug: `s-${String(i)}` }));
    const pages = paginate(many);
    expect(pages.map((p) => [p.page, p.pageCount, p.stories.length])).toEqual([
      [1, 3, 20],
      [2, 3, 20],
      [3, 3, 5],
    ]);
    expect(pages.flatMap((p) => p.stories.map((s) => s.slug))).toEqual(many.map((s) => s.slug));
    expect(paginate([])).toEqual([{ stories: [], page: 1, pageCount: 1 }]);
  });
});
