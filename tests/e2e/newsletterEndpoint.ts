// A real, recording stand-in for the newsletter endpoint, for the browser tests:
//   npx tsx tests/e2e/newsletterEndpoint.ts        (port from NEWSLETTER_PORT, default 4180)
// POST /api/newsletter  records { email, at } and answers as the mode says:
//                       ok → 200 {"ok":true}; fail → 500; slow → no answer for 60 s.
//                       A plain form post (no JavaScript, not asking for JSON) gets the same
//                       status as a small HTML page instead.
// GET  /__received      what was recorded, oldest first (JSON array)
// POST /__mode          {"mode":"ok"|"fail"|"slow"}
// POST /__reset         forget the records, back to mode ok, end any request held by slow
// Loopback only; stops on SIGTERM and SIGINT.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';

const modes = ['ok', 'fail', 'slow'] as const;
export type Mode = (typeof modes)[number];
export interface Received {
  email: string;
  at: string;
}

const port = Number(process.env.NEWSLETTER_PORT ?? 4180);
const host = '127.0.0.1';
const slowMs = 60_000;
// A sign-up is one short field; anything bigger is not a form this site sends.
const maxBody = 16 * 1024;

let mode: Mode = 'ok';
let received: Received[] = [];
// Requests held by the slow mode, so a reset or shutdown can end them.
const held = new Map<ServerResponse, NodeJS.Timeout>();

function isMode(value: unknown): value is Mode {
  return modes.some((m) => m === value);
}

function send(res: ServerResponse, status: number, body?: unknown) {
  if (res.writableEnded) return;
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

class TooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > maxBody) throw new TooLarge('request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function releaseHeld() {
  for (const [res, timer] of held) {
    clearTimeout(timer);
    send(res, 503, { ok: false });
  }
  held.clear();
}

/** What a reader without JavaScript sees after posting the form: a page, not JSON. */
function sendPage(res: ServerResponse, status: number, message: string) {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
  });
  // The empty icon stops the browser asking for /favicon.ico (a 404 the tests would count).
  res.end(
    `<!doctype html><html lang="en"><meta charset="utf-8"><link rel="icon" href="data:,">` +
      `<title>${message}</title><h1>${message}</h1></html>`,
  );
}

async function signUp(req: IncomingMessage, res: ServerResponse) {
  const form = new URLSearchParams(await readBody(req));
  // Recorded whatever the mode: the tests check what reached the server, answered or not.
  received.push({ email: form.get('email') ?? '', at: new Date().toISOString() });
  const wantsJson = (req.headers.accept ?? '').includes('application/json');
  const answer = (status: number) => {
    if (wantsJson) send(res, status, { ok: status < 300 });
    else sendPage(res, status, status < 300 ? 'Signed up' : 'Sign-up failed');
  };
  if (mode === 'ok') return answer(200);
  if (mode === 'fail') return answer(500);
  const timer = setTimeout(() => {
    held.delete(res);
    answer(504);
  }, slowMs);
  held.set(res, timer);
  res.on('close', () => {
    clearTimeout(timer);
    held.delete(res);
  });
}

async function setMode(req: IncomingMessage, res: ServerResponse) {
  let next: unknown;
  try {
    next = (JSON.parse(await readBody(req)) as { mode?: unknown }).mode;
  } catch {
    next = undefined;
  }
  if (!isMode(next)) return send(res, 400, { error: `mode must be one of ${modes.join(', ')}` });
  mode = next;
  send(res, 200, { mode });
}

async function handle(req: IncomingMessage, res: ServerResponse) {
  const { pathname } = new URL(req.url ?? '/', `http://${host}`);
  const route = `${req.method ?? 'GET'} ${pathname}`;
  // The tests' control calls come seconds apart: a fresh connection each time, so none is sent
  // on a kept-alive socket at the moment the server drops it (ECONNRESET under load).
  if (pathname.startsWith('/__')) res.setHeader('connection', 'close');
  switch (route) {
    case 'POST /api/newsletter':
      return signUp(req, res);
    case 'GET /__received':
      return send(res, 200, received);
    case 'POST /__mode':
      return setMode(req, res);
    case 'POST /__reset':
      received = [];
      mode = 'ok';
      releaseHeld();
      return send(res, 204);
    default:
      return send(res, 404, { error: `no route for ${route}` });
  }
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    send(res, error instanceof TooLarge ? 413 : 400, { error: String(error) });
  });
});

function stop(signal: string) {
  releaseHeld();
  server.close(() => {
    console.log(`newsletter endpoint stopped (${signal})`);
    process.exit(0);
  });
  // Keep-alive connections from the proxy would otherwise hold close() open.
  server.closeAllConnections();
}

// Outlive the proxy's idle keep-alive sockets (Node's agent drops them after 5 s), so it is
// always the client that closes one, never the server while a request is on its way.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));

server.listen(port, host, () => {
  console.log(`newsletter endpoint listening on http://${host}:${port}`);
});
