/** Where the reading positions are kept in localStorage (readingStore.ts; read by boot.ts too). */
export const storageKey = 'broadsheet:reading';
