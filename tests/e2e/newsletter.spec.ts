import type { Page, Request } from '@playwright/test';
import { expect, sampleStory, test } from './fixtures';
import { subscribersWith, uniqueAddress } from './signupService';

// The sign-up form in the footer of every page and on /newsletter, posting (through vite
// preview's or nginx's /api proxy) to the real sign-up service that `npm start` runs, which
// stores into its own SQLite database; the tests read that database. Every test uses addresses
// of its own, so the tests run side by side.

const heading = 'The weekly review in your inbox';
const success = 'Thank you: you are signed up for the weekly review.';
const timeoutMs = 8000; // site.json › newsletter.timeoutMs
const sampleSlug = sampleStory.split('/').at(-1) ?? '';
const signupPath = '/api/newsletter';

const isSignup = (request: Request) =>
  request.method() === 'POST' && new URL(request.url()).pathname === signupPath;

/**
 * Every sign-up the page sends, counted as the browser sends it. A second request caused by one
 * submit (a double handler, a native post besides the fetch) starts in the same event as the
 * first, so by the time the first one's answer is on screen it has been counted: no waiting
 * for something not to happen.
 */
function countSignups(page: Page): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (isSignup(request)) count += 1;
  });
  return () => count;
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

test('a valid sign-up is stored once, with where it came from, and confirmed in place', async ({
  page,
}, testInfo) => {
  const address = uniqueAddress(testInfo, 'reader');
  const sent = countSignups(page);
  const { box, field, button } = await footerForm(page, sampleStory);

  await field.fill(address);
  const answer = page.waitForResponse((response) => isSignup(response.request()));
  await button.click();
  expect((await answer).status()).toBe(200);

  const status = box.getByRole('status');
  await expect(status).toHaveText(success);
  await expect(status).toBeFocused();
  await expect(field).toHaveCount(0);
  await expect(page).toHaveURL(sampleStory);
  expect(sent()).toBe(1);
  // Stored before the service answered: the row is there the moment the reader is told.
  expect(subscribersWith(address)).toEqual([
    expect.objectContaining({ email: address, placement: 'footer', story: sampleSlug }),
  ]);
});

test('an invalid address never leaves the page, and the error is announced', async ({ page }) => {
  const sent = countSignups(page);
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
  // The error is drawn by the same submit handler that would have sent the request.
  expect(sent()).toBe(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a sign-up is a plain POST that ends on the thank-you page, and the row is stored', async ({
    page,
  }, testInfo) => {
    const address = uniqueAddress(testInfo, 'no-js');
    await page.goto(sampleStory);
    const box = page.getByRole('contentinfo').getByRole('region', { name: heading });

    await box.getByRole('textbox', { name: 'Email address' }).fill(address);
    await box.getByRole('button', { name: 'Sign up' }).click();

    await expect(page).toHaveURL('/newsletter/thanks');
    await expect(page).toHaveTitle('Thank you for signing up | Broadsheet');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you for signing up');
    await expect(page.getByRole('main')).toContainText('The weekly review will come to your inbox');
    // A page of the site: its header and footer are there.
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    expect(subscribersWith(address)).toEqual([
      expect.objectContaining({ placement: 'footer', story: sampleSlug }),
    ]);
  });

  test('the browser checks first; a refused address comes back with the reason, kept for a retry', async ({
    page,
  }, testInfo) => {
    const address = uniqueAddress(testInfo, 'fixed');
    await page.goto(sampleStory);
    const footer = page.getByRole('contentinfo').getByRole('region', { name: heading });
    const footerField = footer.getByRole('textbox', { name: 'Email address' });

    // The browser's own validation: no @ at all is not sent.
    await footerField.fill('reader');
    await footer.getByRole('button', { name: 'Sign up' }).click();
    await expect(page).toHaveURL(sampleStory);

    // The browser lets "reader@example" through; the service refuses it and sends the reader
    // back to the sign-up form, in the site's shell, with the reason and what they typed.
    await footerField.fill('reader@example');
    await footer.getByRole('button', { name: 'Sign up' }).click();
    await expect(page).toHaveURL(/\/newsletter\?error=malformed&/);
    await expect(page).toHaveTitle('Error: Sign up for the newsletter | Broadsheet');
    const main = page.getByRole('main');
    const field = main.getByRole('textbox', { name: 'Email address' });
    await expect(field).toHaveValue('reader@example');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(
      'Enter an email address like name@example.com.',
    );
    await expect(page.getByRole('contentinfo')).toBeVisible();
    expect(subscribersWith('reader@example')).toEqual([]);

    // Corrected, it goes through; where it came from travels with it.
    await field.fill(address);
    await main.getByRole('button', { name: 'Sign up' }).click();
    await expect(page).toHaveURL('/newsletter/thanks');
    expect(subscribersWith(address)).toEqual([
      expect.objectContaining({ placement: 'footer', story: sampleSlug }),
    ]);
  });
});

test('with JavaScript, the refused sign-up page hydrates cleanly, and the retry happens in place', async ({
  page,
}, testInfo) => {
  const address = uniqueAddress(testInfo, 'retry');
  // Where a submit made before the page's JavaScript arrived lands. The console fixture fails
  // the test on any hydration mismatch.
  await page.goto('/newsletter?error=malformed&email=reader%40example&placement=footer');
  const main = page.getByRole('main');
  const form = main.locator('form');
  await expect(form).toHaveAttribute('novalidate', '');
  const field = main.getByRole('textbox', { name: 'Email address' });
  await expect(field).toHaveValue('reader@example');
  await expect(field).toHaveAccessibleDescription('Enter an email address like name@example.com.');

  await field.fill(address);
  await main.getByRole('button', { name: 'Sign up' }).click();
  await expect(main.getByRole('status')).toHaveText(success);
  await expect(page).toHaveURL(/\/newsletter\?/);
  expect(subscribersWith(address)).toEqual([expect.objectContaining({ placement: 'footer' })]);
});

test('the newsletter pages, whose code loads when needed, open at once on a client-side visit', async ({
  page,
}) => {
  await page.goto('/newsletter/unsubscribed');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are unsubscribed');
  const signUpAgain = page.getByRole('main').getByRole('link', { name: 'Sign up again' });
  // Hydrated once the page's own code has arrived: React has taken the link over.
  await expect
    .poll(() => signUpAgain.evaluate((a) => Object.keys(a).some((k) => k.startsWith('__react'))))
    .toBe(true);
  await page.evaluate(() => {
    (window as unknown as { stayed?: boolean }).stayed = true;
  });

  await signUpAgain.click();
  await expect(page).toHaveURL('/newsletter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign up for the newsletter');
  await expect(
    page.getByRole('main').getByRole('textbox', { name: 'Email address' }),
  ).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`unsubscribing ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test('the link in an email asks first; the button removes the address', async ({
      page,
      baseURL,
    }, testInfo) => {
      const address = uniqueAddress(testInfo, 'leaving');
      const signedUp = await page.request.post(signupPath, {
        form: { email: address, placement: 'footer' },
        headers: { accept: 'application/json', origin: baseURL ?? '' },
      });
      expect(signedUp.status()).toBe(200);
      const [row] = subscribersWith(address);
      expect(row).toBeDefined();

      await page.goto(`/newsletter/unsubscribe?token=${row?.unsubscribe_token ?? ''}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Unsubscribe from the weekly review?',
      );
      const unsubscribe = page.getByRole('main').getByRole('button', { name: 'Unsubscribe' });
      await expect(unsubscribe).toBeVisible();
      // Opening the link (as a mail scanner does) removed nothing.
      expect(subscribersWith(address)).toHaveLength(1);

      await unsubscribe.click();
      await expect(page).toHaveURL('/newsletter/unsubscribed');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are unsubscribed');
      expect(subscribersWith(address)).toEqual([]);
    });
  });
}

test.describe('refusals from the service', () => {
  // Chromium logs each 4xx the tests provoke as "Failed to load resource".
  test.use({ expectedConsole: [/status of (400|429)/] });

  test('too many attempts for one address: the form says so and keeps it', async ({
    page,
    baseURL,
  }, testInfo) => {
    const address = uniqueAddress(testInfo, 'often');
    // Five attempts are allowed in 15 minutes (another tab, a script: the service counts them).
    for (let i = 0; i < 5; i += 1) {
      const response = await page.request.post(signupPath, {
        form: { email: address },
        headers: { accept: 'application/json', origin: baseURL ?? '' },
      });
      expect(response.status()).toBe(200);
    }
    const { box, field, button } = await footerForm(page);

    await field.fill(address);
    await button.click();

    await expect(box.getByRole('alert')).toHaveText(
      'There have been too many sign-up attempts for this address or from this connection. Please wait a few minutes and try again.',
    );
    await expect(field).toHaveValue(address);
    await expect(button).toBeEnabled();
    expect(subscribersWith(address)).toHaveLength(1);
  });

  test('a filled-in honeypot: refused, said, and nothing stored', async ({ page }, testInfo) => {
    const address = uniqueAddress(testInfo, 'bot');
    const { box, field, button } = await footerForm(page);
    // What a form-filling program does; a reader can neither see nor reach this field.
    const trap = box.locator('input[name="website"]');
    await expect(trap).toBeHidden();
    await trap.evaluate((input: HTMLInputElement) => {
      input.value = 'https://spam.example';
    });

    await field.fill(address);
    await button.click();

    await expect(box.getByRole('alert')).toHaveText(
      'This sign-up was refused because a field meant only for automated programs was filled in. Please try again.',
    );
    expect(subscribersWith(address)).toEqual([]);
  });
});

test.describe('when the server fails', () => {
  // A real service does not fail on demand: the first answer is replaced with a 500 in the
  // browser; the retry goes to the real service. Chromium logs the 500 as "Failed to load".
  test.use({ expectedConsole: [/status of 500/] });

  test('a 500 keeps the address and says so; a retry then succeeds once', async ({
    page,
  }, testInfo) => {
    const address = uniqueAddress(testInfo, 'retry-500');
    const sent = countSignups(page);
    const { box, field, button } = await footerForm(page);
    await page.route(`**${signupPath}`, (route) =>
      route.fulfill({ status: 500, contentType: 'application/json', body: '{"ok":false}' }),
    );

    await field.fill(address);
    await button.click();

    await expect(box.getByRole('alert')).toHaveText(
      "We couldn't sign you up: the server answered with an error. Your email is still here; please try again.",
    );
    await expect(field).toHaveValue(address);
    await expect(button).toBeEnabled();
    await expect(box.getByRole('status')).toHaveCount(0);
    expect(subscribersWith(address)).toEqual([]);

    await page.unroute(`**${signupPath}`);
    await button.click();

    await expect(box.getByRole('status')).toHaveText(success);
    await expect(box.getByRole('status')).toBeFocused();
    // The failed attempt, then exactly one retry, stored once.
    expect(sent()).toBe(2);
    expect(subscribersWith(address)).toHaveLength(1);
  });
});

test('keyboard only: Tab to the field, type, Enter; the confirmation gets focus', async ({
  page,
}, testInfo) => {
  const address = uniqueAddress(testInfo, 'keyboard');
  const { box, field } = await footerForm(page);

  for (let i = 0; i < 200; i += 1) {
    await page.keyboard.press('Tab');
    if (await field.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(field).toBeFocused();
  await page.keyboard.type(address);
  // The next stop is the button: the hidden honeypot is not in the way.
  await page.keyboard.press('Tab');
  await expect(box.getByRole('button', { name: 'Sign up' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');

  await expect(box.getByRole('status')).toBeFocused();
  await expect(box.getByRole('status')).toHaveText(success);
  expect(subscribersWith(address)).toHaveLength(1);
});

test('a server that takes too long: the reader is told, keeps the address, and can retry', async ({
  page,
}, testInfo) => {
  const address = uniqueAddress(testInfo, 'slow');
  // The form's timeout is a plain setTimeout: the page's clock can skip the wait. The slow
  // answer is a request held in the browser; the retry goes to the real service.
  await page.clock.install();
  const { box, field, button } = await footerForm(page);
  let held = 0;
  await page.route(`**${signupPath}`, () => {
    held += 1;
    // Never answered: the page gives up on it.
  });

  await field.fill(address);
  await button.click();
  await expect(button).toBeDisabled();
  await expect(button).toHaveText('Signing up…');
  await expect.poll(() => held).toBe(1);

  await page.clock.fastForward(timeoutMs);

  await expect(box.getByRole('alert')).toHaveText(
    "We couldn't sign you up: the server took too long to answer. Your email is still here; please try again.",
  );
  await expect(field).toHaveValue(address);
  await expect(button).toBeEnabled();

  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await button.click();
  await expect(box.getByRole('status')).toHaveText(success);
  expect(subscribersWith(address)).toHaveLength(1);
});
