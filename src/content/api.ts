import type { AsPlainObject, default as MiniSearch } from 'minisearch';
import {
  dataPaths,
  type OffersPage,
  type SectionList,
  type StoryList,
  type StoryPage,
} from './payloads';
import {
  querySearchOptions,
  shardKeys,
  shardOptions,
  terms,
  type SearchDocumentInfo,
  type SearchManifest,
  type ShardDocument,
} from './searchOptions';

// How pages get their data: fetched from the JSON the build wrote, or, while prerendering,
// handed over from memory. Pages call these functions and never touch JSON themselves.

export class NotFoundError extends Error {
  constructor(readonly path: string) {
    super(`Not found: ${path}`);
    this.name = 'NotFoundError';
  }
}

type DataSource = (path: string, signal?: AbortSignal) => Promise<unknown>;

const fetchSource: DataSource = async (path) => {
  const response = await fetch(path);
  if (response.status === 404) throw new NotFoundError(path);
  if (!response.ok) throw new Error(`Could not load ${path}: HTTP ${response.status}`);
  return response.json();
};

let source: DataSource = fetchSource;

/** Lets the prerender serve payloads from memory instead of over HTTP (and tests control it). */
export function setDataSource(next: DataSource): void {
  source = next;
  cache.clear();
}

// Recently used payloads stay in memory, so a story fetched when its link was hovered, or
// visited a moment ago, shows at once. Bounded, so a long reading session does not grow it.
const cache = new Map<string, Promise<unknown>>();
const cacheLimit = 40;

function cached(path: string): Promise<unknown> {
  const hit = cache.get(path);
  if (hit) {
    cache.delete(path);
    cache.set(path, hit);
    return hit;
  }
  // Not tied to one navigation's abort signal: a prefetch and the click after it share one request.
  const loading = source(path).catch((error: unknown) => {
    cache.delete(path);
    throw error;
  });
  cache.set(path, loading);
  const oldest = cache.keys().next();
  if (cache.size > cacheLimit && !oldest.done) cache.delete(oldest.value);
  return loading;
}

// The payloads were checked against the schema when the build wrote them.
const load = <T>(path: string) => cached(path) as Promise<T>;

export const loadStory = (slug: string) => load<StoryPage>(dataPaths.story(slug));
export const loadHome = (page: number) => load<StoryList>(dataPaths.home(page));
export const loadSection = (id: string, page: number) =>
  load<SectionList>(dataPaths.section(id, page));
export const loadOffers = () => load<OffersPage>(dataPaths.offers());

export type SearchHit = SearchDocumentInfo & {
  id: number;
  /** The index's words that matched, for highlighting. */
  terms: string[];
};

const resultLimit = 20;
let library: Promise<typeof MiniSearch> | undefined;
const loadLibrary = () => (library ??= import('minisearch').then((m) => m.default));
const shards = new Map<string, Promise<MiniSearch<ShardDocument>>>();

async function shard(key: string): Promise<MiniSearch<ShardDocument>> {
  let found = shards.get(key);
  if (!found) {
    found = Promise.all([loadLibrary(), source(dataPaths.searchShard(key))]).then(
      ([Search, json]) => Search.loadJS(json as AsPlainObject, shardOptions),
    );
    shards.set(key, found);
    found.catch(() => shards.delete(key));
  }
  return found;
}

/**
 * Ranked search: the library and the shards a query's words need load only when a reader
 * searches, and stay for the next query. A story's score is the sum over the query's words.
 */
export async function searchStories(query: string): Promise<SearchHit[]> {
  const [Search, manifest] = await Promise.all([
    loadLibrary(),
    load<SearchManifest>(dataPaths.searchManifest()),
  ]);
  const words = [...new Set(terms(Search, query))];
  const scores = new Map<number, { score: number; terms: Set<string> }>();
  await Promise.all(
    words.flatMap((word) =>
      shardKeys(word, manifest).map(async (key) => {
        for (const result of (await shard(key)).search(word, querySearchOptions)) {
          const id = Number(result.id);
          const entry = scores.get(id) ?? { score: 0, terms: new Set<string>() };
          entry.score += result.score;
          result.terms.forEach((t) => entry.terms.add(t));
          scores.set(id, entry);
        }
      }),
    ),
  );
  const ranked = [...scores.entries()]
    .sort(([a, x], [b, y]) => y.score - x.score || a - b)
    .slice(0, resultLimit);
  const bucketOf = (id: number) => Math.floor(id / manifest.docsPerBucket);
  const buckets = new Map(
    await Promise.all(
      [...new Set(ranked.map(([id]) => bucketOf(id)))].map(
        async (b) => [b, await load<SearchDocumentInfo[]>(dataPaths.searchDocs(b))] as const,
      ),
    ),
  );
  return ranked.flatMap(([id, { terms: matched }]) => {
    const info = buckets.get(bucketOf(id))?.[id % manifest.docsPerBucket];
    return info ? [{ ...info, id, terms: [...matched] }] : [];
  });
}
