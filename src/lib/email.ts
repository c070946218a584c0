// One check of an email address, shared by the sign-up form (in the browser) and the sign-up
// service (server/), so the two can never disagree about what a valid address is.

export const emailMissing = 'Enter your email address.';
export const emailMalformed = 'Enter an email address like name@example.com.';
export const emailTooLong =
  'That address is too long: an email address has at most 254 characters.';

/** RFC 5321's limit on a whole address. */
const maxEmailLength = 254;

// Pragmatic, not RFC 5322: something@something.tld with no spaces and no empty labels. The
// mail server has the last word; this only catches typing mistakes before they are sent.
const emailPattern = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

export type EmailProblem = 'missing' | 'malformed' | 'too-long';
export type EmailCheck =
  { ok: true; email: string } | { ok: false; problem: EmailProblem; message: string };

/**
 * Checks what the reader typed. On success `email` is the address normalised: trimmed, the
 * domain lower-cased (domains are case-blind), the local part kept exactly as written (a mail
 * server may treat `Reader` and `reader` as different people).
 */
export function validateEmail(value: string): EmailCheck {
  const email = value.trim();
  if (email === '') return { ok: false, problem: 'missing', message: emailMissing };
  if (email.length > maxEmailLength)
    return { ok: false, problem: 'too-long', message: emailTooLong };
  if (!emailPattern.test(email))
    return { ok: false, problem: 'malformed', message: emailMalformed };
  const at = email.lastIndexOf('@');
  return { ok: true, email: `${email.slice(0, at)}@${email.slice(at + 1).toLowerCase()}` };
}
