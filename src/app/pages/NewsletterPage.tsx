import { useLoaderData } from 'react-router-dom';
import { PageMeta } from '../../components/PageMeta';
import { site } from '../../content/site';
import { NewsletterForm } from '../../features/newsletter/NewsletterForm';
import { isAddressProblem, signupErrorMessages } from '../../lib/newsletterSignup';
import { newsletterPath } from '../../lib/urls';
import type { newsletterLoader } from '../loaders';

/**
 * The sign-up page. Without JavaScript a refused sign-up lands here, with the reason and the
 * address kept: the sign-up service renders that page (server/pages.ts).
 */
export function NewsletterPage() {
  const { refused } = useLoaderData<typeof newsletterLoader>();
  return (
    <>
      <PageMeta
        // "Error:" first, so a screen reader hears at once that the sign-up did not go through.
        title={refused ? 'Error: Sign up for the newsletter' : 'Sign up for the newsletter'}
        description={site.newsletter.description}
        path={refused ? undefined : newsletterPath}
      />
      <h1 tabIndex={-1} className="page-title">
        Sign up for the newsletter
      </h1>
      <p className="page-intro">
        {refused
          ? 'Your sign-up did not go through. The reason is below, with the address you typed.'
          : 'The weekly review: the stories our editors think you should not miss, once a week.'}
      </p>
      <NewsletterForm
        // A new form for a new refusal: the field's typed value is only its default.
        key={refused ? `${refused.error}:${refused.email}` : 'blank'}
        settings={site.newsletter}
        id="newsletter-page"
        heading="Your weekly review by email"
        placement={refused?.placement ?? 'newsletter'}
        story={refused?.story}
        refused={
          refused && {
            email: refused.email,
            message: signupErrorMessages[refused.error],
            aboutAddress: isAddressProblem(refused.error),
          }
        }
      />
    </>
  );
}
