// Highlighting works on text and returns text pieces: matched words become <mark> elements
// when rendered, and nothing from a story is ever parsed as markup.

export interface Piece {
  text: string;
  match: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function termPattern(terms: string[]): RegExp | undefined {
  const words = [...new Set(terms.map((t) => t.trim()).filter(Boolean))].sort(
    (a, b) => b.length - a.length,
  );
  if (words.length === 0) return undefined;
  // Terms match at the start of a word, as the index's prefix search does.
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`,
    'giu',
  );
}

/** Splits text into matched and unmatched pieces, in order; joined they give the text back. */
export function highlight(text: string, terms: string[]): Piece[] {
  const pattern = termPattern(terms);
  if (!pattern) return [{ text, match: false }];
  const pieces: Piece[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) pieces.push({ text: text.slice(last, m.index), match: false });
    pieces.push({ text: m[0], match: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), match: false });
  return pieces;
}

/** About `length` characters of `text` around the first matched word, cut at word boundaries. */
export function snippet(text: string, terms: string[], length = 200): string {
  const pattern = termPattern(terms);
  const at = pattern ? (pattern.exec(text)?.index ?? 0) : 0;
  if (text.length <= length) return text;
  let start = Math.max(0, at - Math.floor(length / 3));
  let end = Math.min(text.length, start + length);
  start = Math.max(0, end - length);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length)
    end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
