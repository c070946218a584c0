import { Link } from 'react-router-dom';
import { DateTime } from '../../components/DateTime';
import { Pagination } from '../../components/Pagination';
import type { SearchOutcome } from '../../content/api';
import { site } from '../../content/site';
import { formatCount } from '../../lib/formatCount';
import { searchHref } from '../../lib/urls';
import { DidYouMean } from './DidYouMean';
import { Highlighted } from './Highlighted';

interface Props {
  query: string;
  outcome: SearchOutcome;
}

const count = (n: number) => formatCount(n, site.language);

/** What the announced summary says: the stories shown, of how many, for which query. */
function summary(query: string, outcome: SearchOutcome): string {
  const { total, page, pageCount, pageSize, hits, empty } = outcome;
  if (empty) return `“${query}” has only words too common to search for.`;
  if (total === 0) return `No stories match “${query}”.`;
  if (hits.length === 0) {
    return `No page ${count(page)} for “${query}”: its ${count(total)} ${total === 1 ? 'story fits' : 'stories fit'} on ${count(pageCount)} ${pageCount === 1 ? 'page' : 'pages'}.`;
  }
  if (total === 1) return `1 story for “${query}”.`;
  const from = (page - 1) * pageSize + 1;
  return `${count(from)}–${count(from + hits.length - 1)} of ${count(total)} stories for “${query}”.`;
}

export function SearchResults({ query, outcome }: Props) {
  const { hits, page, pageCount, pageSize, suggestions, total } = outcome;
  return (
    <section aria-label="Search results">
      {/* A status region, so the summary is announced whenever the results change. */}
      <p className="results-summary" role="status">
        {summary(query, outcome)}
      </p>
      <DidYouMean suggestions={suggestions} />
      {total === 0 ? (
        <p>Check the spelling, try fewer or different words, or browse the sections above.</p>
      ) : hits.length === 0 ? (
        <p>
          <Link to={searchHref(query)}>Back to the first page of results</Link>
        </p>
      ) : (
        <ol className="search-results" start={(page - 1) * pageSize + 1}>
          {hits.map((hit) => (
            <li key={hit.id}>
              <h2>
                <Link to={hit.url}>
                  <Highlighted pieces={hit.headline} />
                </Link>
              </h2>
              <p className="story-card-date">
                {hit.section} · <DateTime iso={hit.published} />
              </p>
              <p>
                <Highlighted pieces={hit.snippet} />
              </p>
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={page}
        pageCount={hits.length === 0 ? 0 : pageCount}
        href={(n) => searchHref(query, n)}
        label="Pages of search results"
        previous="Previous page"
        next="Next page"
      />
    </section>
  );
}
