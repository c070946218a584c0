// `npm start` runs this after building: the site (vite preview, with /api and the sign-up pages
// proxied as in vite.config.ts) and the sign-up service (node dist-server/main.js) together.
// Ctrl-C (or SIGTERM) stops both; if either stops by itself, the other is stopped too.
//   SITE_PORT (default 4173), SIGNUP_PORT (default 4180), and the service's own settings
//   (server/config.ts). SIGNUP_ALLOWED_ORIGINS defaults to this preview's own origins.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { preview } from 'vite';

const sitePort = Number(process.env.SITE_PORT ?? 4173);
const signupPort = Number(process.env.SIGNUP_PORT ?? 4180);
const service = 'dist-server/main.js';

if (!existsSync(service)) {
  console.error(`${service} is missing: run npm run build:server (npm start does) first.`);
  process.exit(1);
}

// vite.config.ts reads SIGNUP_PORT when preview() loads it.
process.env.SIGNUP_PORT = String(signupPort);
const child = spawn(process.execPath, [service], {
  stdio: 'inherit',
  env: {
    ...process.env,
    SIGNUP_ALLOWED_ORIGINS:
      process.env.SIGNUP_ALLOWED_ORIGINS ??
      `http://localhost:${String(sitePort)},http://127.0.0.1:${String(sitePort)}`,
  },
});
const exited = new Promise<number>((resolve) => {
  child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
});

async function waitForService(): Promise<void> {
  const health = `http://127.0.0.1:${String(signupPort)}/api/newsletter/health`;
  const until = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(health)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (child.exitCode !== null) throw new Error('the sign-up service stopped while starting');
    if (Date.now() > until) throw new Error(`the sign-up service did not answer at ${health}`);
    await delay(100);
  }
}

let site: Awaited<ReturnType<typeof preview>> | undefined;
let stopping = false;

async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.all([site?.close(), exited]);
  }
  process.exit(code);
}

process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
void exited.then((code) => {
  if (stopping) return;
  console.error(`The sign-up service stopped (exit code ${String(code)}); stopping the site too.`);
  void stop(code === 0 ? 1 : code);
});

try {
  await waitForService();
  site = await preview({ preview: { port: sitePort, strictPort: true } });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stop(1);
}
site?.printUrls();
console.log(
  `Sign-up service on http://127.0.0.1:${String(signupPort)} (its data: ${process.env.SIGNUP_DATABASE ?? 'var/subscribers.db'}). Ctrl-C stops both.`,
);
