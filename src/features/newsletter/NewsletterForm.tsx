import { useEffect, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import type { Newsletter } from '../../content/schema';
import { signupFields } from '../../lib/signupFields';
import type { NewsletterPlacement } from '../../lib/newsletterSignup';
import { useHydrated } from '../../lib/useHydrated';
import type { Outcome } from './sendSignup';
import './newsletter.css';

interface Props {
  settings: Newsletter;
  /** Prefix for element ids: the form can appear twice on one page (footer and page body). */
  id: string;
  /** A heading of its own where the form appears twice, so the two regions have distinct names. */
  heading?: string;
  /** Where the form stands, and the story being read: both are stored with the sign-up. */
  placement: NewsletterPlacement;
  story?: string | undefined;
  /**
   * A sign-up the service refused (sent without JavaScript), shown again: what was typed, why
   * it was refused, and whether that is about the address (shown by the field) or not.
   */
  refused?: { email: string; message: string; aboutAddress: boolean } | undefined;
}

type State = Outcome | { kind: 'idle' } | { kind: 'sending' };

// Checking and sending are only needed once the reader uses the form: that code arrives when
// they reach it (focus), or at the latest when they submit.
const loadSender = () => import('./sendSignup');

/**
 * A real form that posts without JavaScript (with the browser's own validation). Once hydrated
 * it checks the address itself, posts in place and says what happened, keeping the address on
 * failure so the reader can simply try again.
 */
export function NewsletterForm({
  settings,
  id,
  heading = settings.heading,
  placement,
  story,
  refused,
}: Props) {
  const hydrated = useHydrated();
  const [initial] = useState<State>(() =>
    refused
      ? { kind: refused.aboutAddress ? 'invalid' : 'failed', message: refused.message }
      : { kind: 'idle' },
  );
  const [state, setState] = useState<State>(initial);
  // State updates land a render later; the ref stops a second submit in the meantime.
  const sending = useRef(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  const headingId = `${id}-heading`;
  const inputId = `${id}-email`;
  const errorId = `${id}-email-error`;
  const trapId = `${id}-website`;

  // Focus moves after the render, so the field already carries its error (or the confirmation
  // exists) when a screen reader reads it out. Each submit makes a new state object, so a
  // repeated mistake moves focus again. A refusal shown on arrival leaves focus where it is.
  useEffect(() => {
    if (state === initial) return;
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
  }, [state, initial]);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending.current) return;
    sending.current = true;
    const form = event.currentTarget;
    const typed = inputRef.current?.value ?? '';
    void loadSender()
      .then(({ sendSignup }) =>
        sendSignup(settings, form, typed, () => {
          setState({ kind: 'sending' });
        }),
      )
      .then(
        (outcome) => {
          sending.current = false;
          setState(outcome);
        },
        () => {
          // The form's code could not be fetched: post the plain form, as without JavaScript.
          form.submit();
        },
      );
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
            defaultValue={refused?.email}
            onFocus={() => void loadSender()}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
          />
          {error ? (
            <p id={errorId} className="newsletter-error">
              {error}
            </p>
          ) : null}
          <input type="hidden" name={signupFields.placement} value={placement} />
          {story ? <input type="hidden" name={signupFields.story} value={story} /> : null}
          {/* The honeypot: never shown, never read out, never reached with Tab. A program that
              fills in every field it finds gets its sign-up refused. */}
          <div className="newsletter-trap" aria-hidden="true">
            <label htmlFor={trapId}>Leave this field empty</label>
            <input
              id={trapId}
              type="text"
              name={signupFields.trap}
              tabIndex={-1}
              autoComplete="off"
            />
          </div>
          <button ref={buttonRef} type="submit" className="button" disabled={pending}>
            {pending ? 'Signing up…' : 'Sign up'}
          </button>
          {/* Always present (empty until needed): screen readers announce changes to a live
              region they already know more reliably than one that appears with its text. */}
          <p role="alert" className="newsletter-alert">
            {state.kind === 'failed' ? state.message : ''}
          </p>
        </form>
      )}
    </section>
  );
}
