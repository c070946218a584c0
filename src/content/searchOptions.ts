import type { Options } from 'minisearch';
import type { SearchDocument } from './payloads';

// Shared by the build (which indexes) and the browser (which loads the index): they must agree.
export const searchOptions: Options<SearchDocument> = {
  fields: ['headline', 'dek', 'body', 'section', 'byline'],
  // The body is stored for result snippets.
  storeFields: ['url', 'headline', 'dek', 'section', 'published', 'body'],
  searchOptions: { boost: { headline: 3, dek: 2 }, prefix: true, fuzzy: 0.2 },
};
