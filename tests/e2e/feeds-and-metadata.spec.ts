import Parser from 'rss-parser';
import { expect, test } from '@playwright/test';
import { readContent } from '../../src/content/read';
import type { Story } from '../../src/content/schema';

// What feed readers, crawlers and social sites get, checked with parsers nobody here wrote.

const origin = 'https://broadsheet.example';
const storyUrl = (a: Story) => `${origin}/${a.section}/${a.slug}`;
const newestFirst = (stories: Story[]) =>
  [...stories].sort((a, b) => Date.parse(b.published) - Date.parse(a.published));

test('RSS feeds of every story and of each section parse, item by item', async ({ request }) => {
  const content = await readContent();
  const parser = new Parser();
  const feeds: [string, Story[]][] = [
    ['/rss.xml', content.stories],
    ...content.site.sections.map((s): [string, Story[]] => [
      `/${s.id}/rss.xml`,
      content.stories.filter((a) => a.section === s.id),
    ]),
  ];
  for (const [url, stories] of feeds) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const feed = await parser.parseString(await response.text());
    expect(feed.title).toMatch(/^Broadsheet/);
    const expected = newestFirst(stories);
    expect(feed.items.map((i) => i.title)).toEqual(expected.map((a) => a.headline));
    for (const [i, item] of feed.items.entries()) {
      const story = expected[i];
      if (!story) throw new Error(`unexpected item ${String(item.title)}`);
      expect(item.link).toBe(storyUrl(story));
      expect(item.contentSnippet ?? item.content).toBe(story.dek);
      expect(Date.parse(item.pubDate ?? '')).toBe(Date.parse(story.updated ?? story.published));
    }
  }
});

test('sitemap.xml lists the front page, every section and every story; robots.txt names it', async ({
  request,
}) => {
  const content = await readContent();
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${origin}/sitemap.xml`);
  const xml = await (await request.get('/sitemap.xml')).text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(new Set(locs)).toEqual(
    new Set([
      `${origin}/`,
      ...content.site.sections.map((s) => `${origin}/${s.id}`),
      ...content.stories.map(storyUrl),
    ]),
  );
});

test('every page links the feeds from its head', async ({ page }) => {
  await page.goto('/world');
  const feeds = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
  await expect(feeds).toHaveCount(2);
  expect(await feeds.evaluateAll((els) => els.map((el) => el.getAttribute('href')))).toEqual(
    expect.arrayContaining(['/rss.xml', '/world/rss.xml']),
  );
  await expect(page.getByRole('link', { name: 'See our feeds!' })).toHaveAttribute(
    'href',
    '/rss.xml',
  );
});

// Read from the prerendered HTML itself: with JavaScript off, the page is exactly what the
// build wrote, as crawlers and social sites see it.
test.describe('in the prerendered HTML', () => {
  test.use({ javaScriptEnabled: false });

  test('a story carries its title, description, canonical URL, Open Graph and Twitter card', async ({
    page,
  }) => {
    const content = await readContent();
    const story = content.stories.find((a) => a.slug.startsWith('russia-not-obamas'));
    if (!story?.lead) throw new Error('the sample story has no lead image');
    await page.goto(`/${story.section}/${story.slug}`);
    const meta = (key: string) =>
      page
        .locator(`head meta[property="${key}"], head meta[name="${key}"]`)
        .getAttribute('content');
    await expect(page).toHaveTitle(`${story.headline} | Broadsheet`);
    expect(await meta('description')).toBe(story.dek);
    expect(await page.locator('head link[rel="canonical"]').getAttribute('href')).toBe(
      storyUrl(story),
    );
    expect(await meta('og:type')).toBe('article');
    expect(await meta('og:title')).toBe(story.headline);
    expect(await meta('og:description')).toBe(story.dek);
    expect(await meta('og:url')).toBe(storyUrl(story));
    // The story's own 1200×630 card (tests/e2e/images.spec.ts fetches and measures it).
    expect(await meta('og:image')).toMatch(
      new RegExp(`^${origin}/images/moscow-shop-television-[0-9a-f]{10}-card\\.jpg$`),
    );
    expect(await meta('og:image:width')).toBe('1200');
    expect(await meta('og:image:height')).toBe('630');
    expect(await meta('article:published_time')).toBe(story.published);
    expect(await meta('article:section')).toBe('World');
    expect(await meta('twitter:card')).toBe('summary_large_image');
    expect(await meta('twitter:title')).toBe(story.headline);
  });

  test("JSON-LD NewsArticle has what Google's article guidelines ask for", async ({ page }) => {
    const content = await readContent();
    for (const story of content.stories) {
      await page.goto(`/${story.section}/${story.slug}`);
      const blocks = await page
        .locator('script[type="application/ld+json"]')
        .evaluateAll((els) => els.map((el) => el.textContent));
      expect(blocks).toHaveLength(1);
      const data = JSON.parse(blocks[0] ?? '') as Record<string, unknown>;
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe('NewsArticle');
      expect(data.headline).toBe(story.headline);
      expect(String(data.headline).length).toBeLessThanOrEqual(110);
      expect(data.datePublished).toBe(story.published);
      expect(Number.isNaN(Date.parse(String(data.datePublished)))).toBe(false);
      if (story.updated) expect(data.dateModified).toBe(story.updated);
      // The largest JPEG (3:2) and the social card (1.91:1), both at least 1,200 px wide.
      if (story.lead) {
        expect(data.image).toEqual([
          expect.stringMatching(new RegExp(`^${origin}/images/[a-z0-9-]+-1600\\.jpg$`)),
          expect.stringMatching(new RegExp(`^${origin}/images/[a-z0-9-]+-card\\.jpg$`)),
        ]);
        for (const url of data.image as string[]) {
          expect((await page.request.get(url.replace(origin, ''))).status()).toBe(200);
        }
      }
      const authors = data.author as { '@type': string; name: string }[];
      expect(authors[0]?.['@type']).toBe('Person');
      expect(authors[0]?.name).toBe(story.byline.replace(/^By /, ''));
      const publisher = data.publisher as { name: string; logo: { url: string } };
      expect(publisher.name).toBe('Broadsheet');
      const logo = await page.request.get(publisher.logo.url.replace(origin, ''));
      expect(logo.headers()['content-type']).toBe('image/png');
    }
  });
});
