import { Link } from 'react-router-dom';
import { DateTime } from '../../components/DateTime';
import type { SearchHit } from '../../content/api';

interface Props {
  query: string;
  hits: SearchHit[];
}

export function SearchResults({ query, hits }: Props) {
  const count = hits.length === 1 ? '1 story' : `${hits.length} stories`;
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className="results-summary">
        {hits.length === 0 ? `No stories match “${query}”.` : `${count} found for “${query}”`}
      </h2>
      {hits.length === 0 ? (
        <p>Check the spelling, try fewer or different words, or browse the sections above.</p>
      ) : (
        <ol className="search-results">
          {hits.map((hit) => (
            <li key={hit.id}>
              <h3>
                <Link to={hit.url}>{hit.headline}</Link>
              </h3>
              <p>{hit.dek}</p>
              <p className="story-card-date">
                {hit.section} · <DateTime iso={hit.published} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
