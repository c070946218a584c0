import type { AsPlainObject, default as MiniSearch } from 'minisearch';
import {
  dataPaths,
  type OffersPage,
  type SearchDocument,
  type SectionList,
  type StoryList,
  type StoryPage,
} from './payloads';
import { searchOptions } from './searchOptions';

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
export const loadHome = () => load<StoryList>(dataPaths.home());
export const loadSection = (id: string) => load<SectionList>(dataPaths.section(id));
export const loadOffers = () => load<OffersPage>(dataPaths.offers());

export type SearchHit = Pick<
  SearchDocument,
  'url' | 'headline' | 'dek' | 'section' | 'published' | 'body'
> & {
  id: string;
  /** The words of the index that matched, for highlighting. */
  terms: string[];
};

let index: Promise<MiniSearch<SearchDocument>> | undefined;

/** The search library and its index load only when a reader searches. */
export async function searchStories(query: string): Promise<SearchHit[]> {
  // The index is kept by `index` itself, not in the payload cache.
  index ??= Promise.all([
    import('minisearch'),
    source(dataPaths.search()) as Promise<AsPlainObject>,
  ]).then(([{ default: Search }, json]) => Search.loadJS(json, searchOptions));
  const search = await index.catch((error: unknown) => {
    index = undefined;
    throw error;
  });
  return search.search(query).map((r) => ({
    id: String(r.id),
    url: String(r.url),
    headline: String(r.headline),
    dek: String(r.dek),
    section: String(r.section),
    published: String(r.published),
    body: String(r.body),
    terms: r.terms,
  }));
}
