import { Link, useLoaderData } from 'react-router-dom';
import { PageMeta } from '../../components/PageMeta';
import { UnsubscribeForm } from '../../features/newsletter/UnsubscribeForm';
import { homePath } from '../../lib/urls';
import type { unsubscribeLoader } from '../loaders';

/**
 * Reached from the link in every newsletter email (`?token=`), and rendered by the sign-up
 * service so it works without JavaScript. It only asks: the button removes the address.
 */
export function UnsubscribePage() {
  const { token } = useLoaderData<typeof unsubscribeLoader>();
  return (
    <>
      <PageMeta
        title="Unsubscribe from the newsletter"
        description="Stop receiving the weekly review."
      />
      <h1 tabIndex={-1} className="page-title">
        Unsubscribe from the weekly review?
      </h1>
      {token ? (
        <>
          <p className="page-intro">
            Press the button to stop the weekly review coming to the address this link was sent to.
            Nothing changes until you do.
          </p>
          <UnsubscribeForm token={token} />
        </>
      ) : (
        <p className="page-intro">
          This link is missing its unsubscribe code. Use the “Unsubscribe” link at the foot of any
          newsletter email, or <Link to={homePath}>go to the front page</Link>.
        </p>
      )}
    </>
  );
}
