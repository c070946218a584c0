// The photos of the sample story as a phone (390 px at 2×) and a desktop (1440 px at 1×)
// download them: which file the lead is, its bytes, and every photo's bytes once the reader has
// scrolled through the whole page (lazy ones included).
import type { Browser } from 'playwright-core';
import { figure, kilobytes } from './output';
import { storyPagePath } from './site';

interface PhotoVisit {
  name: string;
  lead: { file: string; bytes: number; fileWidth: number; shownDevicePixels: number };
  all: { files: number; bytes: number };
}

const screens = [
  { name: 'phone-390-2x', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 },
  { name: 'desktop-1440-1x', viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 },
] as const;

async function visit(
  browser: Browser,
  origin: string,
  screen: (typeof screens)[number],
): Promise<PhotoVisit> {
  // No service worker: it would fetch photos again for its own cache.
  const context = await browser.newContext({
    viewport: screen.viewport,
    deviceScaleFactor: screen.deviceScaleFactor,
    serviceWorkers: 'block',
  });
  try {
    await context.addInitScript('globalThis.__name = (fn) => fn;');
    const page = await context.newPage();
    await page.goto(`${origin}${storyPagePath}`, { waitUntil: 'load' });
    // Read to the end: every lazy photo comes into view and is fetched.
    await page.evaluate(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await frame();
      }
    });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('picture img')].every(
        (img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0,
      ),
    );
    return await page.evaluate(
      ({ name, density }) => {
        // Bytes as sent (photos are not compressed again), from the browser's own timing.
        const photos = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((entry) => new URL(entry.name).pathname.startsWith('/images/'))
          .map((entry) => ({ file: new URL(entry.name).pathname, bytes: entry.encodedBodySize }));
        const lead = document.querySelector('.lead-figure picture img');
        if (!(lead instanceof HTMLImageElement)) throw new Error('the story has no lead photo');
        const file = new URL(lead.currentSrc).pathname;
        return {
          name,
          lead: {
            file,
            bytes: photos.find((p) => p.file === file)?.bytes ?? 0,
            fileWidth: Number(/-(\d+)\.\w+$/.exec(file)?.[1]),
            shownDevicePixels: Math.round(lead.getBoundingClientRect().width * density),
          },
          all: { files: photos.length, bytes: photos.reduce((sum, p) => sum + p.bytes, 0) },
        };
      },
      { name: screen.name, density: screen.deviceScaleFactor },
    );
  } finally {
    await context.close();
  }
}

export async function measurePhotos(browser: Browser, origin: string): Promise<PhotoVisit[]> {
  const visits: PhotoVisit[] = [];
  for (const screen of screens) visits.push(await visit(browser, origin, screen));
  return visits;
}

export function printPhotos(visits: readonly PhotoVisit[]): void {
  for (const { name, lead, all } of visits) {
    const file = lead.file.split('/').pop() ?? lead.file;
    figure(`images.${name}.lead`, kilobytes(lead.bytes), `KB (${file})`);
    figure(
      `images.${name}.lead-width`,
      lead.fileWidth,
      `px file for ${String(lead.shownDevicePixels)} device px shown`,
    );
    figure(`images.${name}.all`, kilobytes(all.bytes), `KB in ${String(all.files)} files`);
  }
}
