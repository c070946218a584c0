// Search in the browser, over the index compileSearch.ts wrote (format: searchIndex.ts). Loaded
// only by the search page (api.ts imports it on demand). A query fetches, for each word, the
// terms file where the word would be; only a word that is not there costs the typo index and
// a second look-up. Then the stories of the page asked for. Every file stays for the next query.
import { storyPath } from '../lib/urls';
import { dataPaths } from './payloads';
import {
  decodeIds,
  fieldCount,
  filesFor,
  probeAnchors,
  tolerance,
  typoDistance,
  type DocRecord,
  type FuzzyFile,
  type SearchManifest,
  type TermsFile,
  decodeFuzzyLine,
  decodeTermsFile,
} from './searchIndex';
import { highlight, snippet, tokenise, type Piece, type Token } from './searchText';

export const searchPageSize = 10;

export interface SearchHit {
  id: number;
  url: string;
  section: string;
  published: string;
  /** The headline, its matched words marked. */
  headline: Piece[];
  /** Some 200 characters of dek and opening around the best match, matched words marked. */
  snippet: Piece[];
}

export interface SearchOutcome {
  /** Stories that match at least one word: an exact count. */
  total: number;
  /** The page asked for, from 1; past the last page it has no hits. */
  page: number;
  pageCount: number;
  pageSize: number;
  hits: SearchHit[];
  /** Queries with the closest known spellings, for "Did you mean". */
  suggestions: string[];
  /** The query had no searchable word (only words like "the"). */
  empty: boolean;
}

type Load = (path: string) => Promise<unknown>;

// How much a match counts: by field (headline, dek, body) times how close the word is.
const fieldWeight = [3, 2, 1];
const exactMatch = 1;
const longerWord = 0.6;
const typoWeight = [1, 0.5, 0.35];
/** A word also finds longer words it begins (toast → toasters), up to this many more letters. */
const longerBy = 3;
/** Typo candidates followed up per word: the closest, then the most common. */
const typoCandidates = 4;
/** How much a story with a less likely spelling counts against one with the likeliest. */
const otherSpellings = 0.3;
const suggestionCount = 3;
const mostWords = 8;
const cacheLimit = 400;

interface Match {
  term: string;
  weight: number;
}

interface Candidate {
  term: string;
  distance: number;
  frequency: string;
}

interface WordResult {
  token: Token;
  matches: Match[];
  /** The closest known terms, best first, when the word itself is not in the index. */
  closest: Candidate[];
}

class SearchIndex {
  private readonly files = new Map<string, Promise<unknown>>();
  private readonly termEntries = new Map<number, Promise<Map<string, string[]>>>();

  constructor(private readonly load: Load) {}

  /** A file of the index, kept (the least recently used leave first). */
  private file<T>(path: string): Promise<T> {
    let found = this.files.get(path);
    if (found) {
      this.files.delete(path);
    } else {
      found = this.load(path);
      found.catch(() => this.files.delete(path));
    }
    this.files.set(path, found);
    const oldest = this.files.keys().next();
    if (this.files.size > cacheLimit && !oldest.done) this.files.delete(oldest.value);
    return found as Promise<T>;
  }

  manifest(): Promise<SearchManifest> {
    return this.file<SearchManifest>(dataPaths.searchManifest());
  }

  /** A terms file as term → its encoded postings. */
  private terms(file: number): Promise<Map<string, string[]>> {
    let entries = this.termEntries.get(file);
    if (!entries) {
      entries = this.file<TermsFile>(dataPaths.searchTerms(file)).then(decodeTermsFile);
      entries.catch(() => this.termEntries.delete(file));
      this.termEntries.set(file, entries);
    }
    return entries;
  }

  /** Every term from `low` to `high`, with its encoded postings. */
  async termRange(low: string, high: string): Promise<Map<string, string[]>> {
    const { termFiles } = await this.manifest();
    const maps = await Promise.all(filesFor(termFiles, low, high).map((f) => this.terms(f)));
    const found = new Map<string, string[]>();
    for (const map of maps) {
      for (const [term, lists] of map) if (term >= low && term <= high) found.set(term, lists);
    }
    return found;
  }

  /** One term's encoded postings, one list per field. */
  async postings(term: string): Promise<string[]> {
    const { termFiles } = await this.manifest();
    const [file] = filesFor(termFiles, term);
    return file === undefined ? [] : ((await this.terms(file)).get(term) ?? []);
  }

  /** Terms filed under any of `keys` in the typo index, with how common each is. */
  async anchored(keys: readonly string[]): Promise<Map<string, string>> {
    const { fuzzyFiles } = await this.manifest();
    const wanted = new Set(keys);
    const files = [...new Set(keys.flatMap((key) => filesFor(fuzzyFiles, key)))];
    const found = new Map<string, string>();
    for (const lines of await Promise.all(
      files.map((f) => this.file<FuzzyFile>(dataPaths.searchFuzzy(f))),
    )) {
      for (const line of lines) {
        if (!wanted.has(line.slice(0, line.indexOf(' ')))) continue;
        for (const [term, frequency] of decodeFuzzyLine(line).terms) found.set(term, frequency);
      }
    }
    return found;
  }

  async docs(ids: readonly number[], terms: readonly string[]): Promise<Map<number, SearchHit>> {
    const { docsPerFile, sections } = await this.manifest();
    const files = [...new Set(ids.map((id) => Math.floor(id / docsPerFile)))];
    const loaded = await Promise.all(
      files.map(async (f) => [f, await this.file<DocRecord[]>(dataPaths.searchDocs(f))] as const),
    );
    const byFile = new Map(loaded);
    return new Map(
      ids.flatMap((id) => {
        const record = byFile.get(Math.floor(id / docsPerFile))?.[id % docsPerFile];
        if (!record) return [];
        const [section, slug, published, headline, dek, excerpt] = record;
        const [sectionId = '', sectionName = ''] = sections[section] ?? [];
        const hit: SearchHit = {
          id,
          url: storyPath(sectionId, slug),
          section: sectionName,
          published: new Date(published * 1000).toISOString(),
          headline: highlight(headline, terms),
          snippet: highlight(snippet(`${dek} ${excerpt}`, terms), terms),
        };
        return [[id, hit] as const];
      }),
    );
  }
}

/** The closest terms to `word` in the typo index, within `limit` typos. */
/** Whether `a` is `b` with two neighbouring letters swapped: the commonest slip of the fingers. */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * The closest terms to `word` in the typo index, within `limit` typos, likeliest first: fewest
 * typos, a swap before other single typos, then the commoner word.
 */
async function closestTerms(index: SearchIndex, word: string, limit: number) {
  const found = await index.anchored(probeAnchors(word, limit));
  const candidates: (Candidate & { cost: number })[] = [];
  for (const [term, frequency] of found) {
    const distance = typoDistance(word, term, limit);
    if (distance > limit || term === word) continue;
    const cost = distance - (isSwap(word, term) ? 0.5 : 0);
    candidates.push({ term, distance, frequency, cost });
  }
  return candidates.sort(
    (a, b) =>
      a.cost - b.cost ||
      (a.frequency < b.frequency ? 1 : a.frequency > b.frequency ? -1 : 0) ||
      (a.term < b.term ? -1 : 1),
  );
}

/** What one query word matches: itself and longer words it begins, or else its closest spellings. */
async function resolveWord(index: SearchIndex, token: Token): Promise<WordResult> {
  const word = token.term;
  const typos = tolerance(word);
  // Short words match only themselves: "us" must not find "used".
  const range = await index.termRange(word, typos > 0 ? `${word}\uffff` : word);
  const length = Array.from(word).length;
  const matches: Match[] = [];
  for (const term of range.keys()) {
    if (term === word) matches.push({ term, weight: exactMatch });
    else if (Array.from(term).length <= length + longerBy)
      matches.push({ term, weight: longerWord });
  }
  if (matches.length > 0 || typos === 0) return { token, matches, closest: [] };

  // Not in the index: a typo, perhaps. Follow up the closest spellings within reach; if none is,
  // look one typo further, for "Did you mean" only.
  const closest = await closestTerms(index, word, typos);
  if (closest.length === 0) {
    return { token, matches, closest: await closestTerms(index, word, typos + 1) };
  }
  // The likeliest spelling leads; the others count, and rank below it.
  closest.slice(0, typoCandidates).forEach((candidate, i) => {
    const weight = (typoWeight[candidate.distance] ?? 0) * (i === 0 ? 1 : otherSpellings);
    matches.push({ term: candidate.term, weight });
  });
  return { token, matches, closest };
}

/** The query with each unknown word replaced by its `choice`th closest spelling. */
function respell(query: string, words: readonly WordResult[], choice: number): string {
  let text = query;
  for (const { token, closest } of [...words].sort((a, b) => b.token.start - a.token.start)) {
    const replacement = closest[Math.min(choice, closest.length - 1)];
    if (replacement)
      text = `${text.slice(0, token.start)}${replacement.term}${text.slice(token.end)}`;
  }
  return text;
}

/** "Did you mean": the best respelling when something matched, a few when nothing did. */
function suggestionsFor(query: string, words: readonly WordResult[], total: number): string[] {
  const choices = Math.max(0, ...words.map((w) => w.closest.length));
  const wanted = total > 0 ? Math.min(1, choices) : Math.min(suggestionCount, choices);
  return [...new Set(Array.from({ length: wanted }, (_, choice) => respell(query, words, choice)))];
}

interface Score {
  words: number;
  score: number;
}

/** Ranks every story that matches a word: all words first, then the better matches, then newer. */
async function rank(index: SearchIndex, words: readonly WordResult[]): Promise<number[]> {
  const postings = await Promise.all(
    words.map(({ matches }) =>
      Promise.all(matches.map(async (m) => [m.weight, await index.postings(m.term)] as const)),
    ),
  );
  const scores = new Map<number, Score>();
  for (const lines of postings) {
    // A story counts once per word, by its best match for that word.
    const best = new Map<number, number>();
    for (const [weight, lists] of lines) {
      lists.slice(0, fieldCount).forEach((list, field) => {
        const value = (fieldWeight[field] ?? 1) * weight;
        for (const id of decodeIds(list)) best.set(id, Math.max(best.get(id) ?? 0, value));
      });
    }
    for (const [id, value] of best) {
      const score = scores.get(id) ?? { words: 0, score: 0 };
      score.words += 1;
      score.score += value;
      scores.set(id, score);
    }
  }
  return [...scores.entries()]
    .sort(([a, x], [b, y]) => y.words - x.words || y.score - x.score || a - b)
    .map(([id]) => id);
}

const indexes = new WeakMap<Load, SearchIndex>();
const indexFor = (load: Load) => {
  let index = indexes.get(load);
  if (!index) {
    index = new SearchIndex(load);
    indexes.set(load, index);
  }
  return index;
};

/**
 * Fetches what every search needs first, and runs the text code once, as compiling its word
 * patterns held up the first query's first request (by some 15 ms on the bench's phone): the
 * first query starts nearer the answer.
 */
export async function prepareSearch(load: Load): Promise<void> {
  const sample = "Obama's US-Russian talks, 1,500 words: a first search's text";
  highlight(
    snippet(sample, ['talks'], 40),
    tokenise(sample).map((t) => t.term),
  );
  await indexFor(load).manifest();
}

/** Page `page` (from 1) of the stories that match `query`, best first. */
export async function runSearch(query: string, page: number, load: Load): Promise<SearchOutcome> {
  const index = indexFor(load);
  const seen = new Set<string>();
  // Each word costs a look-up: a pasted paragraph searches for its first few words only.
  const tokens = tokenise(query)
    .filter((t) => !seen.has(t.term) && seen.add(t.term))
    .slice(0, mostWords);
  if (tokens.length === 0) {
    const pageSize = searchPageSize;
    return { total: 0, page, pageCount: 0, pageSize, hits: [], suggestions: [], empty: true };
  }
  const words = await Promise.all(tokens.map((token) => resolveWord(index, token)));
  const ranked = await rank(index, words);
  const pageIds = ranked.slice((page - 1) * searchPageSize, page * searchPageSize);
  const terms = [...new Set(words.flatMap((w) => w.matches.map((m) => m.term)))];
  const records = await index.docs(pageIds, terms);
  const hits = pageIds.flatMap((id) => records.get(id) ?? []);
  return {
    total: ranked.length,
    page,
    pageCount: Math.ceil(ranked.length / searchPageSize),
    pageSize: searchPageSize,
    hits,
    suggestions: suggestionsFor(query, words, ranked.length),
    empty: false,
  };
}
