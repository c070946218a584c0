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

const fetchSource: DataSource = async (path, signal) => {
  const response = await fetch(path, { signal });
  if (response.status === 404) throw new NotFoundError(path);
  if (!response.ok) throw new Error(`Could not load ${path}: HTTP ${response.status}`);
  return response.json();
};

let source: DataSource = fetchSource;

/** Lets the prerender serve payloads from memory instead of over HTTP. */
export function setDataSource(next: DataSource): void {
  source = next;
}

// The payloads were checked against the schema when the build wrote them.
const load = <T>(path: string, signal?: AbortSignal) => source(path, signal) as Promise<T>;

export const loadStory = (slug: string, signal?: AbortSignal) =>
  load<StoryPage>(dataPaths.story(slug), signal);
export const loadHome = (signal?: AbortSignal) => load<StoryList>(dataPaths.home(), signal);
export const loadSection = (id: string, signal?: AbortSignal) =>
  load<SectionList>(dataPaths.section(id), signal);
export const loadOffers = (signal?: AbortSignal) => load<OffersPage>(dataPaths.offers(), signal);

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
export async function searchStories(query: string, signal?: AbortSignal): Promise<SearchHit[]> {
  index ??= Promise.all([
    import('minisearch'),
    load<AsPlainObject>(dataPaths.search(), signal),
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
