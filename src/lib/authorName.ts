/**
 * The author's name from a printed byline, without its "By": "By Jane Doe" → "Jane Doe". The
 * one place it is worked out, for the page's metadata, its JSON-LD and the feeds.
 */
export function authorName(byline: string): string {
  return byline.replace(/^by\s+/i, '').trim();
}
