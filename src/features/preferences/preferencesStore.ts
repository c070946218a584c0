import { storedState, useStoredState, type WriteResult } from '../../lib/storedState';

export const themes = ['auto', 'light', 'dark'] as const;
export const textSizes = ['normal', 'large', 'larger'] as const;

export type Theme = (typeof themes)[number];
export type TextSize = (typeof textSizes)[number];

export interface Preferences {
  theme: Theme;
  textSize: TextSize;
}

/**
 * Also read by public/prefs.js before first paint: the key, the JSON shape and the values
 * accepted must match (tests/unit/prefsScript.test.ts holds the two to the same answers).
 */
export const storageKey = 'broadsheet:prefs';

const defaultPreferences: Preferences = Object.freeze({ theme: 'auto', textSize: 'normal' });

export const isTheme = (value: unknown): value is Theme => themes.some((theme) => theme === value);
export const isTextSize = (value: unknown): value is TextSize =>
  textSizes.some((size) => size === value);

/** Anything unknown falls back to its default, so one bad field does not cost the other. */
function toPreferences(value: unknown): Preferences | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
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
function applyPreferences(prefs: Preferences, root: HTMLElement = document.documentElement) {
  if (prefs.theme === 'auto') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', prefs.theme);
  if (prefs.textSize === 'normal') root.removeAttribute('data-text-size');
  else root.setAttribute('data-text-size', prefs.textSize);
}

// Normally public/prefs.js has set the attributes already; the first subscriber covers a page
// where it did not load. A choice storage refused still holds for as long as this page is open.
const preferences = storedState<Preferences>({
  key: storageKey,
  validate: toPreferences,
  fallback: defaultPreferences,
  apply: applyPreferences,
  holdUnstored: true,
});

/** Stored text to preferences; anything unknown or unreadable falls back to its default. */
export const parsePreferences = (raw: string | null): Preferences => preferences.read(raw);

/** Applies a change at once and remembers it; `ok: false` when it could not be stored. */
export function setPreferences(change: Partial<Preferences>): WriteResult {
  return preferences.write((current) => ({ ...current, ...change }));
}

/** The reader's preferences: the defaults on the server and while hydrating. */
export function usePreferences(): Preferences {
  return useStoredState(preferences);
}
