import { storedState, useStoredState, type WriteResult } from '../../lib/storedState';
import {
  applyPreferences,
  defaultPreferences,
  storageKey,
  toPreferences,
  type Preferences,
} from './preferences';

// Normally the boot script (src/app/boot.ts) has set the attributes already; the first
// subscriber covers a page where it did not run. A choice storage refused still holds for as
// long as this page is open.
const preferences = storedState<Preferences>({
  key: storageKey,
  validate: toPreferences,
  fallback: defaultPreferences,
  apply: applyPreferences,
  holdUnstored: true,
});

/** Applies a change at once and remembers it; `ok: false` when it could not be stored. */
export function setPreferences(change: Partial<Preferences>): WriteResult {
  return preferences.write((current) => ({ ...current, ...change }));
}

/** The reader's preferences: the defaults on the server and while hydrating. */
export function usePreferences(): Preferences {
  return useStoredState(preferences);
}
