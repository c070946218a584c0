import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storedState, useStoredState } from '../../src/lib/storedState';

// The one helper behind every piece of reader state kept in the browser.

interface Counter {
  count: number;
}

const fallback: Counter = Object.freeze({ count: 0 });
const toCounter = (value: unknown): Counter | undefined =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Record<string, unknown>).count === 'number'
    ? { count: (value as { count: number }).count }
    : undefined;

let n = 0;
/** A store under a key of its own, so no test sees another's module state. */
function makeStore(options: { holdUnstored?: boolean; apply?: (value: Counter) => void } = {}) {
  n += 1;
  return storedState<Counter>({
    key: `test:counter-${String(n)}`,
    validate: toCounter,
    fallback,
    ...options,
  });
}

function anotherTabWrites(key: string | null, value: string | null) {
  if (key !== null) {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } else {
    localStorage.clear();
  }
  act(() => {
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: value }));
  });
}

const storageRefuses = () =>
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });

beforeEach(() => {
  localStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('storedState: reading', () => {
  it('gives the fallback when nothing is stored, on the server too', () => {
    const store = makeStore();
    expect(store.get()).toBe(fallback);
    expect(store.getServerSnapshot()).toBe(fallback);
  });

  it('reads what is stored, and gives the same object back while it is unchanged', () => {
    const store = makeStore();
    localStorage.setItem(store.key, '{"count":3}');
    const first = store.get();
    expect(first).toEqual({ count: 3 });
    expect(store.get()).toBe(first);
    localStorage.setItem(store.key, '{"count":4}');
    expect(store.get()).toEqual({ count: 4 });
  });

  it.each(['{not json', '"text"', 'null', '{"count":"three"}'])(
    'ignores unreadable text (%s), and removes it when the first reader subscribes',
    (raw) => {
      const store = makeStore();
      localStorage.setItem(store.key, raw);
      expect(store.get()).toBe(fallback);
      expect(store.read(raw)).toBe(fallback);
      const { result } = renderHook(() => useStoredState(store));
      expect(result.current).toBe(fallback);
      expect(localStorage.getItem(store.key)).toBeNull();
    },
  );

  it('keeps readable text when the first reader subscribes', () => {
    const store = makeStore();
    localStorage.setItem(store.key, '{"count":2}');
    renderHook(() => useStoredState(store));
    expect(localStorage.getItem(store.key)).toBe('{"count":2}');
  });

  it('gives the fallback when touching storage throws (some privacy modes)', () => {
    const store = makeStore();
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(store.get()).toBe(fallback);
    expect(store.write(() => ({ count: 1 }))).toEqual({ ok: false });
  });
});

describe('storedState: writing', () => {
  it('stores the update of the current value and re-renders its readers', () => {
    const store = makeStore();
    const { result } = renderHook(() => useStoredState(store));
    let outcome: unknown;
    act(() => {
      outcome = store.write((current) => ({ count: current.count + 1 }));
    });
    expect(outcome).toEqual({ ok: true });
    expect(result.current).toEqual({ count: 1 });
    expect(localStorage.getItem(store.key)).toBe('{"count":1}');
  });

  it('reports a refused write and keeps what was stored (by default)', () => {
    const store = makeStore();
    localStorage.setItem(store.key, '{"count":5}');
    const { result } = renderHook(() => useStoredState(store));
    storageRefuses();
    let outcome: unknown;
    act(() => {
      outcome = store.write(() => ({ count: 6 }));
    });
    expect(outcome).toEqual({ ok: false });
    expect(result.current).toEqual({ count: 5 });
  });

  it('with holdUnstored, a refused value still holds on this page, until a write succeeds', () => {
    const apply = vi.fn();
    const store = makeStore({ holdUnstored: true, apply });
    const { result } = renderHook(() => useStoredState(store));
    const refuse = storageRefuses();
    act(() => void store.write(() => ({ count: 7 })));
    expect(result.current).toEqual({ count: 7 });
    expect(apply).toHaveBeenLastCalledWith({ count: 7 });
    expect(localStorage.getItem(store.key)).toBeNull();

    refuse.mockRestore();
    act(() => void store.write((current) => ({ count: current.count + 1 })));
    expect(result.current).toEqual({ count: 8 });
    expect(localStorage.getItem(store.key)).toBe('{"count":8}');
  });

  it('applies the value when the first reader subscribes and on every write', () => {
    const apply = vi.fn();
    const store = makeStore({ apply });
    localStorage.setItem(store.key, '{"count":2}');
    renderHook(() => useStoredState(store));
    expect(apply).toHaveBeenCalledWith({ count: 2 });
    act(() => void store.write(() => ({ count: 3 })));
    expect(apply).toHaveBeenLastCalledWith({ count: 3 });
  });
});

describe('storedState: other tabs', () => {
  it('follows another tab writing its key, and ignores other keys', () => {
    const apply = vi.fn();
    const store = makeStore({ apply });
    // Two readers: the page still listens once and applies once per change.
    const { result } = renderHook(() => useStoredState(store));
    renderHook(() => useStoredState(store));
    apply.mockClear();

    anotherTabWrites(store.key, '{"count":9}');
    expect(result.current).toEqual({ count: 9 });
    expect(apply).toHaveBeenCalledTimes(1);

    anotherTabWrites('something:else', '{"count":1}');
    expect(result.current).toEqual({ count: 9 });
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('follows another tab clearing all storage, and treats tampered text as nothing', () => {
    const store = makeStore();
    localStorage.setItem(store.key, '{"count":4}');
    const { result } = renderHook(() => useStoredState(store));
    anotherTabWrites(null, null);
    expect(result.current).toBe(fallback);

    anotherTabWrites(store.key, '{"count":2}');
    anotherTabWrites(store.key, '{tampered');
    expect(result.current).toBe(fallback);
  });

  it('lets another tab’s write replace a value held here', () => {
    const store = makeStore({ holdUnstored: true });
    const { result } = renderHook(() => useStoredState(store));
    const refuse = storageRefuses();
    act(() => void store.write(() => ({ count: 1 })));
    refuse.mockRestore();
    anotherTabWrites(store.key, '{"count":20}');
    expect(result.current).toEqual({ count: 20 });
  });

  it('stops listening when its last reader goes', () => {
    const store = makeStore();
    const remove = vi.spyOn(window, 'removeEventListener');
    const first = renderHook(() => useStoredState(store));
    const second = renderHook(() => useStoredState(store));
    first.unmount();
    expect(remove).not.toHaveBeenCalledWith('storage', expect.any(Function));
    second.unmount();
    expect(remove).toHaveBeenCalledWith('storage', expect.any(Function));
  });
});
