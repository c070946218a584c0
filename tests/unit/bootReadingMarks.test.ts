import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadBootScript, runBootScript } from './runBootScript';
import { storageKey } from '../../src/features/reading-position/readingKey';
import {
  readingAttribute,
  resumeAttribute,
} from '../../src/features/reading-position/readingMarks';

// The boot script (src/app/boot.ts) tells the CSS, before the first paint, what the reading
// position store holds, so the front page's row and a story's "Continue where you left off"
// keep their place from the start: run here as the page runs it.

const root = document.documentElement;
beforeAll(loadBootScript, 30_000);
beforeEach(() => {
  localStorage.clear();
  root.removeAttribute(readingAttribute);
  root.removeAttribute(resumeAttribute);
});

function boot(path: string) {
  window.history.replaceState(null, '', path);
  runBootScript();
}

const stories = ['/world/one-story', '/usa/two-story', '/world/three-story', '/world/four-story'];
const store = (urls: string[]) =>
  localStorage.setItem(
    storageKey,
    JSON.stringify(
      urls.map((url, i) => ({ slug: url.split('/')[2], url, block: 2, percent: 30, at: i })),
    ),
  );

describe('the boot script’s reading marks', () => {
  it('keep a place for the row (three stories at most) and for the story on the page', () => {
    store(stories);
    boot('/usa/two-story');
    expect(root.getAttribute(readingAttribute)).toBe('3');
    expect(root.hasAttribute(resumeAttribute)).toBe(true);
  });

  it('keep none on a story not in progress, or when nothing is stored', () => {
    store(stories.slice(0, 1));
    boot('/usa/two-story');
    expect(root.getAttribute(readingAttribute)).toBe('1');
    expect(root.hasAttribute(resumeAttribute)).toBe(false);

    localStorage.clear();
    root.removeAttribute(readingAttribute);
    boot('/world/one-story');
    expect(root.hasAttribute(readingAttribute)).toBe(false);
    expect(root.hasAttribute(resumeAttribute)).toBe(false);
  });
});
