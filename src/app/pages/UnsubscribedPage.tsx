import { Link } from 'react-router-dom';
import { PageMeta } from '../../components/PageMeta';
import { homePath, newsletterPath } from '../../lib/urls';

/** Where an unsubscribe ends: the sign-up service redirects here once the address is removed. */
export function UnsubscribedPage() {
  return (
    <>
      <PageMeta
        title="You are unsubscribed"
        description="The weekly review will not be sent to you again."
      />
      <h1 tabIndex={-1} className="page-title">
        You are unsubscribed
      </h1>
      <p className="page-intro">
        Your address has been removed from our list, and the weekly review will not be sent to it
        again.
      </p>
      <p>
        Changed your mind? <Link to={newsletterPath}>Sign up again</Link>, or{' '}
        <Link to={homePath}>go to the front page</Link>.
      </p>
    </>
  );
}
