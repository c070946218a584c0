import type MiniSearch from 'minisearch';
import type { Options, SearchOptions } from 'minisearch';

// The search index is split by term so a search downloads only what its words need: each shard
// is a MiniSearch index holding the words that begin with the same two letters. The build and
// the browser share these definitions; they must agree.

export const searchFields = ['headline', 'dek', 'body', 'section', 'byline'] as const;
export type SearchField = (typeof searchFields)[number];

/** One story as a shard indexes it: each field holds only that shard's words. */
export type ShardDocument = { id: number } & Record<SearchField, string>;

export const shardOptions: Options<ShardDocument> = {
  fields: [...searchFields],
  storeFields: [],
};

export const querySearchOptions: SearchOptions = {
  boost: { headline: 3, dek: 2 },
  prefix: true,
  // Forgives about one typo in five letters.
  fuzzy: 0.2,
};

// Words too common to tell stories apart: left out of the index and of queries alike.
const stopWords = new Set(
  'a an and are as at be but by for from has have in is it its of on or that the this to was were will with'.split(
    ' ',
  ),
);

/**
 * The words of a text as the index sees them. The library is passed in, so this file stays
 * out of the entry bundle's way: the browser loads MiniSearch only when a reader searches.
 */
export function terms(Search: typeof MiniSearch, text: string): string[] {
  const tokenize = Search.getDefault('tokenize') as (text: string) => string[];
  const processTerm = Search.getDefault('processTerm') as (term: string) => string | null;
  return tokenize(text)
    .map((t) => processTerm(t))
    .filter((t): t is string => Boolean(t) && !stopWords.has(t ?? ''));
}

/**
 * The shards a word's search needs: its first two letters, or three where that shard was split.
 * A two-letter word in a split shard needs every three-letter part, for prefix matches.
 */
export function shardKeys(term: string, manifest: SearchManifest): string[] {
  const two = term.slice(0, 2);
  if (!manifest.split.includes(two)) return manifest.shards.includes(two) ? [two] : [];
  if (term.length > 2) {
    const three = term.slice(0, 3);
    return manifest.shards.includes(three) ? [three] : [];
  }
  return manifest.shards.filter((key) => key.startsWith(two));
}

export function shardKey(term: string): string {
  return term.slice(0, 2);
}

export interface SearchManifest {
  shards: string[];
  /** Two-letter shards that were split by a third letter. */
  split: string[];
  docsPerBucket: number;
}

/** What a result shows: kept apart from the term shards, in buckets of stories. */
export interface SearchDocumentInfo {
  url: string;
  headline: string;
  dek: string;
  section: string;
  published: string;
  /** The opening of the body, for snippets. */
  excerpt: string;
}
