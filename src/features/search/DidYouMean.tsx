import { Fragment } from 'react';
import { Link } from 'react-router-dom';
import { searchHref } from '../../lib/urls';

/** "Did you mean …?": the query with close spellings of its unknown words, as searches. */
export function DidYouMean({ suggestions }: { suggestions: readonly string[] }) {
  if (suggestions.length === 0) return null;
  return (
    <p className="did-you-mean">
      Did you mean{' '}
      {suggestions.map((suggestion, i) => (
        <Fragment key={suggestion}>
          {i > 0 && (i === suggestions.length - 1 ? ' or ' : ', ')}
          <Link to={searchHref(suggestion)}>{suggestion}</Link>
        </Fragment>
      ))}
      ?
    </p>
  );
}
