import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { hydrationScriptId } from '../../src/lib/hydration';
import { expect, sampleStory, sampleHeadline, test } from './fixtures';

const dist = path.resolve('dist');

interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
}

declare global {
  interface Window {
    __cspViolations?: Violation[];
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push({
        directive: event.effectiveDirective,
        blockedURI: event.blockedURI,
        sample: event.sample,
      });
    });
  });
});

const violations = (page: import('@playwright/test').Page) =>
  page.evaluate(() => window.__cspViolations ?? []);

async function builtPages(): Promise<string[]> {
  const entries = await readdir(dist, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

test('the policy is in the head, right after the charset', async ({ page }) => {
  await page.goto('/');
  const metas = await page
    .locator('head meta')
    .evaluateAll((els) =>
      els.map((el) => el.getAttribute('charset') ?? el.getAttribute('http-equiv') ?? ''),
    );
  expect(metas.slice(0, 2)).toEqual(['utf-8', 'Content-Security-Policy']);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain('frame-ancestors');
});

test('the story works under the policy', async ({ page }) => {
  await page.goto(sampleStory);
  await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeVisible();
  const save = page.getByRole('button', { name: 'Save for later' });
  await save.click();
  await expect(page.getByRole('button', { name: 'Saved' })).toBeVisible();
  // A client-side page change loads its data with fetch (connect-src).
  await page
    .getByRole('navigation', { name: 'Sections', exact: true })
    .getByRole('link')
    .nth(1)
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  expect(await violations(page)).toEqual([]);
});

test('search, which loads its code and index lazily, works under the policy', async ({ page }) => {
  await page.goto('/search?q=moscow');
  await expect(page.getByRole('status').filter({ hasText: /stor(y|ies) for “/ })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.locator('.search-results a').first()).toBeVisible();
  // A typo takes the typo index, and "Did you mean" a client-side search.
  await page.getByRole('searchbox', { name: 'Search for' }).fill('Mocsow');
  await page.getByRole('searchbox', { name: 'Search for' }).press('Enter');
  await page.getByRole('link', { name: 'moscow', exact: true }).click();
  await expect(page).toHaveURL('/search?q=moscow');
  await expect(page.getByRole('link', { name: sampleHeadline })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('subscribe works under the policy', async ({ page }) => {
  await page.goto('/subscribe');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await violations(page)).toEqual([]);
});

test('hydration data travels as JSON, never as an inline script', async ({ page }) => {
  await page.goto(sampleStory);
  const data = page.locator(`script#${hydrationScriptId}`);
  await expect(data).toHaveAttribute('type', 'application/json');
  const text = (await data.textContent()) ?? '';
  expect(() => {
    JSON.parse(text);
  }).not.toThrow();
});

test('the one inline script, the boot script, is allowed by its hash and nothing else', async () => {
  const files = await builtPages();
  expect(files.length).toBeGreaterThan(0);
  const dataTypes = ['application/json', 'application/ld+json'];
  const headers = await readFile('deploy/security-headers.conf', 'utf8');
  const sha256 = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
  const problems: string[] = [];
  const hashes = new Set<string>();
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    const where = path.relative(dist, file);
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? '';
    if (policy.includes("'unsafe-inline'"))
      problems.push(`${where}: the policy allows any inline script`);
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
      ([, attributes = '']) => {
        const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
        return !/\bsrc\s*=/i.test(attributes) && !(type !== undefined && dataTypes.includes(type));
      },
    );
    if (inline.length !== 1) problems.push(`${where}: ${String(inline.length)} inline scripts`);
    for (const [, , code = ''] of inline) {
      const hash = sha256(code);
      hashes.add(hash);
      if (!policy.includes(`script-src 'self' ${hash};`)) {
        problems.push(`${where}: the page's policy does not allow its script by ${hash}`);
      }
    }
  }
  // The same script on every page, and nginx's header allows exactly it too.
  expect([...hashes]).toHaveLength(1);
  expect(headers).toContain(`script-src 'self' ${[...hashes][0] ?? ''};`);
  expect(headers).not.toContain("'unsafe-inline'");
  expect(problems).toEqual([]);
});

test('every target="_blank" link in a built page has rel noopener and noreferrer', async () => {
  const offenders: string[] = [];
  for (const file of await builtPages()) {
    const html = await readFile(file, 'utf8');
    for (const match of html.matchAll(/<a\b[^>]*>/gi)) {
      const tag = match[0];
      if (!/\btarget\s*=\s*["']?_blank/i.test(tag)) continue;
      const rel = (/\brel\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1] ?? '').split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) {
        offenders.push(`${path.relative(dist, file)}: ${tag}`);
      }
    }
  }
  expect(offenders).toEqual([]);
});

test('no component sets dangerouslySetInnerHTML', () => {
  let found = '';
  try {
    found = execFileSync('grep', ['-rln', 'dangerouslySetInnerHTML', 'src'], { encoding: 'utf8' });
  } catch {
    // grep exits 1 when nothing matches: what we want.
  }
  expect(found).toBe('');
});
