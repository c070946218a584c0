import { useLoaderData } from 'react-router-dom';
import type { LoaderFunctionArgs } from 'react-router-dom';
import { PageMeta } from '../../components/PageMeta';
import { site } from '../../content/site';
import { NewsletterForm } from '../../features/newsletter/NewsletterForm';
import {
  isAddressProblem,
  isNewsletterPlacement,
  isSignupError,
  signupErrorMessages,
} from '../../lib/newsletterSignup';
import { newsletterPath, parseSlug } from '../../lib/urls';

/**
 * A refused sign-up to show (`?error=&email=&placement=&story=`): the sign-up service sends a
 * refused no-JavaScript sign-up here, and renders that page itself (server/pages.ts), so its
 * HTML and hydration data already hold the refusal. (With the page, as few readers need it.)
 */
export const newsletterLoader = ({ request }: LoaderFunctionArgs) => {
  const query = new URL(request.url).searchParams;
  const error = query.get('error');
  const placement = query.get('placement');
  return {
    refused: isSignupError(error)
      ? {
          error,
          // What the reader typed, kept so they can correct it; never longer than a field holds.
          email: (query.get('email') ?? '').slice(0, 320),
          placement: isNewsletterPlacement(placement) ? placement : undefined,
          story: parseSlug(query.get('story')),
        }
      : undefined,
  };
};

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
