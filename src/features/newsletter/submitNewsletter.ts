import type { Newsletter } from '../../content/schema';

export type FailureReason = 'server' | 'network' | 'timeout';
export type SubmitResult = { ok: true } | { ok: false; reason: FailureReason };

const retry = 'Your email is still here; please try again.';

/** What the reader is told, in their words rather than the network's. */
export const failureMessages: Record<FailureReason, string> = {
  server: `We couldn't sign you up: the server answered with an error. ${retry}`,
  network: `We couldn't sign you up: we could not reach the server. ${retry}`,
  timeout: `We couldn't sign you up: the server took too long to answer. ${retry}`,
};

/**
 * Posts one address the way the no-JavaScript form would (urlencoded), asking for JSON. Never
 * rejects: every outcome is a result. A plain setTimeout drives the timeout so tests (and
 * Playwright's clock) can fast-forward it.
 */
export async function submitNewsletter(
  settings: Pick<Newsletter, 'action' | 'field' | 'timeoutMs'>,
  email: string,
): Promise<SubmitResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort();
  }, settings.timeoutMs);
  try {
    const response = await fetch(settings.action, {
      method: 'POST',
      body: new URLSearchParams({ [settings.field]: email }),
      headers: { Accept: 'application/json' },
      signal: controller.signal,
    });
    return response.ok ? { ok: true } : { ok: false, reason: 'server' };
  } catch {
    // fetch rejects when our timer aborts it, or when the request never got an answer.
    return { ok: false, reason: controller.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}
