import MiniSearch from 'minisearch';
import { storyPath } from '../lib/urls';
import { dataPaths } from './payloads';
import type { Article, Section } from './schema';
import {
  searchFields,
  shardKey,
  shardOptions,
  terms,
  type SearchDocumentInfo,
  type SearchField,
  type SearchManifest,
  type ShardDocument,
} from './searchOptions';

const docsPerBucket = 100;
const excerptLength = 600;
// Characters of indexed words in one shard before it is split by a third letter (~100 KB JSON).
const splitAbove = 60_000;

/** Writes the search manifest, one index per term shard, and the result buckets into `out`. */
export function compileSearch(
  articles: Article[],
  sectionOf: (a: Article) => Section,
  out: Map<string, unknown>,
): void {
  const shards = new Map<string, ShardDocument[]>();
  const buckets: SearchDocumentInfo[][] = [];

  articles.forEach((article, id) => {
    const text: Record<SearchField, string> = {
      headline: article.headline,
      dek: article.dek,
      body: article.body.flatMap((b) => (b.type === 'offer' ? [] : [b.text])).join('\n'),
      section: sectionOf(article).name,
      byline: article.byline,
    };
    // Each shard gets this story with only the words that belong to it.
    const perShard = new Map<string, Record<SearchField, string[]>>();
    for (const field of searchFields) {
      for (const term of terms(MiniSearch, text[field])) {
        const key = shardKey(term);
        let fields = perShard.get(key);
        if (!fields) {
          fields = { headline: [], dek: [], body: [], section: [], byline: [] };
          perShard.set(key, fields);
        }
        fields[field].push(term);
      }
    }
    for (const [key, fields] of perShard) {
      const doc: ShardDocument = {
        id,
        headline: fields.headline.join(' '),
        dek: fields.dek.join(' '),
        body: fields.body.join(' '),
        section: fields.section.join(' '),
        byline: fields.byline.join(' '),
      };
      const list = shards.get(key) ?? [];
      list.push(doc);
      shards.set(key, list);
    }
    const bucket = Math.floor(id / docsPerBucket);
    (buckets[bucket] ??= []).push({
      url: storyPath(article.section, article.slug),
      headline: article.headline,
      dek: article.dek,
      section: text.section,
      published: article.published,
      excerpt: text.body.slice(0, excerptLength),
    });
  });

  const written: string[] = [];
  const split: string[] = [];
  const write = (key: string, docs: ShardDocument[]) => {
    const index = new MiniSearch<ShardDocument>(shardOptions);
    index.addAll(docs);
    out.set(dataPaths.searchShard(key), index.toJSON());
    written.push(key);
  };
  for (const [key, docs] of shards) {
    // Common beginnings ("co", "th") would make one shard far larger than the rest: such a
    // shard is split again by three letters, keeping only its two-letter words itself.
    const postings = docs.reduce(
      (n, d) => n + searchFields.reduce((m, f) => m + d[f].length, 0),
      0,
    );
    if (postings <= splitAbove) {
      write(key, docs);
      continue;
    }
    split.push(key);
    const longer = new Map<string, ShardDocument[]>();
    for (const doc of docs) {
      const byKey = new Map<string, ShardDocument>();
      for (const field of searchFields) {
        for (const term of doc[field].split(' ')) {
          const sub = term.length > key.length ? term.slice(0, key.length + 1) : key;
          let part = byKey.get(sub);
          if (!part) {
            part = { id: doc.id, headline: '', dek: '', body: '', section: '', byline: '' };
            byKey.set(sub, part);
          }
          part[field] = part[field] ? `${part[field]} ${term}` : term;
        }
      }
      for (const [sub, part] of byKey) longer.set(sub, [...(longer.get(sub) ?? []), part]);
    }
    for (const [sub, subDocs] of longer) write(sub, subDocs);
  }
  buckets.forEach((docs, i) => out.set(dataPaths.searchDocs(i), docs));
  const manifest: SearchManifest = { shards: written.sort(), split: split.sort(), docsPerBucket };
  out.set(dataPaths.searchManifest(), manifest);
}
