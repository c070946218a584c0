import { useEffect } from 'react';
import { useLoaderData } from 'react-router-dom';
import { PageMeta } from '../../components/PageMeta';
import { SearchForm } from '../../features/search/SearchForm';
import { SearchResults } from '../../features/search/SearchResults';
import { site } from '../../content/site';
import { formatCount } from '../../lib/formatCount';
import { formatDate } from '../../lib/formatDate';
import { whenIdle } from '../../lib/lazyFeature';
import { searchPath } from '../../lib/urls';
import type { searchLoader } from '../loaders';

interface LayoutProps {
  query: string;
  page?: number;
  children?: React.ReactNode;
}

function SearchLayout({ query, page = 1, children }: LayoutProps) {
  const title = query ? `Search: ${query}${page > 1 ? `, page ${String(page)}` : ''}` : 'Search';
  return (
    <>
      <PageMeta
        title={title}
        description="Search Broadsheet's stories."
        path={query ? undefined : searchPath}
      />
      <h1 tabIndex={-1} className="page-title">
        Search
      </h1>
      <SearchForm
        id="search-page-query"
        defaultQuery={query}
        label="Search for"
        name="Search again"
        key={query}
      />
      {children}
    </>
  );
}

function SearchHint() {
  // A reader on the search page is about to search: once the page is idle, get ready for it.
  useEffect(() => {
    void whenIdle()
      .then(() => import('../../content/api'))
      .then(({ prepareSearch }) => prepareSearch())
      // Results show a count and dates. Their formatters take a phone some 60 ms to make the
      // first time: made now, while the reader types, not after the first query.
      .then(() => {
        formatCount(0, site.language);
        formatDate(new Date(0).toISOString(), site.language, site.timeZone);
      });
  }, []);
  return (
    <>
      <p className="page-intro">Type a word or two from a headline, a name or a place.</p>
      <noscript>
        <p>Search needs JavaScript. Browse the sections above to find stories without it.</p>
      </noscript>
    </>
  );
}

export function SearchPage() {
  const { query, page, results } = useLoaderData<typeof searchLoader>();
  return (
    <SearchLayout query={query} page={page}>
      {results ? <SearchResults query={query} outcome={results} /> : <SearchHint />}
    </SearchLayout>
  );
}

/** What the prerendered page shows, and what the browser shows while the index loads. */
export function SearchPageFallback() {
  return (
    <SearchLayout query="">
      <SearchHint />
    </SearchLayout>
  );
}
