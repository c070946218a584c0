import type { Newsletter } from '../../content/schema';
import { validateEmail } from '../../lib/email';
import { isAddressProblem } from '../../lib/newsletterSignup';
import { failureMessages, submitNewsletter } from './submitNewsletter';

/** Where a submit leaves the form. */
export type Outcome =
  { kind: 'invalid'; message: string } | { kind: 'failed'; message: string } | { kind: 'done' };

/** The form's fields as the browser would post them. */
function formFields(form: HTMLFormElement): URLSearchParams {
  const fields = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string') fields.append(name, value);
  }
  return fields;
}

/**
 * What a submit does once the form's code is there (NewsletterForm loads this module when the
 * reader reaches the form, so no page's first visit carries it): checks the address, and if it
 * passes, calls `sending` and posts the form's fields with the address normalised.
 */
export async function sendSignup(
  settings: Pick<Newsletter, 'action' | 'field' | 'timeoutMs'>,
  form: HTMLFormElement,
  typed: string,
  sending: () => void,
): Promise<Outcome> {
  const check = validateEmail(typed);
  if (!check.ok) return { kind: 'invalid', message: check.message };
  const fields = formFields(form);
  fields.set(settings.field, check.email);
  sending();
  const result = await submitNewsletter(settings, fields);
  if (result.ok) return { kind: 'done' };
  if (result.reason !== 'refused')
    return { kind: 'failed', message: failureMessages[result.reason] };
  // The service's own words; a problem with the address goes by the field.
  const kind = isAddressProblem(result.error) ? 'invalid' : 'failed';
  return { kind, message: result.message };
}
