import { Link } from 'react-router-dom';
import { PageMeta } from '../../components/PageMeta';
import { site } from '../../content/site';
import { homePath } from '../../lib/urls';

/** Where a sign-up sent without JavaScript ends: the sign-up service redirects here. */
export function NewsletterThanksPage() {
  return (
    <>
      <PageMeta title="Thank you for signing up" description={site.newsletter.success} />
      <h1 tabIndex={-1} className="page-title">
        Thank you for signing up
      </h1>
      <p className="page-intro">
        The weekly review will come to your inbox once a week. Every issue has a link at its foot to
        unsubscribe, at any time.
      </p>
      <p>
        <Link to={homePath}>Go to the front page</Link> to keep reading.
      </p>
    </>
  );
}
