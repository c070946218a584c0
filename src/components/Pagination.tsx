import { Link } from 'react-router-dom';

interface Props {
  page: number;
  pageCount: number;
  href: (page: number) => string;
}

/** Newer and older pages of a list; nothing when the list fits on one page. */
export function Pagination({ page, pageCount, href }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label="More stories">
      {page > 1 && (
        <Link to={href(page - 1)} rel="prev">
          Newer stories
        </Link>
      )}
      <span>{`Page ${String(page)} of ${String(pageCount)}`}</span>
      {page < pageCount && (
        <Link to={href(page + 1)} rel="next">
          Older stories
        </Link>
      )}
    </nav>
  );
}
