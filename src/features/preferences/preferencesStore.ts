import { useSyncExternalStore } from 'react';
import { localStore, readStored } from '../../lib/safeStorage';

export const themes = ['auto', 'light', 'dark'] as const;
export const textSizes = ['normal', 'large', 'larger'] as const;

export type Theme = (typeof themes)[number];
export type TextSize = (typeof textSizes)[number];

export interface Preferences {
  theme: Theme;
  textSize: TextSize;
}

/** Also read by public/prefs.js before first paint: the key and the JSON shape must match. */
export const storageKey = 'broadsheet:prefs';

export const defaultPreferences: Preferences = Object.freeze({ theme: 'auto', textSize: 'normal' });

const isTheme = (value: unknown): value is Theme => themes.some((theme) => theme === value);
const isTextSize = (value: unknown): value is TextSize => textSizes.some((size) => size === value);

const readRaw = () => readStored(storageKey);

/** Stored text to preferences; anything unknown or unreadable falls back to its default. */
export function parsePreferences(raw: string | null): Preferences {
  if (raw === null) return defaultPreferences;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return defaultPreferences;
  }
  if (typeof value !== 'object' || value === null) return defaultPreferences;
  const { theme, textSize } = value as Record<string, unknown>;
  return {
    theme: isTheme(theme) ? theme : defaultPreferences.theme,
    textSize: isTextSize(textSize) ? textSize : defaultPreferences.textSize,
  };
}

/**
 * Sets the attributes the CSS reads on <html>, as public/prefs.js does on load. Defaults remove
 * them: "auto" leaves the theme to the system's prefers-color-scheme.
 */
export function applyPreferences(prefs: Preferences, root: HTMLElement = document.documentElement) {
  if (prefs.theme === 'auto') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', prefs.theme);
  if (prefs.textSize === 'normal') root.removeAttribute('data-text-size');
  else root.setAttribute('data-text-size', prefs.textSize);
}

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
  // Normally public/prefs.js has set these already; this covers a page where it did not load.
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
