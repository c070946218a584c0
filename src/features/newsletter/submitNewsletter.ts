import type { Newsletter } from '../../content/schema';
import { isSignupError } from '../../lib/newsletterSignup';
import type { SignupError } from '../../lib/newsletterSignup';

export type FailureReason = 'server' | 'network' | 'timeout';
export type SubmitResult =
  | { ok: true }
  | { ok: false; reason: FailureReason }
  /** The service refused the sign-up and said why: a 4xx with its error code and message. */
  | { ok: false; reason: 'refused'; error: SignupError; message: string };

const retry = 'Your email is still here; please try again.';

/** What the reader is told, in their words rather than the network's. */
export const failureMessages: Record<FailureReason, string> = {
  server: `We couldn't sign you up: the server answered with an error. ${retry}`,
  network: `We couldn't sign you up: we could not reach the server. ${retry}`,
  timeout: `We couldn't sign you up: the server took too long to answer. ${retry}`,
};

type Refusal = { error: SignupError; message: string };

/** The service's reason for refusing, when it answered 4xx with an error code and a message. */
async function refusal(response: Response): Promise<Refusal | undefined> {
  if (response.status < 400 || response.status >= 500) return undefined;
  try {
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null) return undefined;
    const { error, message } = body as Record<string, unknown>;
    return isSignupError(error) && typeof message === 'string' && message !== ''
      ? { error, message: message.slice(0, 400) }
      : undefined;
  } catch {
    // Not our service's JSON (a proxy's error page, say): a plain server error.
    return undefined;
  }
}

/**
 * Posts the form's fields the way the no-JavaScript form would (urlencoded), asking for JSON.
 * Never rejects: every outcome is a result. A plain setTimeout drives the timeout so tests (and
 * Playwright's clock) can fast-forward it.
 */
export async function submitNewsletter(
  settings: Pick<Newsletter, 'action' | 'timeoutMs'>,
  fields: URLSearchParams,
): Promise<SubmitResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort();
  }, settings.timeoutMs);
  try {
    const response = await fetch(settings.action, {
      method: 'POST',
      body: fields,
      headers: { Accept: 'application/json' },
      signal: controller.signal,
    });
    if (response.ok) return { ok: true };
    const refused = await refusal(response);
    return refused ? { ok: false, reason: 'refused', ...refused } : { ok: false, reason: 'server' };
  } catch {
    // fetch rejects when our timer aborts it, or when the request never got an answer.
    return { ok: false, reason: controller.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}
