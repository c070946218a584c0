import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router-dom';
import { PageMeta } from '../../components/PageMeta';
import { NotFoundPage } from './NotFoundPage';

/** A missing page says so; a page whose data failed to load offers a retry, never a blank. */
export function PageError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <>
      <PageMeta
        title="This page could not be loaded"
        description="This page could not be loaded."
      />
      <h1 tabIndex={-1} className="page-title">
        This page could not be loaded
      </h1>
      <p className="page-intro">
        The connection may have dropped. Check that you are online, then try again.
      </p>
      <button type="button" className="button" onClick={() => void revalidator.revalidate()}>
        {revalidator.state === 'loading' ? 'Trying again…' : 'Try again'}
      </button>
    </>
  );
}
