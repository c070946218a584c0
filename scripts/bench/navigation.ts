// Client-side navigation between the sample story and the story its sidebar links to,
// timed inside the page from the click to the next frame after the new headline is in the DOM,
// and the JS heap after a few and after many such navigations.
import type { JSHandle, Page } from 'playwright-core';
import { figure, median, milliseconds, progress, worst } from './output';
import { storyPagePath, relatedPath } from './site';

// The reader's pointer reaches a link before the click, and the site prefetches on hover.
const hoverMs = 150;

/**
 * Installs a capturing click listener that times each link click: from the click to the
 * `requestAnimationFrame` after a new, non-empty `main h1` text appears. Returns the list the
 * page appends each time to, in milliseconds.
 */
function installClickTimer(page: Page): Promise<JSHandle<number[]>> {
  return page.evaluateHandle(() => {
    const times: number[] = [];
    document.addEventListener(
      'click',
      (event) => {
        if (!(event.target instanceof Element) || !event.target.closest('a[href]')) return;
        const start = performance.now();
        const before = document.querySelector('main h1')?.textContent ?? '';
        const observer = new MutationObserver(() => {
          const now = document.querySelector('main h1')?.textContent ?? '';
          if (now === '' || now === before) return;
          observer.disconnect();
          requestAnimationFrame(() => times.push(performance.now() - start));
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      },
      { capture: true },
    );
    return times;
  });
}

/**
 * The sidebar's link on the current page that leads to `target`: a related story, or the promo
 * (a story shows once per page, so the sample article reaches Danny Bent through its promo).
 */
const relatedLink = (page: Page, target: string) =>
  page
    .getByRole('complementary', { name: 'More from Broadsheet' })
    .locator(`a[href="${target}"]`)
    .first();

/**
 * Waits until React has hydrated the link (it then carries React's props), since a click before
 * that would be a full page load rather than a client-side navigation.
 */
async function waitForHydratedLink(page: Page, target: string): Promise<void> {
  await relatedLink(page, target).waitFor();
  await page.waitForFunction(
    (href) =>
      Object.keys(document.querySelector(`a[href="${href}"]`) ?? {}).some((key) =>
        key.startsWith('__reactProps$'),
      ),
    target,
  );
}

async function openStory(page: Page, origin: string): Promise<JSHandle<number[]>> {
  await page.goto(`${origin}${storyPagePath}`, { waitUntil: 'networkidle' });
  await waitForHydratedLink(page, relatedPath);
  return installClickTimer(page);
}

/**
 * Clicks the related-story links `count` times, alternating between the two stories. The timer
 * handle lives in the page, so a full page load would destroy it and fail loudly here.
 */
async function navigate(page: Page, timer: JSHandle<number[]>, count: number) {
  for (let i = 0; i < count; i += 1) {
    const onStory = new URL(page.url()).pathname === storyPagePath;
    const target = onStory ? relatedPath : storyPagePath;
    const done = await timer.evaluate((times) => times.length);
    const link = relatedLink(page, target);
    await link.hover();
    await page.waitForTimeout(hoverMs);
    await link.click();
    await page.waitForFunction(([times, n]) => times.length > n, [timer, done] as const);
    await page.waitForURL((url) => url.pathname === target);
  }
}

export async function measureClicks(page: Page, origin: string, clicks: number) {
  progress(`client-side navigation: ${String(clicks)} clicks`);
  const timer = await openStory(page, origin);
  await navigate(page, timer, clicks);
  const times = await timer.jsonValue();
  return { clicks: times.length, median: median(times), worst: worst(times) };
}

/** The live JS heap after a full collection, in bytes (CDP, so no special flag is needed). */
async function usedHeap(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await session.detach();
  }
}

export async function measureHeap(page: Page, origin: string, early: number, late: number) {
  progress(`memory: heap after ${String(early)} and ${String(late)} navigations`);
  const timer = await openStory(page, origin);
  await navigate(page, timer, early);
  const afterEarly = await usedHeap(page);
  await navigate(page, timer, late - early);
  const afterLate = await usedHeap(page);
  return { early, late, afterEarly, afterLate };
}

export function printClicks(result: Awaited<ReturnType<typeof measureClicks>>): void {
  figure('navigation.clicks', result.clicks);
  figure('navigation.click-to-headline.median', milliseconds(result.median), 'ms');
  figure('navigation.click-to-headline.worst', milliseconds(result.worst), 'ms');
}

export function printHeap(result: Awaited<ReturnType<typeof measureHeap>>): void {
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
  figure(`memory.heap-after-${String(result.early)}`, mb(result.afterEarly), 'MB');
  figure(`memory.heap-after-${String(result.late)}`, mb(result.afterLate), 'MB');
  figure('memory.heap-ratio', (result.afterLate / result.afterEarly).toFixed(2), '×');
}

// A phone: 4× slower CPU, 150 ms round trips, 1.6 Mbps down and 750 kbps up (Lighthouse's mobile
// profile), applied through the DevTools protocol.
const phone = {
  cpuSlowdown: 4,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

async function throttle(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate: phone.cpuSlowdown });
  await session.send('Network.enable');
  await session.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: phone.latency,
    downloadThroughput: phone.downloadThroughput,
    uploadThroughput: phone.uploadThroughput,
  });
}

/** The first contentful paint of the page now loaded (the story's headline is its first text). */
const firstContentfulPaint = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) resolve(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );

/**
 * On the throttled phone: related-story clicks whose story was prefetched (the pointer rested
 * on the link until its data had arrived), each timed to the new headline painted; and, beside
 * them, full page loads of the same stories, timed from navigation to the first contentful
 * paint (the headline), with the site's files already in the browser's cache.
 */
export async function measureThrottledClicks(page: Page, origin: string, clicks: number) {
  progress(`client-side navigation on a throttled phone: ${String(clicks)} clicks`);
  await throttle(page);
  const timer = await openStory(page, origin);
  for (let i = 0; i < clicks; i += 1) {
    const onStory = new URL(page.url()).pathname === storyPagePath;
    const target = onStory ? relatedPath : storyPagePath;
    const done = await timer.evaluate((times) => times.length);
    const link = relatedLink(page, target);
    const slug = target.split('/').pop() ?? '';
    // Fetched on an earlier visit, the payload cache keeps it: then no request comes.
    const prefetched = page
      .waitForResponse((r) => r.url().endsWith(`/data/story/${slug}.json`), {
        timeout: 4 * phone.latency + hoverMs,
      })
      .catch(() => undefined);
    await link.hover();
    await prefetched;
    await link.click();
    await page.waitForFunction(([times, n]) => times.length > n, [timer, done] as const);
    await page.waitForURL((url) => url.pathname === target);
  }
  const times = await timer.jsonValue();
  const loads: number[] = [];
  for (let i = 0; i < clicks; i += 1) {
    await page.goto(`${origin}${i % 2 === 0 ? relatedPath : storyPagePath}`, { waitUntil: 'load' });
    loads.push(await firstContentfulPaint(page));
  }
  return { clicks: times.length, median: median(times), fullLoadMedian: median(loads) };
}

export function printThrottledClicks(
  result: Awaited<ReturnType<typeof measureThrottledClicks>>,
): void {
  figure('navigation.phone.clicks', result.clicks);
  figure('navigation.phone.prefetched-click-to-headline.median', milliseconds(result.median), 'ms');
  figure(
    'navigation.phone.full-page-load-to-headline.median',
    milliseconds(result.fullLoadMedian),
    'ms',
  );
}
