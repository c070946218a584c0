import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { site } from '../../../src/content/site';
import { NewsletterForm } from '../../../src/features/newsletter/NewsletterForm';
import { failureMessages } from '../../../src/features/newsletter/submitNewsletter';
import { emailMalformed, emailMissing, emailTooLong, validateEmail } from '../../../src/lib/email';
import { signupErrorMessages } from '../../../src/lib/newsletterSignup';

// The real settings from site.json, as the footer and the subscribe page will pass them.
const settings = site.newsletter;
const address = 'reader@example.com';
const story = 'a-story-being-read';

/** What the form posts for an address: its fields in page order, the honeypot left empty. */
const posted = (email: string) =>
  new URLSearchParams({ email, placement: 'footer', story, website: '' }).toString();

const fetchMock = vi.fn<typeof fetch>();

// The form loads its checking and sending code when the reader reaches the field; here it is
// there from the start, so each test sees the form's answer as soon as it is drawn.
beforeAll(async () => {
  await import('../../../src/features/newsletter/sendSignup');
});

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A promise the test settles when it chooses: the request "in flight". */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

const answer = (status: number, body: unknown = { ok: status < 300 }) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

/** The sign-up service refusing, as it answers: a 4xx with its error code and message. */
const refusedWith = (status: number, error: keyof typeof signupErrorMessages) =>
  answer(status, { ok: false, error, message: signupErrorMessages[error] });

function renderForm(user = userEvent.setup()) {
  const view = render(
    <NewsletterForm settings={settings} id="test-newsletter" placement="footer" story={story} />,
  );
  const region = screen.getByRole('region', { name: settings.heading });
  return {
    ...view,
    user,
    region,
    field: () => within(region).getByRole('textbox', { name: 'Email address' }),
    button: () => within(region).getByRole('button', { name: /^Sign(ing)? up/ }),
  };
}

/** `element` rendered as the server renders it, put in the page: what arrives before any script. */
function serverHtml(element: ReactElement): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = renderToString(element);
  document.body.append(container);
  return container;
}

/** Hydrates server HTML, which must go without a mismatch or any error; `check` sees the result. */
async function hydrate(container: HTMLElement, element: ReactElement, check: () => void) {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const recoverable = vi.fn();
  const root = await act(() =>
    hydrateRoot(container, element, { onRecoverableError: recoverable }),
  );
  try {
    expect(errors).not.toHaveBeenCalled();
    expect(recoverable).not.toHaveBeenCalled();
    check();
  } finally {
    errors.mockRestore();
    act(() => root.unmount());
    container.remove();
  }
}

/** What was posted: the form's fields, urlencoded as a no-JavaScript form would send them. */
function sentBody(init: RequestInit | undefined): string {
  const body = init?.body;
  if (!(body instanceof URLSearchParams)) throw new Error('expected a URLSearchParams body');
  return body.toString();
}

/** The one call made to fetch, as [url, init]. */
function onlyCall() {
  expect(fetchMock).toHaveBeenCalledTimes(1);
  const [url, init] = fetchMock.mock.calls[0] ?? [];
  return { url, init };
}

describe('validateEmail', () => {
  it.each([
    ['', emailMissing],
    ['   ', emailMissing],
    ['reader', emailMalformed],
    ['reader@', emailMalformed],
    ['reader@example', emailMalformed],
    ['@example.com', emailMalformed],
    ['read er@example.com', emailMalformed],
    ['reader@example..com', emailMalformed],
    ['reader@@example.com', emailMalformed],
    [`${'a'.repeat(243)}@example.com`, emailTooLong],
  ])('rejects %j', (value, message) => {
    expect(validateEmail(value)).toMatchObject({ ok: false, message });
  });

  it.each([address, 'first.last+news@mail.example.co.uk', '  reader@example.com  '])(
    'accepts %j, trimmed',
    (value) => {
      expect(validateEmail(value)).toEqual({ ok: true, email: value.trim() });
    },
  );

  it('lower-cases the domain and keeps the local part as written', () => {
    expect(validateEmail(' Reader.Name@Mail.Example.COM ')).toEqual({
      ok: true,
      email: 'Reader.Name@mail.example.com',
    });
  });

  it('names each problem with a code the service shares', () => {
    expect(validateEmail('')).toMatchObject({ problem: 'missing' });
    expect(validateEmail('reader@')).toMatchObject({ problem: 'malformed' });
    expect(validateEmail(`${'a'.repeat(250)}@example.com`)).toMatchObject({ problem: 'too-long' });
  });
});

describe('NewsletterForm', () => {
  it('is a labelled section with a real form that works without JavaScript', () => {
    const { region, field, button } = renderForm();

    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent(settings.heading);
    expect(within(region).getByText(settings.description)).toBeInTheDocument();
    const input = field();
    expect(input).toHaveAttribute('type', 'email');
    expect(input).toHaveAttribute('name', settings.field);
    expect(input).toHaveAttribute('autocomplete', 'email');
    expect(input).toBeRequired();
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(button()).toHaveAccessibleName('Sign up');
    expect(button()).toHaveAttribute('type', 'submit');
    const form = input.closest('form');
    expect(form).toHaveAttribute('action', settings.action);
    expect(form).toHaveAttribute('method', settings.method);
    // Rendered on the client, so already "hydrated": the form's own messages take over.
    expect(form).toHaveAttribute('novalidate');
  });

  it('hydrates the server HTML without a mismatch, then turns off native validation', async () => {
    const element = (
      <NewsletterForm settings={settings} id="footer-newsletter" placement="footer" />
    );
    const container = serverHtml(element);
    // The server HTML leaves validation to the browser: it must work with JavaScript off.
    expect(container.innerHTML).not.toMatch(/novalidate/i);

    await hydrate(container, element, () => {
      expect(container.querySelector('form')).toHaveAttribute('novalidate');
    });
  });

  it('gives each copy its own ids, so two on one page do not collide', () => {
    render(
      <>
        <NewsletterForm settings={settings} id="footer-newsletter" placement="footer" />
        <NewsletterForm settings={settings} id="subscribe-newsletter" placement="subscribe" />
      </>,
    );
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const field of screen.getAllByRole('textbox', { name: 'Email address' })) {
      expect(field).toHaveAccessibleName('Email address');
    }
    expect(screen.getAllByRole('region', { name: settings.heading })).toHaveLength(2);
  });

  it('an empty submit shows the error by the field, focuses it and sends nothing', async () => {
    const { user, field, button } = renderForm();

    await user.click(button());

    const input = field();
    const error = await screen.findByText(emailMissing);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAttribute('aria-describedby', error.id);
    expect(input).toHaveAccessibleDescription(emailMissing);
    // Right after the field, so it is read and seen next to it.
    expect(input.nextElementSibling).toBe(error);
    expect(input).toHaveFocus();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('a malformed address shows the format error and sends nothing', async () => {
    const { user, field } = renderForm();

    await user.type(field(), 'reader@example{Enter}');

    expect(field()).toHaveAccessibleDescription(emailMalformed);
    expect(field()).toHaveAttribute('aria-invalid', 'true');
    expect(field()).toHaveFocus();
    expect(field()).toHaveValue('reader@example');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('moves focus back to the field on every invalid submit', async () => {
    const { user, field, button } = renderForm();

    await user.click(button());
    expect(field()).toHaveFocus();
    await user.click(button());
    expect(field()).toHaveFocus();
    expect(screen.getAllByText(emailMissing)).toHaveLength(1);
  });

  it('sends a valid address once, blocks a second submit while sending, then confirms', async () => {
    const pending = deferred<Response>();
    fetchMock.mockReturnValueOnce(pending.promise);
    const { user, field, button, region } = renderForm();

    await user.click(button());
    expect(screen.getByText(emailMissing)).toBeInTheDocument();
    await user.type(field(), `  ${address} `);
    await user.click(button());

    const { url, init } = onlyCall();
    expect(url).toBe(settings.action);
    expect(init?.method).toBe('POST');
    expect(sentBody(init)).toBe(posted(address));
    expect(init?.headers).toEqual({ Accept: 'application/json' });
    expect(init?.signal).toBeInstanceOf(AbortSignal);
    // The earlier error goes as soon as the address passes.
    expect(screen.queryByText(emailMissing)).not.toBeInTheDocument();
    expect(field()).not.toHaveAttribute('aria-invalid');

    expect(button()).toBeDisabled();
    expect(button()).toHaveTextContent('Signing up…');
    await user.click(button());
    await user.type(field(), '{Enter}');
    const form = field().closest('form');
    if (form) fireEvent.submit(form);
    expect(fetchMock).toHaveBeenCalledTimes(1);

    await act(async () => {
      pending.resolve(answer(200));
      await pending.promise;
    });

    const status = await within(region).findByRole('status');
    expect(status).toHaveTextContent(settings.success);
    expect(status).toHaveFocus();
    expect(within(region).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(region).queryByRole('button')).not.toBeInTheDocument();
    // The section keeps its name: the confirmation is still "the weekly review" box.
    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent(settings.heading);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('on a 500 says so, keeps the address, and a retry succeeds', async () => {
    fetchMock.mockResolvedValueOnce(answer(500)).mockResolvedValueOnce(answer(200));
    const { user, field, button, region } = renderForm();

    await user.type(field(), address);
    await user.click(button());

    const alert = await within(region).findByText(failureMessages.server);
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveTextContent(/the server answered with an error/);
    expect(field()).toHaveValue(address);
    expect(button()).toBeEnabled();
    expect(button()).toHaveTextContent('Sign up');
    expect(within(region).queryByRole('status')).not.toBeInTheDocument();

    await user.click(button());

    expect(await within(region).findByRole('status')).toHaveTextContent(settings.success);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    const bodies = fetchMock.mock.calls.map(([, init]) => sentBody(init));
    expect(bodies).toEqual([posted(address), posted(address)]);
  });

  it('clears the failure message while a retry is sending', async () => {
    const retry = deferred<Response>();
    fetchMock.mockResolvedValueOnce(answer(503)).mockReturnValueOnce(retry.promise);
    const { user, field, button } = renderForm();

    await user.type(field(), `${address}{Enter}`);
    expect(await screen.findByRole('alert')).toHaveTextContent(failureMessages.server);

    await user.click(button());
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    await act(async () => {
      retry.resolve(answer(200));
      await retry.promise;
    });
    expect(await screen.findByRole('status')).toHaveFocus();
  });

  it('when the server cannot be reached, says so and keeps the address', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const { user, field } = renderForm();

    await user.type(field(), `${address}{Enter}`);

    const alert = await screen.findByText(failureMessages.network);
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveTextContent(/could not reach the server/);
    expect(field()).toHaveValue(address);
  });

  it('gives up after timeoutMs, says the server took too long, and clears its timer', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
    // Like the real fetch: never answers, but rejects when its signal is aborted.
    fetchMock.mockImplementation(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => {
            reject(new DOMException('The operation was aborted.', 'AbortError'));
          });
        }),
    );
    const { user, field, button } = renderForm(
      userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) }),
    );

    await user.type(field(), `${address}{Enter}`);
    expect(onlyCall().init?.signal?.aborted).toBe(false);
    // The sending state renders once the form's code has come (a busy machine makes it late).
    await waitFor(() => expect(button()).toBeDisabled());

    // Halfway (time also passes for real, which a busy machine makes long): still waiting.
    await act(async () => {
      await vi.advanceTimersByTimeAsync(settings.timeoutMs / 2);
    });
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    expect(button()).toBeDisabled();

    await act(async () => {
      await vi.advanceTimersByTimeAsync(settings.timeoutMs / 2);
    });
    expect(onlyCall().init?.signal?.aborted).toBe(true);
    expect(screen.getByRole('alert')).toHaveTextContent(failureMessages.timeout);
    expect(screen.getByRole('alert')).toHaveTextContent(/the server took too long/);
    expect(field()).toHaveValue(address);
    expect(button()).toBeEnabled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('clears its timer once the answer arrives', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
    fetchMock.mockResolvedValueOnce(answer(200));
    const { user, field } = renderForm(
      userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) }),
    );

    await user.type(field(), `${address}{Enter}`);

    expect(await screen.findByRole('status')).toHaveTextContent(settings.success);
    expect(vi.getTimerCount()).toBe(0);
  });
  it('carries where it stands and the story, and hides its honeypot from every reader', () => {
    const { region, field } = renderForm();
    const form = field().closest('form');
    const data = form ? new FormData(form) : new FormData();
    expect(data.get('placement')).toBe('footer');
    expect(data.get('story')).toBe(story);
    expect(data.get('website')).toBe('');

    // Not in the accessibility tree, not reachable with Tab: only a program fills it in.
    expect(within(region).getAllByRole('textbox')).toEqual([field()]);
    const trap = form?.querySelector('input[name="website"]');
    expect(trap).toHaveAttribute('tabindex', '-1');
    expect(trap).toHaveAttribute('autocomplete', 'off');
    expect(trap?.closest('[aria-hidden="true"]')).toHaveClass('newsletter-trap');
  });

  it('a refusal about the address is shown by the field, which gets focus', async () => {
    fetchMock.mockResolvedValueOnce(refusedWith(400, 'too-long'));
    const { user, field, region } = renderForm();

    await user.type(field(), `${address}{Enter}`);

    await vi.waitFor(() => expect(field()).toHaveAccessibleDescription(emailTooLong));
    expect(field()).toHaveAttribute('aria-invalid', 'true');
    expect(field()).toHaveFocus();
    expect(field()).toHaveValue(address);
    expect(within(region).getByRole('alert')).toBeEmptyDOMElement();
  });

  it.each([
    [429, 'rate-limited'],
    [403, 'wrong-origin'],
    [400, 'automated'],
  ] as const)('a %i (%s) says why in the alert and keeps the address', async (status, error) => {
    fetchMock.mockResolvedValueOnce(refusedWith(status, error));
    const { user, field, button, region } = renderForm();

    await user.type(field(), `${address}{Enter}`);

    expect(await within(region).findByText(signupErrorMessages[error])).toHaveAttribute(
      'role',
      'alert',
    );
    expect(field()).toHaveValue(address);
    expect(field()).not.toHaveAttribute('aria-invalid');
    expect(button()).toBeEnabled();
  });

  it("a 4xx without the service's reason is a plain server error", async () => {
    fetchMock.mockResolvedValueOnce(new Response('<h1>Bad gateway</h1>', { status: 404 }));
    const { user, field, region } = renderForm();

    await user.type(field(), `${address}{Enter}`);

    expect(await within(region).findByRole('alert')).toHaveTextContent(failureMessages.server);
  });

  it('shows a refused sign-up on arrival, address kept, without taking focus', async () => {
    const element = (
      <NewsletterForm
        settings={settings}
        id="newsletter-page"
        placement="newsletter"
        refused={{ email: 'reader@example', message: emailMalformed, aboutAddress: true }}
      />
    );
    const container = serverHtml(element);
    const field = within(container).getByRole('textbox', { name: 'Email address' });
    // The server HTML already says it all: this is what a reader without JavaScript sees.
    expect(field).toHaveValue('reader@example');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(emailMalformed);

    await hydrate(container, element, () => {
      expect(field).toHaveAccessibleDescription(emailMalformed);
      expect(field).not.toHaveFocus();
    });
  });
});
