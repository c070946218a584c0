// How search reads text: the one tokeniser used by the index (at build time), by the query and
// by highlighting, so the three always agree on what a word is. Pure: no imports, no data.

/** One word of a text: where it stands in the text, and the term it is indexed and searched as. */
export interface Token {
  term: string;
  start: number;
  end: number;
}

// A word is letters and digits, with apostrophes inside it ("O'Neill", "can't", "Obama's") and
// dots or commas between digits ("1,000", "3.5"); an acronym written with dots ("U.S.") is one
// word. Everything else — spaces, hyphens, dashes, slashes, quotes — separates words, so
// "US-Russian" is the two words "us" and "russian".
const wordPattern = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+|(?<=\p{N})[.,]\p{N}+)*/gu;

/** Words too common to tell stories apart: left out of the index and of queries alike. */
const stopWords: ReadonlySet<string> = new Set(
  'a an and are as at be but by for from has have in is it its of on or that the this to was were will with'.split(
    ' ',
  ),
);

/**
 * The term a word is indexed and searched as: lower case, accents folded ("Café" → "cafe"),
 * a possessive dropped ("Obama's" → "obama"), then apostrophes and separators removed
 * ("O'Neill" → "oneill", "1,000" → "1000", "U.S." → "us").
 */
function normaliseWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{Mn}+/gu, '')
    .replace(/['’]s$/u, '')
    .replace(/['’.,]/gu, '');
}

/** A term worth indexing: not a stop word, and not a lone letter. */
function isSearchable(term: string): boolean {
  return term.length > 0 && !stopWords.has(term) && !(term.length === 1 && /\p{L}/u.test(term));
}

// The same words come back again and again (the build reads whole archives): remember them.
const normalised = new Map<string, string>();
function termOf(word: string): string {
  let term = normalised.get(word);
  if (term === undefined) {
    if (normalised.size > 100_000) normalised.clear();
    term = normaliseWord(word);
    normalised.set(word, term);
  }
  return term;
}

/** Every searchable word of `text`, with its place in the text. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const term = termOf(match[0]);
    if (isSearchable(term)) {
      tokens.push({ term, start: match.index, end: match.index + match[0].length });
    }
  }
  return tokens;
}

/** The searchable terms of `text`, in order, repeats included. */
export function terms(text: string): string[] {
  return tokenise(text).map((token) => token.term);
}

/**
 * About `length` characters of `text` around its best match — the stretch holding the most of
 * `matched` terms, the earliest if several do — cut between words, with "…" on each side that
 * was cut. With nothing matched, the opening of the text.
 */
export function snippet(text: string, matched: Iterable<string>, length = 200): string {
  if (text.length <= length) return text;
  const wanted = new Set(matched);
  const hits = wanted.size > 0 ? tokenise(text).filter((t) => wanted.has(t.term)) : [];
  let best = { at: 0, terms: 0 };
  hits.forEach((first, i) => {
    const inReach = new Set<string>();
    for (let j = i; j < hits.length; j += 1) {
      const hit = hits[j];
      if (!hit || hit.end - first.start > length) break;
      inReach.add(hit.term);
    }
    if (inReach.size > best.terms) best = { at: first.start, terms: inReach.size };
  });
  // The match a quarter of the way in, so the reader sees what leads up to it.
  let start = Math.max(0, Math.min(best.at - Math.floor(length / 4), text.length - length));
  let end = Math.min(text.length, start + length);
  const isSpace = (i: number) => /\s/u.test(text.charAt(i));
  if (start > 0 && !isSpace(start - 1)) {
    const nextSpace = text.slice(start).search(/\s/u);
    start = nextSpace < 0 ? start : Math.min(best.at, start + nextSpace + 1);
  }
  if (end < text.length && !isSpace(end)) {
    const lastSpace = text.slice(0, end).search(/\s\S*$/u);
    if (lastSpace > start) end = lastSpace;
  }
  const cut = text.slice(start, end).trim();
  return `${start > 0 ? '…' : ''}${cut}${end < text.length ? '…' : ''}`;
}

/** A stretch of text, marked where it is a word that matched. */
export interface Piece {
  text: string;
  match: boolean;
}

/**
 * Splits text into matched and unmatched pieces, in order; joined they give the text back.
 * Exactly the words that matched are marked: "US" marks "US" and "U.S.", never "used";
 * "Obama's" is marked for "obama". Text stays text: nothing is ever parsed as markup.
 */
export function highlight(text: string, matched: Iterable<string>): Piece[] {
  const wanted = new Set(matched);
  const pieces: Piece[] = [];
  let last = 0;
  for (const token of wanted.size > 0 ? tokenise(text) : []) {
    if (!wanted.has(token.term)) continue;
    if (token.start > last) pieces.push({ text: text.slice(last, token.start), match: false });
    pieces.push({ text: text.slice(token.start, token.end), match: true });
    last = token.end;
  }
  if (last < text.length || pieces.length === 0) {
    pieces.push({ text: text.slice(last), match: false });
  }
  return pieces;
}
