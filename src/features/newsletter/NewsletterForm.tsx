import { useEffect, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import type { Newsletter } from '../../content/schema';
import { useHydrated } from '../../lib/useHydrated';
import { failureMessages, submitNewsletter } from './submitNewsletter';
import type { FailureReason } from './submitNewsletter';
import { validateEmail } from './validateEmail';
import './newsletter.css';

interface Props {
  settings: Newsletter;
  /** Prefix for element ids: the form can appear twice on one page (footer and page body). */
  id: string;
  /** A heading of its own where the form appears twice, so the two regions have distinct names. */
  heading?: string;
}

type State =
  | { kind: 'idle' }
  | { kind: 'invalid'; message: string }
  | { kind: 'sending' }
  | { kind: 'failed'; reason: FailureReason }
  | { kind: 'done' };

/**
 * A real form that posts without JavaScript (with the browser's own validation). Once hydrated
 * it checks the address itself, posts in place and says what happened, keeping the address on
 * failure so the reader can simply try again.
 */
export function NewsletterForm({ settings, id, heading = settings.heading }: Props) {
  const hydrated = useHydrated();
  const [state, setState] = useState<State>({ kind: 'idle' });
  // State updates land a render later; the ref stops a second submit in the meantime.
  const sending = useRef(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  const headingId = `${id}-heading`;
  const inputId = `${id}-email`;
  const errorId = `${id}-email-error`;

  // Focus moves after the render, so the field already carries its error (or the confirmation
  // exists) when a screen reader reads it out. Each submit makes a new state object, so a
  // repeated mistake moves focus again.
  useEffect(() => {
    if (state.kind === 'invalid') {
      inputRef.current?.focus();
    } else if (state.kind === 'done') {
      statusRef.current?.focus();
    } else if (state.kind === 'failed') {
      // A clicked button that was disabled while sending may have dropped focus to the page:
      // give it back to the button, ready for a retry, but never take it from elsewhere.
      const active = document.activeElement;
      if (active === null || active === document.body) buttonRef.current?.focus();
    }
  }, [state]);

  async function send(email: string) {
    sending.current = true;
    setState({ kind: 'sending' });
    const result = await submitNewsletter(settings, email);
    sending.current = false;
    setState(result.ok ? { kind: 'done' } : { kind: 'failed', reason: result.reason });
  }

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending.current) return;
    const check = validateEmail(inputRef.current?.value ?? '');
    if (check.ok) void send(check.email);
    else setState({ kind: 'invalid', message: check.message });
  }

  const error = state.kind === 'invalid' ? state.message : undefined;
  const pending = state.kind === 'sending';

  return (
    <section className="newsletter" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <p className="newsletter-description">{settings.description}</p>
      {state.kind === 'done' ? (
        <p ref={statusRef} role="status" tabIndex={-1} className="newsletter-done">
          {settings.success}
        </p>
      ) : (
        // noValidate only once hydrated: until then the browser's own checks are all there is.
        <form
          className="newsletter-form"
          action={settings.action}
          method={settings.method}
          noValidate={hydrated}
          onSubmit={handleSubmit}
        >
          <label htmlFor={inputId}>Email address</label>
          <input
            ref={inputRef}
            id={inputId}
            type="email"
            name={settings.field}
            required
            autoComplete="email"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
          />
          {error ? (
            <p id={errorId} className="newsletter-error">
              {error}
            </p>
          ) : null}
          <button ref={buttonRef} type="submit" className="button" disabled={pending}>
            {pending ? 'Signing up…' : 'Sign up'}
          </button>
          {/* Always present (empty until needed): screen readers announce changes to a live
              region they already know more reliably than one that appears with its text. */}
          <p role="alert" className="newsletter-alert">
            {state.kind === 'failed' ? failureMessages[state.reason] : ''}
          </p>
        </form>
      )}
    </section>
  );
}
