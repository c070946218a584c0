import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emailMalformed } from '../../../src/lib/email';
import { signupErrorMessages } from '../../../src/lib/newsletterSignup';
import { renderRoute } from './renderRoute';

// The newsletter's own pages, where the sign-up service sends readers (server/app.ts).

const token = 'A'.repeat(43);

const pageForm = () => {
  const main = screen.getByRole('main');
  return {
    main,
    field: within(main).getByRole('textbox', { name: 'Email address' }),
  };
};

describe('the sign-up page', () => {
  it('is a blank sign-up form in the page, headed and titled', async () => {
    await renderRoute('/newsletter');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Sign up for the newsletter',
    );
    const { main, field } = pageForm();
    expect(field).toHaveValue('');
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(within(main).getByRole('region', { name: 'Your weekly review by email' })).toBeVisible();
    expect(document.title).toBe('Sign up for the newsletter | Broadsheet');
  });

  it('shows a refused address by its field, kept, with "Error:" in the title', async () => {
    await renderRoute(
      '/newsletter?error=malformed&email=reader%40example&placement=footer&story=a-story',
    );
    await screen.findByRole('heading', { level: 1, name: 'Sign up for the newsletter' });
    const { main, field } = pageForm();
    expect(field).toHaveValue('reader@example');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(emailMalformed);
    const form = field.closest('form');
    const data = form ? new FormData(form) : new FormData();
    // Where the first attempt came from is kept for the retry.
    expect(data.get('placement')).toBe('footer');
    expect(data.get('story')).toBe('a-story');
    expect(within(main).getByRole('alert')).toBeEmptyDOMElement();
    expect(document.title).toBe('Error: Sign up for the newsletter | Broadsheet');
  });

  it('says other refusals in the alert', async () => {
    await renderRoute('/newsletter?error=rate-limited&email=reader%40example.com');
    await screen.findByRole('heading', { level: 1, name: 'Sign up for the newsletter' });
    const { main, field } = pageForm();
    expect(within(main).getByRole('alert')).toHaveTextContent(signupErrorMessages['rate-limited']);
    expect(field).toHaveValue('reader@example.com');
    expect(field).not.toHaveAttribute('aria-invalid');
  });

  it('ignores an error it does not know (no text from the URL is ever shown as a message)', async () => {
    await renderRoute('/newsletter?error=You%20have%20won&email=x');
    await screen.findByRole('heading', { level: 1, name: 'Sign up for the newsletter' });
    const { main, field } = pageForm();
    expect(field).toHaveValue('');
    expect(within(main).queryByText(/won/)).not.toBeInTheDocument();
    expect(document.title).toBe('Sign up for the newsletter | Broadsheet');
  });
});

describe('the unsubscribe page', () => {
  it('asks before it unsubscribes: one button posting the token', async () => {
    await renderRoute(`/newsletter/unsubscribe?token=${token}`);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Unsubscribe from the weekly review?',
    );
    const button = within(screen.getByRole('main')).getByRole('button', { name: 'Unsubscribe' });
    const form = button.closest('form');
    expect(form).toHaveAttribute('action', '/api/newsletter/unsubscribe');
    expect(form).toHaveAttribute('method', 'post');
    expect(form ? new FormData(form).get('token') : null).toBe(token);
  });

  it('without a usable token, says so and offers no button', async () => {
    await renderRoute('/newsletter/unsubscribe?token=short');
    await screen.findByRole('heading', { level: 1, name: 'Unsubscribe from the weekly review?' });
    expect(screen.getByText(/This link is missing its unsubscribe code/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Unsubscribe' })).not.toBeInTheDocument();
  });

  it('ends on a page that says it is done and offers a way back', async () => {
    await renderRoute('/newsletter/unsubscribed');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'You are unsubscribed',
    );
    expect(screen.getByRole('link', { name: 'Sign up again' })).toHaveAttribute(
      'href',
      '/newsletter',
    );
  });
});

describe('the thank-you page', () => {
  it('thanks the reader and links on', async () => {
    await renderRoute('/newsletter/thanks');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Thank you for signing up',
    );
    expect(screen.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/');
  });
});
