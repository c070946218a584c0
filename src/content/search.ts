import type { AsPlainObject, default as MiniSearch } from 'minisearch';
import { dataSource, load } from './api';
import { dataPaths } from './payloads';
import {
  querySearchOptions,
  shardKeys,
  shardOptions,
  terms,
  type SearchDocumentInfo,
  type SearchManifest,
  type ShardDocument,
} from './searchOptions';

// Search, in a chunk of its own: only the search page loads it (its loader imports it), and it
// loads MiniSearch and the index's shards only when a reader searches.

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
    found = Promise.all([loadLibrary(), dataSource(dataPaths.searchShard(key))]).then(
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
