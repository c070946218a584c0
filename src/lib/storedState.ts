import { useSyncExternalStore } from 'react';
import { localStore, readStored } from './safeStorage';

// One way to keep a piece of reader state in localStorage (saved stories, preferences, later the
// reading position): validated on every read, the same object while nothing changed (as
// useSyncExternalStore wants), kept in step across tabs, and never throwing at the reader.

/** What a write tells its caller: `ok: false` when storage refused it (full or turned off). */
export type WriteResult = { ok: true } | { ok: false };

export interface StoredStateOptions<T> {
  /** The localStorage key. */
  key: string;
  /**
   * Parsed JSON to a value, or undefined when it is not one (tampered, truncated or written by
   * something else). Unreadable text is ignored, and removed when the first reader subscribes,
   * so the next write starts clean. Return `fallback` itself for "nothing", to keep one identity.
   */
  validate: (value: unknown) => T | undefined;
  /**
   * The value while nothing readable is stored. Also the server's snapshot: the prerendered HTML
   * and the first render in the browser agree, and the reader's own value follows hydration.
   */
  fallback: T;
  /**
   * Applies the value to the page (e.g. attributes on `<html>`): when the first reader
   * subscribes, when another tab changes it, and on every write, whether storage took it or not.
   */
  apply?: (value: T) => void;
  /**
   * When storage refuses a write: true keeps the new value for as long as this page is open (a
   * preference still holds here); false (the default) keeps what was stored, and the caller
   * tells the reader it failed.
   */
  holdUnstored?: boolean;
}

export interface StoredState<T> {
  readonly key: string;
  /** Stored text to the value it stands for (`fallback` when there is none or it is unreadable). */
  read: (raw: string | null) => T;
  /** The current value: the same object until the stored text changes. */
  get: () => T;
  getServerSnapshot: () => T;
  subscribe: (listener: () => void) => () => void;
  /** Stores `update(current value)` and tells every subscriber. */
  write: (update: (current: T) => T) => WriteResult;
}

export function storedState<T>({
  key,
  validate,
  fallback,
  apply,
  holdUnstored = false,
}: StoredStateOptions<T>): StoredState<T> {
  const parse = (raw: string | null): T | undefined => {
    if (raw === null) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return undefined;
    }
    return validate(value);
  };
  const read = (raw: string | null): T => parse(raw) ?? fallback;

  // The last text read and what it stood for, so an unchanged store gives the same object back.
  let cached: { raw: string | null; value: T } = { raw: null, value: fallback };
  // A value storage refused, still in force on this page (only with holdUnstored).
  let held: { value: T } | undefined;
  const listeners = new Set<() => void>();

  function get(): T {
    if (held) return held.value;
    const raw = readStored(key);
    if (raw !== cached.raw) cached = { raw, value: read(raw) };
    return cached.value;
  }

  function notify() {
    for (const listener of listeners) listener();
  }

  function removeUnreadable() {
    const raw = readStored(key);
    if (raw === null || parse(raw) !== undefined) return;
    try {
      localStore()?.removeItem(key);
    } catch {
      // Storage that cannot be written is reported at the next write.
    }
  }

  // Another tab wrote the key (`key` is null when it cleared all storage): follow it here.
  function onStorage(event: StorageEvent) {
    if (event.key !== null && event.key !== key) return;
    held = undefined;
    apply?.(get());
    notify();
  }

  function subscribe(listener: () => void): () => void {
    listeners.add(listener);
    if (listeners.size === 1) {
      removeUnreadable();
      apply?.(get());
      window.addEventListener('storage', onStorage);
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) window.removeEventListener('storage', onStorage);
    };
  }

  function write(update: (current: T) => T): WriteResult {
    const next = update(get());
    apply?.(next);
    let result: WriteResult;
    try {
      const storage = localStore();
      if (!storage) throw new Error('no localStorage here');
      storage.setItem(key, JSON.stringify(next));
      held = undefined;
      result = { ok: true };
    } catch {
      // QuotaExceededError when full, SecurityError when turned off.
      if (holdUnstored) held = { value: next };
      result = { ok: false };
    }
    notify();
    return result;
  }

  return { key, read, get, getServerSnapshot: () => fallback, subscribe, write };
}

/** The current value of a stored state, re-rendering when it changes (here or in another tab). */
export function useStoredState<T>(state: StoredState<T>): T {
  return useSyncExternalStore(state.subscribe, state.get, state.getServerSnapshot);
}

const unknown = () => undefined;

/**
 * As useStoredState, but undefined while the page cannot know the value: in the prerender and
 * while hydrating. For what keeps a place for the reader's own value until it is known, rather
 * than showing the fallback first and changing the layout when the value arrives.
 */
export function useStoredStateOnceKnown<T>(state: StoredState<T>): T | undefined {
  return useSyncExternalStore(state.subscribe, state.get, unknown);
}
