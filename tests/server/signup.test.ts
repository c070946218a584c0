// @vitest-environment node
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseVersionError, openStore } from '../../server/store';
import { emailMalformed, emailMissing, emailTooLong } from '../../src/lib/email';
import { signupErrorMessages } from '../../src/lib/newsletterSignup';
import { readRows, siteOrigin, startService, tempDir } from './harness';
import type { InProcessService } from './harness';

const run = promisify(execFile);

let service: InProcessService;

beforeEach(async () => {
  service = await startService();
});

afterEach(async () => {
  await service.close();
});

interface Send {
  body?: URLSearchParams | string | FormData;
  origin?: string | null;
  accept?: string;
  headers?: Record<string, string>;
}

/** A POST as a browser page would send it: from the site's origin, asking for JSON. */
function post(pathname: string, { body, origin = siteOrigin, accept, headers = {} }: Send) {
  return fetch(new URL(pathname, service.url), {
    method: 'POST',
    body: body ?? null,
    redirect: 'manual',
    headers: {
      ...(accept === undefined ? { accept: 'application/json' } : accept ? { accept } : {}),
      ...(origin ? { origin } : {}),
      ...headers,
    },
  });
}

const signUp = (fields: Record<string, string>, send: Omit<Send, 'body'> = {}) =>
  post('/api/newsletter', { body: new URLSearchParams(fields), ...send });

/** What a form post without JavaScript sends for Accept. */
const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

const rows = () => readRows(service.database);

describe('a sign-up', () => {
  it('is stored once, normalised, with its time, placement and story', async () => {
    const before = new Date().toISOString();
    const response = await signUp({
      email: '  Reader.Name@Mail.Example.COM ',
      placement: 'footer',
      story: 'danny-bent-one-run-for-boston',
      website: '',
    });
    const after = new Date().toISOString();

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    const stored = rows();
    expect(stored).toHaveLength(1);
    const [row] = stored;
    expect(row?.email).toBe('Reader.Name@mail.example.com');
    expect(row?.placement).toBe('footer');
    expect(row?.story).toBe('danny-bent-one-run-for-boston');
    expect(row && row.signed_up_at >= before && row.signed_up_at <= after).toBe(true);
    expect(row?.unsubscribe_token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('takes a JSON body too', async () => {
    const response = await post('/api/newsletter', {
      body: JSON.stringify({ email: 'json@example.com', placement: 'subscribe' }),
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(200);
    expect(rows().map((r) => [r.email, r.placement])).toEqual([['json@example.com', 'subscribe']]);
  });

  it('without JavaScript, ends on the thank-you page (303)', async () => {
    const response = await signUp({ email: 'plain@example.com' }, { accept: browserAccept });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/newsletter/thanks');
    expect(rows().map((r) => r.email)).toEqual(['plain@example.com']);
  });

  it('keeps an unknown placement or a malformed story out of the row, not the reader out', async () => {
    const response = await signUp({
      email: 'odd@example.com',
      placement: 'sidebar<script>',
      story: '../../etc/passwd',
    });
    expect(response.status).toBe(200);
    expect(rows().map((r) => [r.placement, r.story])).toEqual([[null, null]]);
  });

  it('twice is not an error and keeps one row, with its first details and token', async () => {
    expect((await signUp({ email: 'twice@example.com', placement: 'footer' })).status).toBe(200);
    const [first] = rows();
    const again = await signUp({ email: ' twice@EXAMPLE.com', placement: 'subscribe' });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ok: true });
    expect(rows()).toEqual([first]);
  });
});

describe('a refused sign-up', () => {
  it.each([
    ['', 'missing', emailMissing],
    ['reader@example', 'malformed', emailMalformed],
    ['reader @example.com', 'malformed', emailMalformed],
    [`${'a'.repeat(250)}@example.com`, 'too-long', emailTooLong],
  ])(
    '%j: 400 %s with the message the form shows; nothing stored',
    async (email, error, message) => {
      const response = await signUp({ email });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ ok: false, error, message });
      expect(rows()).toEqual([]);
    },
  );

  it('without JavaScript, goes back to the form with the reason and the address kept', async () => {
    const response = await signUp(
      { email: 'reader@example', placement: 'footer', story: 'a-story' },
      { accept: browserAccept },
    );
    expect(response.status).toBe(303);
    const location = response.headers.get('location') ?? '';
    expect(location).toBe(
      '/newsletter?error=malformed&email=reader%40example&placement=footer&story=a-story',
    );

    // The page it leads to, rendered by the service into the built site's shell.
    const page = await fetch(new URL(location, service.url));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('<title>Error: Sign up for the newsletter | Broadsheet</title>');
    expect(html).toMatch(
      /<input id="newsletter-page-email"[^>]*aria-invalid="true"[^>]*value="reader@example"/,
    );
    expect(html).toContain(
      `<p id="newsletter-page-email-error" class="newsletter-error">${emailMalformed}</p>`,
    );
    expect(html).toContain('<input type="hidden" name="placement" value="footer"/>');
    // The shell and its scripts as built, and hydration data that matches the HTML.
    expect(html).toContain('<footer class="site-footer">');
    expect(html).toMatch(/<script data-app="\/assets\/[^"]+\.js"/);
    const data = /<script type="application\/json" id="router-data">([^<]*)<\/script>/.exec(html);
    expect(data?.[1]).toContain('"refused":{"error":"malformed","email":"reader@example"');
    expect(rows()).toEqual([]);
  });

  it('a filled-in honeypot is refused (400 automated) and stores nothing', async () => {
    const response = await signUp({ email: 'bot@example.com', website: 'http://spam.example' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: 'automated',
      message: signupErrorMessages.automated,
    });
    const plain = await signUp(
      { email: 'bot@example.com', website: 'x' },
      { accept: browserAccept },
    );
    expect(plain.headers.get('location')).toMatch(/^\/newsletter\?error=automated&/);
    expect(rows()).toEqual([]);
  });

  it('an oversized body is refused (413) unread', async () => {
    const response = await signUp({ email: 'big@example.com', story: 'x'.repeat(5000) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: 'too-large' });
    expect(rows()).toEqual([]);
  });

  it.each([
    ['another site', 'https://evil.example'],
    ['an opaque origin', 'null'],
    ['the site over http', 'http://broadsheet.example'],
  ])('from %s is refused (403)', async (_name, origin) => {
    const response = await signUp({ email: 'csrf@example.com' }, { origin });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      error: 'wrong-origin',
      message: signupErrorMessages['wrong-origin'],
    });
    expect(rows()).toEqual([]);
  });

  it('with no Origin needs a Referer from the site', async () => {
    const none = await signUp({ email: 'no-origin@example.com' }, { origin: null });
    expect(none.status).toBe(403);
    const referred = await signUp(
      { email: 'no-origin@example.com' },
      { origin: null, headers: { referer: `${siteOrigin}/world` } },
    );
    expect(referred.status).toBe(200);
    expect(rows()).toHaveLength(1);
  });

  it.each([
    ['text/plain', 'text/plain', 'email=reader@example.com'],
    ['XML', 'application/xml', '<email>reader@example.com</email>'],
  ])('sent as %s is refused (415)', async (_name, type, body) => {
    const response = await post('/api/newsletter', { body, headers: { 'content-type': type } });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: 'unsupported-type' });
    expect(rows()).toEqual([]);
  });

  it('sent as multipart form data, or with no type at all, is refused (415)', async () => {
    const form = new FormData();
    form.set('email', 'reader@example.com');
    expect((await post('/api/newsletter', { body: form })).status).toBe(415);
    expect((await post('/api/newsletter', {})).status).toBe(415);
    expect(rows()).toEqual([]);
  });

  it('unreadable JSON, or a field that is not text, is a 400', async () => {
    const json = { 'content-type': 'application/json' };
    const broken = await post('/api/newsletter', { body: '{"email": "a@b.co"', headers: json });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ error: 'bad-request' });
    const list = await post('/api/newsletter', {
      body: JSON.stringify({ email: ['a@example.com', 'b@example.com'] }),
      headers: json,
    });
    expect(list.status).toBe(400);
    expect(rows()).toEqual([]);
  });
});

describe('rate limits', () => {
  it('one address may try 5 times in 15 minutes; the 6th is a 429 with Retry-After', async () => {
    for (let i = 0; i < 5; i += 1) {
      // The domain's case does not make it another address.
      const email = i % 2 ? 'often@EXAMPLE.com' : 'often@example.com';
      expect((await signUp({ email })).status).toBe(200);
    }
    const refused = await signUp({ email: 'often@example.com' });
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({
      error: 'rate-limited',
      message: signupErrorMessages['rate-limited'],
    });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another reader is not held up.
    expect((await signUp({ email: 'someone-else@example.com' })).status).toBe(200);
    expect(rows()).toHaveLength(2);
  });

  it('one client may send a set number of requests a minute (SIGNUP_LIMIT_PER_CLIENT)', async () => {
    await service.close();
    service = await startService({ SIGNUP_LIMIT_PER_CLIENT: '3' });
    for (let i = 0; i < 3; i += 1) {
      expect((await signUp({ email: `client-${String(i)}@example.com` })).status).toBe(200);
    }
    const refused = await signUp({ email: 'client-3@example.com' });
    expect(refused.status).toBe(429);
    expect(rows()).toHaveLength(3);
  });
});

describe('unsubscribing', () => {
  async function subscribed(email: string): Promise<string> {
    expect((await signUp({ email })).status).toBe(200);
    const token = rows().find((r) => r.email === email)?.unsubscribe_token;
    if (!token) throw new Error(`${email} was not stored`);
    return token;
  }

  it('GET shows a confirmation form and removes nothing (a mail scanner unsubscribes no one)', async () => {
    const token = await subscribed('leaving@example.com');
    const response = await fetch(new URL(`/newsletter/unsubscribe?token=${token}`, service.url));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Unsubscribe from the weekly review?');
    expect(html).toContain(
      `<form class="newsletter-form" action="/api/newsletter/unsubscribe" method="post"><input type="hidden" name="token" value="${token}"/><button type="submit" class="button">Unsubscribe</button></form>`,
    );
    expect(rows()).toHaveLength(1);

    const incomplete = await fetch(new URL('/newsletter/unsubscribe?token=nonsense', service.url));
    const text = await incomplete.text();
    expect(text).toContain('This link is missing its unsubscribe code.');
    expect(text).not.toContain('name="token"');
  });

  it('POST from the page removes the row and ends on a page; the link used again says the same', async () => {
    const token = await subscribed('leaving@example.com');
    await subscribed('staying@example.com');
    const unsubscribe = () =>
      post('/api/newsletter/unsubscribe', {
        body: new URLSearchParams({ token }),
        accept: browserAccept,
      });

    const response = await unsubscribe();
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/newsletter/unsubscribed');
    expect(rows().map((r) => r.email)).toEqual(['staying@example.com']);

    const again = await unsubscribe();
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe('/newsletter/unsubscribed');
    expect(rows().map((r) => r.email)).toEqual(['staying@example.com']);
  });

  it('a one-click request from a mail client (RFC 8058) works without a page', async () => {
    const first = await subscribed('one-click@example.com');
    const second = await subscribed('one-click-multipart@example.com');
    const urlencoded = await post(`/api/newsletter/unsubscribe?token=${first}`, {
      origin: null,
      accept: '',
      body: new URLSearchParams({ 'List-Unsubscribe': 'One-Click' }),
    });
    expect(urlencoded.status).toBe(200);
    const form = new FormData();
    form.set('List-Unsubscribe', 'One-Click');
    const multipart = await post(`/api/newsletter/unsubscribe?token=${second}`, {
      origin: null,
      accept: '',
      body: form,
    });
    expect(multipart.status).toBe(200);
    expect(rows()).toEqual([]);
  });

  it('refuses a malformed token (400) and a post from another site (403)', async () => {
    const token = await subscribed('kept@example.com');
    const malformed = await post('/api/newsletter/unsubscribe', {
      body: new URLSearchParams({ token: 'short' }),
    });
    expect(malformed.status).toBe(400);
    const foreign = await post('/api/newsletter/unsubscribe', {
      body: new URLSearchParams({ token }),
      origin: 'https://evil.example',
    });
    expect(foreign.status).toBe(403);
    expect(rows()).toHaveLength(1);
  });
});

describe('npm run subscribers:export', () => {
  it('writes every subscriber as CSV, with working unsubscribe links', async () => {
    await signUp({ email: 'first@example.com', placement: 'footer', story: 'a-story' });
    // Quotes and commas are legal in an address's local part: the CSV must quote them.
    await signUp({ email: 'o"neil,jr@example.com', placement: 'subscribe' });
    const out = path.join(path.dirname(service.database), 'export.csv');

    const { stdout } = await run('npx', ['tsx', 'server/export.ts', out], {
      env: { ...process.env, SIGNUP_DATABASE: service.database },
    });
    expect(stdout).toContain('Wrote 2 subscribers to');

    const csv = await readFile(out, 'utf8');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      '"email","signed_up_at","placement","story","unsubscribe_url","one_click_unsubscribe_url"',
    );
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    const [first, second] = rows();
    expect(lines[1]).toBe(
      [
        'first@example.com',
        first?.signed_up_at,
        'footer',
        'a-story',
        `${siteOrigin}/newsletter/unsubscribe?token=${first?.unsubscribe_token ?? ''}`,
        `${siteOrigin}/api/newsletter/unsubscribe?token=${first?.unsubscribe_token ?? ''}`,
      ]
        .map((v) => `"${String(v)}"`)
        .join(','),
    );
    expect(lines[2]).toMatch(/^"o""neil,jr@example\.com","[^"]+","subscribe","",/);
    expect(second?.email).toBe('o"neil,jr@example.com');

    // The link in the export is the real thing.
    const link = new URL(
      /"(https:[^"]+\/newsletter\/unsubscribe\?token=[^"]+)"/.exec(lines[1] ?? '')?.[1] ?? '',
    );
    const token = link.searchParams.get('token') ?? '';
    const done = await post('/api/newsletter/unsubscribe', {
      body: new URLSearchParams({ token }),
    });
    expect(done.status).toBe(200);
    expect(rows().map((r) => r.email)).toEqual(['o"neil,jr@example.com']);
  });
});

describe('the service', () => {
  it('never logs an address: only a hash stands for it', async () => {
    const email = 'private.reader@example.com';
    await signUp({ email, placement: 'footer' });
    await signUp({ email });
    await signUp({ email: 'private.reader@example' }, { accept: browserAccept });
    await signUp({ email, website: 'bot' });
    await post('/api/newsletter', {
      body: `{"email": "${email}", oops`,
      headers: { 'content-type': 'application/json' },
    });
    await fetch(
      new URL(`/newsletter?error=malformed&email=${encodeURIComponent(email)}`, service.url),
    );

    const log = service.logs.join('');
    expect(log).toContain('"signup":"new"');
    expect(log).toContain('"signup":"existing"');
    expect(log).toContain('"refused":"automated"');
    expect(log).toContain('"refused":"bad-request"');
    expect(log).not.toContain('private.reader');
    expect(log).not.toContain('private%2Ereader');
    expect(log).not.toContain('oops');
    // The same address, the same hash: a newsroom can follow one address through the log.
    const hashes = [...log.matchAll(/"email":"([0-9a-f]{16})"/g)].map((m) => m[1]);
    expect(hashes).toHaveLength(2);
    expect(new Set(hashes).size).toBe(1);
  });

  it('answers its health check', async () => {
    const response = await fetch(new URL('/api/newsletter/health', service.url));
    expect(await response.json()).toEqual({ ok: true });
  });

  it('keeps its data in WAL mode at schema version 1, and reopens it as it was', async () => {
    await signUp({ email: 'kept@example.com' });
    const db = new Database(service.database, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('user_version', { simple: true })).toBe(1);
    } finally {
      db.close();
    }
    const again = openStore(service.database);
    try {
      expect([...again.list()].map((s) => s.email)).toEqual(['kept@example.com']);
    } finally {
      again.close();
    }
  });

  it('refuses a database from a newer version of itself', () => {
    const { dir, remove } = tempDir();
    try {
      const file = path.join(dir, 'newer.db');
      const db = new Database(file);
      db.pragma('user_version = 99');
      db.close();
      expect(() => openStore(file)).toThrow(DatabaseVersionError);
      expect(() => openStore(file)).toThrow(
        /schema version 99, newer than this service knows \(1\)/,
      );
    } finally {
      remove();
    }
  });
});
