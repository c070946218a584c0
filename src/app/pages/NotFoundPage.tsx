import { Link } from 'react-router-dom';
import { PageMeta } from '../../components/PageMeta';
import { homePath } from '../../lib/urls';

export function NotFoundPage() {
  return (
    <>
      <PageMeta title="Page not found" description="There is no page at this address." />
      <h1 tabIndex={-1} className="page-title">
        Page not found
      </h1>
      <p className="page-intro">
        There is no page at this address. It may have moved, or the link may be mistyped.
      </p>
      <p>
        <Link to={homePath}>Go to the front page</Link>, or search for a story above.
      </p>
    </>
  );
}
