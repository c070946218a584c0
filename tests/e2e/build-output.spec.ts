import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readContent } from '../../src/content/read';
import { sitePages } from '../../scripts/sitePages';

// What `npm run build` wrote to dist/: a full HTML page for every route, story text out of JS.

const dist = path.resolve('dist');
const text = (file: string) => readFile(path.join(dist, file), 'utf8');
// The HTML escapes quotes and apostrophes; compare on the escaped form.
const escaped = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

test('every route is prerendered with the full text of its page', async () => {
  const content = await readContent();
  const pages = sitePages(content);
  // Front page, search, subscribe, saved, offline, 404 and the four newsletter pages, besides
  // every section and story.
  expect(pages.length).toBe(content.site.sections.length + content.stories.length + 10);
  for (const story of content.stories) {
    const page = pages.find((p) => p.url === `/${story.section}/${story.slug}`);
    expect(page, story.slug).toBeDefined();
    const html = await text(page?.file ?? '');
    // The story's one h1, whatever attributes it carries, holds the whole headline.
    const h1s = [...html.matchAll(/<h1\b[^>]*>(.*?)<\/h1>/g)].map((m) => m[1]);
    expect(h1s).toEqual([escaped(story.headline)]);
    for (const block of story.body) {
      if (block.type !== 'offer') expect(html).toContain(escaped(block.text));
    }
  }
  for (const section of content.site.sections) {
    const html = await text(`${section.id}/index.html`);
    for (const story of content.stories.filter((a) => a.section === section.id)) {
      expect(html).toContain(escaped(story.headline));
    }
  }
  expect(await text('404.html')).toContain('Page not found');
  expect(await text('subscribe/index.html')).toContain('Subscribe to Print + Digital');
  expect(await text('search/index.html')).toContain(
    '<h1 tabindex="-1" class="page-title">Search</h1>',
  );
});

test('story text is not in the JavaScript: each story loads with its own route', async () => {
  const content = await readContent();
  const assets = await readdir(path.join(dist, 'assets'));
  const scripts = await Promise.all(
    assets.filter((f) => f.endsWith('.js')).map((f) => text(`assets/${f}`)),
  );
  for (const story of content.stories) {
    const firstParagraph = story.body.find((b) => b.type === 'paragraph')?.text ?? '';
    for (const js of scripts) expect(js).not.toContain(firstParagraph);
    const payload = JSON.parse(await text(`data/story/${story.slug}.json`)) as {
      story: { headline: string };
    };
    expect(payload.story.headline).toBe(story.headline);
  }
});

test("the service worker's photo cache is capped at 50 MB, even if it held only the largest", async () => {
  const sw = await text('sw.js');
  const plugin =
    /cacheName:"images",plugins:\[new \w+\(\{maxEntries:(\d+),maxAgeSeconds:(\w+),purgeOnQuotaError:!0\}\)/.exec(
      sw,
    );
  expect(plugin, 'an expiration plugin on the images cache').not.toBeNull();
  const maxEntries = Number(plugin?.[1]);
  const images = await readdir(path.join(dist, 'images'));
  let largest = 0;
  for (const name of images)
    largest = Math.max(largest, (await stat(path.join(dist, 'images', name))).size);
  expect(maxEntries).toBeGreaterThan(100);
  expect(maxEntries * largest).toBeLessThanOrEqual(50 * 1024 ** 2);
  expect(Number(plugin?.[2])).toBe(30 * 24 * 60 * 60);
});
