import { act, renderHook } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Block } from '../../src/content/schema';
import { percentRead } from '../../src/features/reading-position/progress';
import { storageKey } from '../../src/features/reading-position/readingKey';
import {
  markReading,
  readingAttribute,
  resumeAttribute,
} from '../../src/features/reading-position/readingMarks';
import {
  forgetStory,
  keepPosition,
  keptStories,
  useReadingPositions,
  useReadingPositionsOnceKnown,
} from '../../src/features/reading-position/readingStore';

// Where the reader is in each story, kept in the browser through the one stored-state helper.

const place = (slug: string, block = 3, percent = 40) => ({
  slug,
  section: 'world',
  url: `/world/${slug}`,
  headline: `Headline of ${slug}`,
  block,
  percent,
});

function renderStore() {
  const view = renderHook(() => useReadingPositions());
  return { ...view, slugs: () => view.result.current.map((p) => p.slug) };
}

const storedText = () => localStorage.getItem(storageKey);

let clock = 1_700_000_000_000;
beforeEach(() => {
  localStorage.clear();
  // Each write a moment after the last, so "most recent" is never a tie.
  vi.spyOn(Date, 'now').mockImplementation(() => (clock += 1000));
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('reading positions', () => {
  it('keeps one place per story, most recently read first', () => {
    const { result, slugs } = renderStore();
    act(() => {
      keepPosition(place('first-story', 2));
      keepPosition(place('second-story', 5));
      keepPosition(place('first-story', 4));
    });
    expect(slugs()).toEqual(['first-story', 'second-story']);
    expect(result.current[0]).toMatchObject({ block: 4, url: '/world/first-story' });
  });

  it(`keeps at most ${String(keptStories)} stories, dropping the one read longest ago`, () => {
    const { slugs } = renderStore();
    act(() => {
      for (let i = 0; i <= keptStories; i += 1) keepPosition(place(`story-${String(i)}`));
    });
    expect(slugs()).toHaveLength(keptStories);
    expect(slugs()).not.toContain('story-0');
    expect(slugs()[0]).toBe(`story-${String(keptStories)}`);
  });

  it('forgets a finished or removed story, and only that one', () => {
    const { slugs } = renderStore();
    act(() => {
      keepPosition(place('first-story'));
      keepPosition(place('second-story'));
    });
    act(() => {
      forgetStory('first-story');
    });
    expect(slugs()).toEqual(['second-story']);
    // Forgetting a story not in the list writes nothing.
    const before = storedText();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    expect(forgetStory('never-read').ok).toBe(true);
    expect(setItem).not.toHaveBeenCalled();
    expect(storedText()).toBe(before);
  });

  it('ignores tampered storage without an error, and clears it', () => {
    localStorage.setItem(storageKey, '{"not": "a list"');
    const { slugs } = renderStore();
    expect(slugs()).toEqual([]);
    expect(storedText()).toBeNull();
  });

  it('drops single bad entries: links elsewhere, places out of range, duplicates', () => {
    const good = { ...place('good-story'), at: 5 };
    localStorage.setItem(
      storageKey,
      JSON.stringify([
        { ...place('evil-story'), url: 'javascript:alert(1)', at: 9 },
        { ...place('other-site'), url: 'https://evil.example/world/other-site', at: 9 },
        { ...place('wrong-path'), url: '/world/another-story', at: 9 },
        { ...place('bad-section'), section: 'World!', url: '/World!/bad-section', at: 9 },
        { ...place('finished-story', 9, 100), at: 9 },
        { ...place('negative-block', -1), at: 9 },
        { ...place('no-time'), at: 'yesterday' },
        'not an entry',
        good,
        { ...good, headline: 'A second copy', at: 4 },
      ]),
    );
    const { result } = renderStore();
    expect(result.current).toEqual([good]);
  });

  it('ignores full storage without an error: the place still holds while the page is open', () => {
    const { slugs } = renderStore();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    let result: { ok: boolean } = { ok: true };
    act(() => {
      result = keepPosition(place('first-story'));
    });
    expect(result.ok).toBe(false);
    expect(slugs()).toEqual(['first-story']);
    expect(storedText()).toBeNull();
  });

  it('follows another tab', () => {
    const { slugs } = renderStore();
    const value = JSON.stringify([{ ...place('from-another-tab'), at: 1 }]);
    localStorage.setItem(storageKey, value);
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: storageKey, newValue: value }));
    });
    expect(slugs()).toEqual(['from-another-tab']);
  });

  it('is unknown in the prerender and while hydrating, so a place can be kept for it', () => {
    localStorage.setItem(storageKey, JSON.stringify([{ ...place('in-progress'), at: 1 }]));
    function Probe() {
      const positions = useReadingPositionsOnceKnown();
      return <p>{positions === undefined ? 'unknown' : String(positions.length)}</p>;
    }
    expect(renderToString(<Probe />)).toContain('unknown');
    const { result } = renderHook(() => useReadingPositionsOnceKnown());
    expect(result.current?.map((p) => p.slug)).toEqual(['in-progress']);
  });
});

describe('how far the reader got', () => {
  const body: Block[] = [
    { type: 'paragraph', text: 'a'.repeat(100) },
    { type: 'offer', offer: 'weekly-review' },
    { type: 'paragraph', text: 'b'.repeat(100) },
    { type: 'heading', text: 'c'.repeat(100) },
    { type: 'paragraph', text: 'd'.repeat(100) },
  ];

  it('is the share of the text before the block at the top, offers not counted', () => {
    expect(percentRead(body, 2)).toBe(25);
    expect(percentRead(body, 3)).toBe(50);
    expect(percentRead(body, 4)).toBe(75);
  });

  it('is never 0 or 100: a story in progress is neither unread nor done', () => {
    expect(percentRead(body, 0)).toBe(1);
    const longThenShort: Block[] = [
      { type: 'paragraph', text: 'x'.repeat(1000) },
      { type: 'paragraph', text: 'y' },
    ];
    expect(percentRead(longThenShort, 1)).toBe(99);
  });
});

describe('the boot script’s marks', () => {
  const root = () => document.createElement('html');
  const stored = (...urls: string[]) =>
    JSON.stringify(urls.map((url, i) => ({ slug: url.split('/')[2], url, at: i })));

  it('counts the stories in progress, three at most, and marks the story on the page', () => {
    const html = root();
    markReading(html, stored('/world/a', '/world/b'), '/world/b');
    expect(html.getAttribute(readingAttribute)).toBe('2');
    expect(html.hasAttribute(resumeAttribute)).toBe(true);

    const many = root();
    markReading(many, stored('/world/a', '/world/b', '/world/c', '/world/d'), '/world/e');
    expect(many.getAttribute(readingAttribute)).toBe('3');
    expect(many.hasAttribute(resumeAttribute)).toBe(false);
  });

  it('marks nothing when nothing is stored or the list is empty', () => {
    for (const text of [null, '[]']) {
      const html = root();
      markReading(html, text, '/world/a');
      expect(html.hasAttribute(readingAttribute)).toBe(false);
      expect(html.hasAttribute(resumeAttribute)).toBe(false);
    }
  });

  it('does not take a longer address that begins with the page’s for the page', () => {
    const html = root();
    markReading(html, stored('/world/a-story-and-more'), '/world/a-story');
    expect(html.hasAttribute(resumeAttribute)).toBe(false);
  });
});
