import { Link } from 'react-router-dom';
import { PageMeta } from '../../components/PageMeta';
import { homePath } from '../../lib/urls';

/** Shown by the service worker for a page the reader has not opened before, while offline. */
export function OfflinePage() {
  return (
    <>
      <PageMeta title="You are offline" description="This page is not saved for offline reading." />
      <h1 tabIndex={-1} className="page-title">
        You are offline
      </h1>
      <p className="page-intro">
        This page has not been saved on this device yet, so it cannot be shown without a connection.
        Stories you have already opened can still be read.
      </p>
      <p>
        <Link to={homePath}>Go to the front page</Link>, or try again when you are back online.
      </p>
    </>
  );
}
