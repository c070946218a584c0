import { act, renderHook } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  removeStory,
  saveStory,
  storageKey,
  useSavedStories,
} from '../../../src/features/saved/savedStore';
import type { SavableStory, SavedStory } from '../../../src/features/saved/savedStore';

function savable(slug: string): SavableStory {
  return {
    slug,
    url: `/world/${slug}`,
    headline: `Headline of ${slug}`,
    dek: `The dek of ${slug}.`,
    section: 'World',
    published: '2012-11-07T12:00:00-05:00',
  };
}

const savedStory = (slug: string, savedAt: string): SavedStory => ({ ...savable(slug), savedAt });

const first = savable('first-story');
const second = savable('second-story');

function renderStore() {
  const view = renderHook(() => useSavedStories());
  return { ...view, slugs: () => view.result.current.map((s) => s.slug) };
}

/** Another tab writes the list: the browser changes storage, then tells this tab. */
function writeFromAnotherTab(value: string | null) {
  const oldValue = localStorage.getItem(storageKey);
  if (value === null) localStorage.removeItem(storageKey);
  else localStorage.setItem(storageKey, value);
  act(() => {
    window.dispatchEvent(
      new StorageEvent('storage', { key: storageKey, oldValue, newValue: value }),
    );
  });
}

beforeEach(() => {
  localStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('saved stories store: what it reads', () => {
  it('is empty when nothing was saved', () => {
    const { result } = renderStore();
    expect(result.current).toEqual([]);
  });

  it('reads saved stories, newest saved first', () => {
    const older = savedStory('older', '2024-01-01T10:00:00Z');
    const newer = savedStory('newer', '2024-03-01T10:00:00Z');
    localStorage.setItem(storageKey, JSON.stringify([older, newer]));

    const { result } = renderStore();
    expect(result.current).toEqual([newer, older]);
  });

  it.each([
    ['tampered JSON', '{not json'],
    ['an object, not a list', JSON.stringify({ slug: 'a', url: '/world/a' })],
    ['a number', '42'],
    ['null', 'null'],
  ])('resets %s to an empty list, and clears it from storage', (_, raw) => {
    localStorage.setItem(storageKey, raw);

    const { result } = renderStore();
    expect(result.current).toEqual([]);
    expect(localStorage.getItem(storageKey)).toBeNull();
  });

  it('drops entries of the wrong shape and keeps the good ones', () => {
    const good = savedStory('good', '2024-01-01T10:00:00Z');
    localStorage.setItem(
      storageKey,
      JSON.stringify([
        { ...good, slug: 'missing-headline', url: '/world/missing-headline', headline: undefined },
        { ...good, slug: 'bad-date', url: '/world/bad-date', published: 'yesterday' },
        { ...good, slug: 'number-dek', url: '/world/number-dek', dek: 7 },
        'a string',
        null,
        good,
      ]),
    );

    const { slugs } = renderStore();
    expect(slugs()).toEqual(['good']);
  });

  it('never lets a stored link lead off the site or run script', () => {
    const good = savedStory('good', '2024-01-01T10:00:00Z');
    localStorage.setItem(
      storageKey,
      JSON.stringify([
        { ...good, slug: 'x', url: 'javascript:alert(1)' },
        { ...good, slug: 'y', url: 'https://evil.example/world/y' },
        { ...good, slug: 'z', url: '//evil.example/z' },
        good,
      ]),
    );

    const { slugs } = renderStore();
    expect(slugs()).toEqual(['good']);
  });

  it('is empty, without throwing, when reading storage throws', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });

    const { result } = renderStore();
    expect(result.current).toEqual([]);
  });

  it('is empty, without throwing, when even touching localStorage throws', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });

    const { result } = renderStore();
    expect(result.current).toEqual([]);
    expect(saveStory(first)).toEqual({ ok: false });
  });

  it('gives the server (and hydration) an empty list, whatever this browser saved', () => {
    localStorage.setItem(storageKey, JSON.stringify([savedStory('a', '2024-01-01T10:00:00Z')]));
    function Count() {
      return <p>{useSavedStories().length} saved</p>;
    }

    expect(renderToString(<Count />)).toBe('<p>0<!-- --> saved</p>');
  });
});

describe('saved stories store: what it writes', () => {
  it('saves, then removes, a story', () => {
    const { result, slugs } = renderStore();

    act(() => {
      expect(saveStory(first)).toEqual({ ok: true });
    });
    expect(slugs()).toEqual(['first-story']);
    expect(result.current[0]).toMatchObject(first);
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '');
    expect(stored).toEqual([{ ...first, savedAt: expect.any(String) as string }]);

    act(() => {
      expect(removeStory(first.slug)).toEqual({ ok: true });
    });
    expect(result.current).toEqual([]);
    expect(localStorage.getItem(storageKey)).toBe('[]');
  });

  it('keeps the newest saved first, and saving again moves a story to the top', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { slugs } = renderStore();

    vi.setSystemTime(new Date('2024-05-01T09:00:00Z'));
    act(() => void saveStory(first));
    vi.setSystemTime(new Date('2024-05-01T09:01:00Z'));
    act(() => void saveStory(second));
    expect(slugs()).toEqual(['second-story', 'first-story']);

    vi.setSystemTime(new Date('2024-05-01T09:02:00Z'));
    act(() => void saveStory(first));
    expect(slugs()).toEqual(['first-story', 'second-story']);
  });

  it('starts afresh when what was stored is unreadable', () => {
    localStorage.setItem(storageKey, '{not json');
    const { slugs } = renderStore();

    act(() => void saveStory(first));
    expect(slugs()).toEqual(['first-story']);
  });

  it('reports, rather than throws, when storage is full', () => {
    localStorage.setItem(storageKey, JSON.stringify([savedStory('kept', '2024-01-01T10:00:00Z')]));
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const { slugs } = renderStore();

    let result: unknown;
    act(() => {
      result = saveStory(first);
    });
    expect(result).toEqual({ ok: false });
    expect(slugs()).toEqual(['kept']);
  });
});

describe('saved stories store: other tabs', () => {
  it('follows what another tab saves and removes', () => {
    const { slugs } = renderStore();

    writeFromAnotherTab(JSON.stringify([savedStory('from-elsewhere', '2024-01-01T10:00:00Z')]));
    expect(slugs()).toEqual(['from-elsewhere']);

    writeFromAnotherTab('[]');
    expect(slugs()).toEqual([]);
  });

  it('follows another tab clearing all storage', () => {
    localStorage.setItem(storageKey, JSON.stringify([savedStory('a', '2024-01-01T10:00:00Z')]));
    const { slugs } = renderStore();
    expect(slugs()).toEqual(['a']);

    localStorage.clear();
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: null }));
    });
    expect(slugs()).toEqual([]);
  });

  it('treats tampered data from another tab as empty', () => {
    localStorage.setItem(storageKey, JSON.stringify([savedStory('a', '2024-01-01T10:00:00Z')]));
    const { slugs } = renderStore();

    writeFromAnotherTab('{not json');
    expect(slugs()).toEqual([]);
  });
});
