export const emailMissing = 'Enter your email address.';
export const emailMalformed = 'Enter an email address like name@example.com.';

// Pragmatic, not RFC 5322: something@something.tld with no spaces and no empty labels. The
// mail server has the last word; this only catches typing mistakes before they are sent.
const emailPattern = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

export type EmailCheck = { ok: true; email: string } | { ok: false; message: string };

/** Checks what the reader typed; on success `email` is the trimmed address to send. */
export function validateEmail(value: string): EmailCheck {
  const email = value.trim();
  if (email === '') return { ok: false, message: emailMissing };
  if (!emailPattern.test(email)) return { ok: false, message: emailMalformed };
  return { ok: true, email };
}
