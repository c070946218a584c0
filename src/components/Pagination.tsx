import { Link } from 'react-router-dom';

interface Props {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  /** The navigation landmark's name, and the words of its two links. */
  label?: string;
  previous?: string;
  next?: string;
}

/** Newer and older pages of a list; nothing when the list fits on one page. */
export function Pagination({
  page,
  pageCount,
  href,
  label = 'More stories',
  previous = 'Newer stories',
  next = 'Older stories',
}: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 && (
        <Link to={href(page - 1)} rel="prev">
          {previous}
        </Link>
      )}
      <span>{`Page ${String(page)} of ${String(pageCount)}`}</span>
      {page < pageCount && (
        <Link to={href(page + 1)} rel="next">
          {next}
        </Link>
      )}
    </nav>
  );
}
