// Debian's Chromium, never a downloaded browser, with the flags that keep it off the network
// (the machine reaches only package registries) and runnable as root without a GPU.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';

import { chromeFlags as sharedFlags, chromePath } from '../chromium';

export { chromePath };
export const chromeFlags = ['--headless=new', ...sharedFlags];

export async function chromiumVersion(): Promise<string> {
  const { stdout } = await promisify(execFile)(chromePath, ['--version']);
  return stdout.trim();
}

/** A fresh profile directory for one browser, removed with `remove()`. */
export async function freshProfile(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'broadsheet-bench-chromium-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Playwright makes a fresh profile itself for every launch, so no --user-data-dir here. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath, args: chromeFlags });
}

/**
 * A page in a fresh context (empty cache and storage). tsx compiles with esbuild's keepNames,
 * which wraps functions in `__name(...)`; the functions the bench hands to `page.evaluate` carry
 * those calls into the page, so the page gets a `__name` that does nothing.
 */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  return context.newPage();
}
