// The search index's format, shared by the build (compileSearch.ts) and the browser
// (searchEngine.ts); the two must agree. Pure: no data, no library.
//
// Three kinds of file, each a JSON array, packed to about the same size:
//   terms/<n>.json  every indexed term in alphabetical order, with its postings: the stories
//                   that contain it, by the best field it appears in (headline, dek, body).
//   fuzzy/<n>.json  the typo index: every term filed under "anchors" (its first letters, its
//                   last letters and, in long words, two letters from its middle) together with
//                   its length. A word with one typo keeps its first or its last letters; with two
//                   typos, one of the three anchors. So a query looks up its own anchors and finds
//                   every term within reach, whichever letter the typo hit, the first included.
//   docs/<n>.json   what a result shows, ten stories a file, newest first.
// manifest.json names the first term or anchor of each file, so a query fetches only the files
// its words need.

/** Fields, best first: headline, dek (with the byline), body. A story's postings list it once, under its best field. */
export const fieldCount = 3;

export interface SearchManifest {
  /** Stories in the index; story ids are 0 (newest) to docCount - 1. */
  docCount: number;
  docsPerFile: number;
  /** The first term in each terms file, in order. */
  termFiles: string[];
  /** The first anchor key in each fuzzy file, in order. */
  fuzzyFiles: string[];
  /** Sections as [id, name], numbered for the story files. */
  sections: [string, string][];
}

/** One story as a result shows it: section number, slug, published (s since 1970), headline, dek, excerpt. */
export type DocRecord = [number, string, number, string, string, string];

/** A terms file: entries `term h d b`, each list the story ids (delta-coded) under that field. */
export type TermsFile = string[];

/**
 * A fuzzy file: lines `key entry entry …`. An entry is one letter for how common the term is
 * (A = in 1 story, B = 2–3, C = 4–7, … doubling) followed by the term without its anchor,
 * front-coded.
 */
export type FuzzyFile = string[];

// ---- Story id lists ---------------------------------------------------------------------------

// Ids are written as gaps from the previous id, five bits to a character, in characters that
// need no escaping in JSON: the last character of a number is one of the first 32.
const digits = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const digitValue = new Int8Array(128);
Array.from(digits).forEach((c, i) => (digitValue[c.charCodeAt(0)] = i));

export function encodeIds(ids: readonly number[]): string {
  let out = '';
  let previous = -1;
  for (const id of ids) {
    let gap = id - previous - 1;
    previous = id;
    let chunk = digits[gap & 31] ?? '';
    gap >>>= 5;
    while (gap > 0) {
      chunk = (digits[(gap & 31) + 32] ?? '') + chunk;
      gap >>>= 5;
    }
    out += chunk;
  }
  return out;
}

export function decodeIds(text: string): number[] {
  const ids: number[] = [];
  let gap = 0;
  let previous = -1;
  for (let i = 0; i < text.length; i += 1) {
    const value = digitValue[text.charCodeAt(i) & 127] ?? 0;
    if (value >= 32) {
      gap = gap * 32 + value - 32;
      continue;
    }
    previous += gap * 32 + value + 1;
    ids.push(previous);
    gap = 0;
  }
  return ids;
}

// ---- Terms files ------------------------------------------------------------------------------

/** How many first characters `text` shares with `previous` (at most 63, never half a pair). */
function shared(previous: string, text: string): number {
  let count = 0;
  const limit = Math.min(previous.length, text.length, digits.length - 1);
  while (count < limit && previous[count] === text[count]) count += 1;
  const last = text.charCodeAt(count - 1);
  return last >= 0xd800 && last <= 0xdbff ? count - 1 : count;
}

/**
 * Sorted words share long beginnings, so each is written as how many characters it shares with
 * the word before (one digit) and the characters after those.
 */
function frontCode(words: readonly string[]): string[] {
  let previous = '';
  return words.map((word) => {
    const count = shared(previous, word);
    previous = word;
    return `${digits[count] ?? '0'}${word.slice(count)}`;
  });
}

function frontDecode(coded: readonly string[]): string[] {
  let previous = '';
  return coded.map((code) => {
    previous = previous.slice(0, digitValue[code.charCodeAt(0) & 127]) + code.slice(1);
    return previous;
  });
}

/** A terms file from its entries in order: each term front-coded, then its lists. */
export function encodeTermsFile(entries: readonly [term: string, lists: string[]][]): TermsFile {
  const terms = frontCode(entries.map(([term]) => term));
  return entries.map(([, lists], i) => [terms[i] ?? '', ...lists].join(' '));
}

/** A terms file as term → its lists of story ids, one (encoded) per field. */
export function decodeTermsFile(lines: TermsFile): Map<string, string[]> {
  const split = lines.map((line) => line.split(' '));
  const terms = frontDecode(split.map(([term = '']) => term));
  return new Map(split.map(([, ...lists], i) => [terms[i] ?? '', lists]));
}

/** One line of a fuzzy file: the key, then each term's frequency letter and front-coded rest. */
export function encodeFuzzyLine(
  key: string,
  entries: readonly [frequency: string, rest: string][],
) {
  const rests = frontCode(entries.map(([, rest]) => rest));
  return [key, ...entries.map(([frequency], i) => `${frequency}${rests[i] ?? ''}`)].join(' ');
}

/** The terms of a fuzzy file's line, whole again, each with its frequency letter. */
export function decodeFuzzyLine(line: string): { key: string; terms: [string, string][] } {
  const [key = '', ...entries] = line.split(' ');
  const rests = frontDecode(entries.map((entry) => entry.slice(1)));
  return {
    key,
    terms: entries.map((entry, i) => [termFromAnchor(key, rests[i] ?? ''), entry.charAt(0)]),
  };
}

// ---- Typo tolerance ---------------------------------------------------------------------------

/** Words longer than this are matched exactly: nobody types them, and they bloat the index. */
const longestFuzzyWord = 40;

/** Typos forgiven in a query word: none up to 3 letters, one for 4–7, two from 8. */
export function tolerance(word: string): number {
  const length = Array.from(word).length;
  if (length < 4 || length > longestFuzzyWord) return 0;
  return length < 8 ? 1 : 2;
}

/** How many first (and last) letters anchor a term of `length`: always leaving a gap between. */
const anchorLength = (length: number) => (length <= 4 ? 1 : length <= 6 ? 2 : 3);
const lengthTag = (length: number) => String(length).padStart(2, '0');

/**
 * The anchors a term is filed under, each with the part of the term it leaves to store:
 * first letters, last letters, and for terms of 10 letters or more the 5th and 6th letters.
 */
export function termAnchors(term: string): [key: string, rest: string][] {
  const letters = Array.from(term);
  const length = letters.length;
  if (length < 3 || length > longestFuzzyWord) return [];
  const a = anchorLength(length);
  const tag = lengthTag(length);
  const part = (from: number, to?: number) => letters.slice(from, to).join('');
  const anchors: [string, string][] = [
    [`<${part(0, a)}${tag}`, part(a)],
    [`>${part(length - a)}${tag}`, part(0, length - a)],
  ];
  if (length >= 10) anchors.push([`=${part(4, 6)}${tag}`, part(0, 4) + part(6)]);
  return anchors;
}

/** Puts a term back together from its anchor key and the part stored under it. */
function termFromAnchor(key: string, rest: string): string {
  const anchor = key.slice(1, -2);
  if (key.startsWith('<')) return anchor + rest;
  if (key.startsWith('>')) return rest + anchor;
  const letters = Array.from(rest);
  return letters.slice(0, 4).join('') + anchor + letters.slice(4).join('');
}

/**
 * The anchor keys to look up for a query word: for every term length within reach, the word's
 * own first and last letters and, for two typos, its middle letters shifted by up to one.
 */
export function probeAnchors(word: string, typos: number): string[] {
  const letters = Array.from(word);
  const length = letters.length;
  const part = (from: number, to?: number) => letters.slice(from, to).join('');
  const keys = new Set<string>();
  for (let target = length - typos; target <= length + typos; target += 1) {
    if (target < 3 || target > longestFuzzyWord) continue;
    const a = anchorLength(target);
    const tag = lengthTag(target);
    if (length >= a) {
      keys.add(`<${part(0, a)}${tag}`);
      keys.add(`>${part(length - a)}${tag}`);
    }
    if (typos >= 2 && target >= 10) {
      for (const shift of [-1, 0, 1]) {
        const middle = part(4 + shift, 6 + shift);
        if (Array.from(middle).length === 2) keys.add(`=${middle}${tag}`);
      }
    }
  }
  return [...keys];
}

/** The letter that says roughly how many stories have a term (A = 1, B = 2–3, C = 4–7, …). */
export function frequencyClass(storyCount: number): string {
  return String.fromCharCode(65 + Math.min(25, Math.floor(Math.log2(Math.max(1, storyCount)))));
}

/**
 * Damerau–Levenshtein distance (optimal string alignment: a swap of neighbours is one edit),
 * or `limit + 1` as soon as it is sure to exceed `limit`.
 */
export function typoDistance(a: string, b: string, limit: number): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= t.length; j += 1) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return Math.min(previous[t.length] ?? 0, limit + 1);
}

// ---- Files ------------------------------------------------------------------------------------

/**
 * The files (by index) that hold keys from `low` to `high`, given each file's first key. Files
 * break between keys, except that a key too big for one file fills several of its own.
 */
export function filesFor(firstKeys: readonly string[], low: string, high = low): number[] {
  if (firstKeys.length === 0) return [];
  // How many files start before `low`: the one before them holds `low` unless a file starts at it.
  let lo = 0;
  let hi = firstKeys.length;
  while (lo < hi) {
    const middle = (lo + hi) >> 1;
    if ((firstKeys[middle] ?? '') < low) lo = middle + 1;
    else hi = middle;
  }
  const start = firstKeys[lo] === low ? lo : Math.max(0, lo - 1);
  const files = [start];
  for (let i = start + 1; i < firstKeys.length && (firstKeys[i] ?? '') <= high; i += 1) {
    files.push(i);
  }
  return files;
}
