// What a reader's preferences are, how they are stored and how they are applied: plain code with
// no React, shared by the store behind the controls and by the boot script (src/app/boot.ts),
// which applies the stored choice before first paint.

export const themes = ['auto', 'light', 'dark'] as const;
export const textSizes = ['normal', 'large', 'larger'] as const;

export type Theme = (typeof themes)[number];
export type TextSize = (typeof textSizes)[number];

export interface Preferences {
  theme: Theme;
  textSize: TextSize;
}

export const storageKey = 'broadsheet:prefs';

export const defaultPreferences: Preferences = Object.freeze({ theme: 'auto', textSize: 'normal' });

export const isTheme = (value: unknown): value is Theme => themes.some((theme) => theme === value);
export const isTextSize = (value: unknown): value is TextSize =>
  textSizes.some((size) => size === value);

/** Parsed JSON to preferences; one unknown field falls back to its default, not the other. */
export function toPreferences(value: unknown): Preferences | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { theme, textSize } = value as Record<string, unknown>;
  return {
    theme: isTheme(theme) ? theme : defaultPreferences.theme,
    textSize: isTextSize(textSize) ? textSize : defaultPreferences.textSize,
  };
}

/** Stored text to preferences; anything unknown or unreadable falls back to the defaults. */
export function parsePreferences(raw: string | null): Preferences {
  try {
    return (raw === null ? undefined : toPreferences(JSON.parse(raw))) ?? defaultPreferences;
  } catch {
    return defaultPreferences;
  }
}

/**
 * Sets the attributes the CSS reads on <html>. Defaults remove them: "auto" leaves the theme to
 * the system's prefers-color-scheme.
 */
export function applyPreferences(prefs: Preferences, root: HTMLElement = document.documentElement) {
  if (prefs.theme === 'auto') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', prefs.theme);
  if (prefs.textSize === 'normal') root.removeAttribute('data-text-size');
  else root.setAttribute('data-text-size', prefs.textSize);
}
