import { unsubscribeAction } from '../../lib/newsletterSignup';
import './newsletter.css';

/**
 * The one button that unsubscribes: a plain form post, with or without JavaScript. The link in
 * an email only shows this page, so a mail scanner that follows links unsubscribes nobody.
 */
export function UnsubscribeForm({ token }: { token: string }) {
  return (
    <form className="newsletter-form" action={unsubscribeAction} method="post">
      <input type="hidden" name="token" value={token} />
      <button type="submit" className="button">
        Unsubscribe
      </button>
    </form>
  );
}
