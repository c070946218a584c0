// What the boot script (src/app/boot.ts, in every page) tells the CSS before the first paint
// about the stories the reader has in progress, so the places that show them are kept from the
// start and nothing moves when the app shows them. A quick look at the stored text, not a check:
// what it finds is only a place kept. The store (readingStore.ts) reads the list properly, and
// clears storage that is not what it claims.

export { storageKey } from './readingKey';

/**
 * On <html>: how many stories in progress the front page's row will show (1 to 3), so the row
 * keeps its place, at its height.
 */
export const readingAttribute = 'data-reading';
/** On <html>: the story on the page the browser loaded is one of them. */
export const resumeAttribute = 'data-resume';

/** Marks <html> for the CSS, from the stored text, before the first paint. */
export function markReading(root: HTMLElement, stored: string | null, path: string): void {
  const count = (stored ?? '').split('"url"').length - 1;
  if (count > 0) root.setAttribute(readingAttribute, String(Math.min(count, 3)));
  if (stored?.includes(`"url":${JSON.stringify(path)}`)) root.setAttribute(resumeAttribute, '');
}
