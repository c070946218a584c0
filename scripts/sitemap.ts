import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Content } from '../src/content/validate';
import { storyPath } from '../src/lib/urls';
import type { SitePage } from './sitePages';

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** sitemap.xml of every indexable page, and robots.txt pointing to it. */
export async function writeSitemap(
  content: Content,
  pages: SitePage[],
  dist: string,
): Promise<void> {
  const { origin } = content.site;
  const lastmod = new Map(
    content.stories.map((a) => [storyPath(a.section, a.slug), a.updated ?? a.published]),
  );
  const urls = pages
    .filter((p) => p.status === 200 && p.indexable)
    .map((p) => {
      const modified = lastmod.get(p.url);
      return `  <url><loc>${escapeXml(new URL(p.url, origin).href)}</loc>${
        modified ? `<lastmod>${modified}</lastmod>` : ''
      }</url>`;
    });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  await writeFile(path.join(dist, 'sitemap.xml'), xml);
  await writeFile(
    path.join(dist, 'robots.txt'),
    `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', origin).href}\n`,
  );
}
