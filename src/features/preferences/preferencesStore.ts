import { useSyncExternalStore } from 'react';
import { localStore, readStored } from '../../lib/safeStorage';
import {
  applyPreferences,
  defaultPreferences,
  parsePreferences,
  storageKey,
  type Preferences,
} from './preferences';

const readRaw = () => readStored(storageKey);

// useSyncExternalStore wants the same object back while nothing changed.
let cached: { raw: string | null; prefs: Preferences } = { raw: null, prefs: defaultPreferences };
// A choice storage refused (full or turned off) still holds for as long as this page is open.
let unsaved: Preferences | undefined;

function getSnapshot(): Preferences {
  if (unsaved) return unsaved;
  const raw = readRaw();
  if (raw !== cached.raw) cached = { raw, prefs: parsePreferences(raw) };
  return cached.prefs;
}

// The server cannot know the reader's choice; the controls render only after hydration anyway.
const getServerSnapshot = () => defaultPreferences;

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Normally the boot script (src/app/boot.ts) has set these already; this covers a page where it did not load.
  if (listeners.size === 1) applyPreferences(getSnapshot());
  // Another tab changed the choice (`key` is null when storage was cleared): follow it here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== null && event.key !== storageKey) return;
    unsaved = undefined;
    applyPreferences(getSnapshot());
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export type WriteResult = { ok: true } | { ok: false };

/** Applies a change at once and remembers it; `ok: false` when it could not be stored. */
export function setPreferences(change: Partial<Preferences>): WriteResult {
  const next: Preferences = { ...getSnapshot(), ...change };
  applyPreferences(next);
  let result: WriteResult;
  try {
    const target = localStore();
    if (!target) throw new Error('no localStorage here');
    target.setItem(storageKey, JSON.stringify(next));
    unsaved = undefined;
    result = { ok: true };
  } catch {
    // QuotaExceededError when full, SecurityError when turned off.
    unsaved = next;
    result = { ok: false };
  }
  for (const listener of listeners) listener();
  return result;
}

/** The reader's preferences: the defaults on the server and while hydrating. */
export function usePreferences(): Preferences {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
