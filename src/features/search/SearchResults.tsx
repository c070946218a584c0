import { Link } from 'react-router-dom';
import { DateTime } from '../../components/DateTime';
import type { SearchHit } from '../../content/search';
import { Highlighted } from './Highlighted';
import { snippet } from './highlight';

interface Props {
  query: string;
  hits: SearchHit[];
}

export function SearchResults({ query, hits }: Props) {
  const count = hits.length === 1 ? '1 story' : `${String(hits.length)} stories`;
  return (
    <section aria-label="Search results">
      {/* A status region, so the count is announced whenever the results change. */}
      <p className="results-summary" role="status">
        {hits.length === 0 ? `No stories match “${query}”.` : `${count} found for “${query}”.`}
      </p>
      {hits.length === 0 ? (
        <p>Check the spelling, try fewer or different words, or browse the sections above.</p>
      ) : (
        <ol className="search-results">
          {hits.map((hit) => (
            <li key={hit.id}>
              <h2>
                <Link to={hit.url}>
                  <Highlighted text={hit.headline} terms={hit.terms} />
                </Link>
              </h2>
              <p className="story-card-date">
                {hit.section} · <DateTime iso={hit.published} />
              </p>
              <p>
                <Highlighted
                  text={snippet(`${hit.dek} ${hit.excerpt}`, hit.terms)}
                  terms={hit.terms}
                />
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
