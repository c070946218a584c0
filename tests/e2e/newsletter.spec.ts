import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Mode, Received } from './newsletterEndpoint';
import { ports } from './ports';

/**
 * Lets a second request that should not exist have time to reach the endpoint. (Playwright's
 * `networkidle` never came behind nginx in CI, though every request had finished.)
 */
const settle = (page: Page) => page.waitForTimeout(750);

// The sign-up form in the footer of every page, posting (through vite preview's /api proxy) to
// the recording endpoint in newsletterEndpoint.ts. The endpoint's state is shared, so these run
// one after another, each from a clean slate.

const endpoint = `http://127.0.0.1:${String(ports.signup)}`;
const heading = 'The weekly review in your inbox';
const success = 'Thank you. Please check your inbox to confirm your sign-up.';
const timeoutMs = 8000; // site.json › newsletter.timeoutMs
const address = 'reader@example.com';

test.describe.configure({ mode: 'serial' });

test.beforeEach(async ({ request }) => {
  expect((await request.post(`${endpoint}/__reset`)).ok()).toBe(true);
});

async function setMode(request: APIRequestContext, mode: Mode) {
  expect((await request.post(`${endpoint}/__mode`, { data: { mode } })).ok()).toBe(true);
}

async function received(request: APIRequestContext): Promise<string[]> {
  const response = await request.get(`${endpoint}/__received`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as Received[]).map((record) => record.email);
}

/** The footer's form, once hydrated (before that, a submit is the no-JavaScript POST). */
async function footerForm(page: Page, url = '/') {
  await page.goto(url);
  const box = page.getByRole('contentinfo').getByRole('region', { name: heading });
  await expect(box.locator('form')).toHaveAttribute('novalidate', '');
  return {
    box,
    field: box.getByRole('textbox', { name: 'Email address' }),
    button: box.getByRole('button', { name: /^Sign(ing)? up/ }),
  };
}

test('a valid sign-up arrives exactly once and is confirmed in place', async ({
  page,
  request,
}) => {
  const { box, field, button } = await footerForm(page);

  await field.fill(address);
  await button.click();

  const status = box.getByRole('status');
  await expect(status).toHaveText(success);
  await expect(status).toBeFocused();
  await expect(field).toHaveCount(0);
  await expect(page).toHaveURL('/');
  // Nothing else still on its way that could arrive twice.
  await settle(page);
  expect(await received(request)).toEqual([address]);
});

test('an invalid address never leaves the page, and the error is announced', async ({
  page,
  request,
}) => {
  const { box, field, button } = await footerForm(page);

  await button.click();
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription('Enter your email address.');

  await field.fill('reader@example');
  await field.press('Enter');
  await expect(field).toHaveAccessibleDescription('Enter an email address like name@example.com.');
  await expect(box.getByText('Enter an email address like name@example.com.')).toBeVisible();
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('reader@example');
  await expect(page).toHaveURL('/');

  await settle(page);
  expect(await received(request)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form is a plain POST, and the browser checks the address first', async ({
    page,
    request,
  }) => {
    await page.goto('/');
    const box = page.getByRole('contentinfo').getByRole('region', { name: heading });
    const field = box.getByRole('textbox', { name: 'Email address' });

    // The browser's own validation: a malformed address is not sent.
    await field.fill('reader');
    await box.getByRole('button', { name: 'Sign up' }).click();
    await expect(page).toHaveURL('/');
    expect(await received(request)).toEqual([]);

    await field.fill(address);
    await box.getByRole('button', { name: 'Sign up' }).click();
    await expect(page).toHaveURL('/api/newsletter');
    await expect(page.getByRole('heading', { name: 'Signed up' })).toBeVisible();
    expect(await received(request)).toEqual([address]);
  });
});

test.describe('when the server fails', () => {
  // Chromium logs the 500 the test asks for as "Failed to load resource".
  test.use({ expectedConsole: [/status of 500/] });

  test('a 500 keeps the address and says so; a retry then succeeds once', async ({
    page,
    request,
  }) => {
    const { box, field, button } = await footerForm(page);
    await setMode(request, 'fail');

    await field.fill(address);
    await button.click();

    await expect(box.getByRole('alert')).toHaveText(
      "We couldn't sign you up: the server answered with an error. Your email is still here; please try again.",
    );
    await expect(field).toHaveValue(address);
    await expect(button).toBeEnabled();
    await expect(box.getByRole('status')).toHaveCount(0);
    expect(await received(request)).toEqual([address]);

    await setMode(request, 'ok');
    await button.click();

    await expect(box.getByRole('status')).toHaveText(success);
    await expect(box.getByRole('status')).toBeFocused();
    await settle(page);
    // The failed attempt, then exactly one retry.
    expect(await received(request)).toEqual([address, address]);
  });
});

test('keyboard only: Tab to the field, type, Enter; the confirmation gets focus', async ({
  page,
  request,
}) => {
  const { box, field } = await footerForm(page);

  for (let i = 0; i < 200; i += 1) {
    await page.keyboard.press('Tab');
    if (await field.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(field).toBeFocused();
  await page.keyboard.type(address);
  await page.keyboard.press('Enter');

  await expect(box.getByRole('status')).toBeFocused();
  await expect(box.getByRole('status')).toHaveText(success);
  expect(await received(request)).toEqual([address]);
});

test('a server that takes too long: the reader is told, keeps the address, and can retry', async ({
  page,
  request,
}) => {
  // The form's timeout is a plain setTimeout: the page's clock can skip the wait.
  await page.clock.install();
  const { box, field, button } = await footerForm(page);
  await setMode(request, 'slow');

  await field.fill(address);
  await button.click();
  await expect(button).toBeDisabled();
  await expect(button).toHaveText('Signing up…');
  await expect.poll(() => received(request)).toEqual([address]);

  await page.clock.fastForward(timeoutMs);

  await expect(box.getByRole('alert')).toHaveText(
    "We couldn't sign you up: the server took too long to answer. Your email is still here; please try again.",
  );
  await expect(field).toHaveValue(address);
  await expect(button).toBeEnabled();

  await setMode(request, 'ok');
  await button.click();
  await expect(box.getByRole('status')).toHaveText(success);
  expect(await received(request)).toEqual([address, address]);
});
