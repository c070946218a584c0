// What the newsletter's pages (src/app) and the sign-up service (server/) agree on: where a form
// stands, the errors the service answers with and the reader's words for each, the tokens in
// unsubscribe links. The form's own field names are in signupFields.ts, apart, so that a first
// visit's JavaScript carries only those.
import { emailMalformed, emailMissing, emailTooLong } from './email';
import type { EmailProblem } from './email';

/** Where a newsletter form stands, stored with each sign-up for the newsroom. */
const newsletterPlacements = ['footer', 'subscribe', 'newsletter'] as const;
export type NewsletterPlacement = (typeof newsletterPlacements)[number];

export function isNewsletterPlacement(value: unknown): value is NewsletterPlacement {
  return newsletterPlacements.some((p) => p === value);
}

/** Why the service refuses a sign-up. */
const signupErrors = [
  'missing',
  'malformed',
  'too-long',
  'automated',
  'rate-limited',
  'wrong-origin',
  'too-large',
  'unsupported-type',
  'bad-request',
] as const;
export type SignupError = (typeof signupErrors)[number];

/** The reader's words for each: sent with each refusal (the form shows what it is sent), and
 * shown by the sign-up page. */
export const signupErrorMessages: Record<SignupError, string> = {
  missing: emailMissing,
  malformed: emailMalformed,
  'too-long': emailTooLong,
  automated:
    'This sign-up was refused because a field meant only for automated programs was filled in. Please try again.',
  'rate-limited':
    'There have been too many sign-up attempts for this address or from this connection. Please wait a few minutes and try again.',
  'wrong-origin':
    'This sign-up was sent from a page outside our site, so it was refused. Please sign up on our own pages.',
  'too-large': 'That sign-up was too large to accept. Please send just your email address.',
  'unsupported-type': 'That request was not a sign-up form, so it was refused.',
  'bad-request': 'That request could not be read. Please try again.',
};

export function isSignupError(value: unknown): value is SignupError {
  return signupErrors.some((error) => error === value);
}

/** Problems with the address belong next to the field; the rest go in the form's alert. */
export function isAddressProblem(error: SignupError): error is EmailProblem {
  return error === 'missing' || error === 'malformed' || error === 'too-long';
}

/** The service's JSON answer to a sign-up or an unsubscribe. */
export type SignupAnswer = { ok: true } | { ok: false; error: SignupError; message: string };

/** Where the sign-up service takes sign-ups: site.json › newsletter.action, unless the newsroom
 * points the form at a mailing provider instead. */
export const signupApiPath = '/api/newsletter';

/** Where the unsubscribe confirmation form posts, with the token in the field named `token`. */
export const unsubscribeAction = `${signupApiPath}/unsubscribe`;

// 32 random bytes in base64url: unguessable, and safe in a URL as it is.
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/** An unsubscribe token from a URL or a form, or undefined when it could not be one. */
export function parseToken(value: string | null | undefined): string | undefined {
  return value && tokenPattern.test(value) ? value : undefined;
}
