// localStorage that never throws at the reader: it may be missing (server), turned off, or
// throw on mere access (some privacy modes).

/** localStorage, or undefined where there is none or touching it throws. */
export function localStore(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

/** The stored text under `key`, or null when there is none or it cannot be read. */
export function readStored(key: string): string | null {
  try {
    return localStore()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}
