import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';
import { chromeFlags, chromePath } from './scripts/chromium';

import { ports } from './tests/e2e/ports';
import { signupDatabase, signupDatabaseDir } from './tests/e2e/signupService';

const nginxDir = 'test-results/nginx';
// Where `npm run build:archive` writes the site built from a generated archive.
const archiveDist = 'node_modules/.broadsheet/dist-archive';

// The production server config (deploy/nginx.conf) is tested too wherever nginx is installed;
// CI installs it and sets REQUIRE_NGINX so that it can never be skipped there.
const hasNginx = (() => {
  try {
    execFileSync('nginx', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!hasNginx && process.env.REQUIRE_NGINX) {
  throw new Error('REQUIRE_NGINX is set but nginx is not installed (apt-get install nginx)');
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    // Request interception does not see what a service worker fetches; the offline tests
    // allow it where they need it.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromePath,
      args: chromeFlags,
    },
  },
  projects: [
    {
      name: 'preview',
      use: { baseURL: `http://localhost:${String(ports.preview)}` },
      testIgnore: ['hostile.spec.ts', 'search-archive.spec.ts'],
    },
    {
      // The site built from a generated archive (npm run build:archive): search at some scale.
      name: 'archive',
      use: { baseURL: `http://localhost:${String(ports.archive)}` },
      testMatch: 'search-archive.spec.ts',
    },
    {
      // The site built with hostile test stories added (npm run build:hostile).
      name: 'hostile',
      use: { baseURL: `http://localhost:${String(ports.hostile)}` },
      testMatch: 'hostile.spec.ts',
    },
    ...(hasNginx
      ? [
          {
            name: 'nginx',
            use: { baseURL: `http://localhost:${String(ports.nginx)}` },
            // After the preview run, so the two do not load the machine at once.
            dependencies: ['preview'],
            // What depends on the server: the journeys, reading without JavaScript, sign-up,
            // serving rules, the Content-Security-Policy with nginx's own headers, offline
            // reading through the service worker, and axe over every kind of page.
            testMatch: [
              'journeys.spec.ts',
              'no-javascript.spec.ts',
              'serving.spec.ts',
              'newsletter.spec.ts',
              'csp.spec.ts',
              'offline.spec.ts',
              'a11y.spec.ts',
            ],
          },
        ]
      : []),
  ],
  webServer: [
    {
      // `npm start`'s own servers (scripts/start.ts, after the build): the prerendered dist/ and
      // the sign-up service (dist-server/), with a fresh database of its own for this run.
      command: `rm -rf "${signupDatabaseDir}" && npx tsx scripts/start.ts`,
      env: {
        SITE_PORT: String(ports.preview),
        SIGNUP_PORT: String(ports.signup),
        SIGNUP_DATABASE: signupDatabase,
        // The site is reached through vite preview and through nginx.
        SIGNUP_ALLOWED_ORIGINS: [ports.preview, ports.nginx]
          .map((port) => `http://localhost:${String(port)}`)
          .join(','),
        // Every test browser is 127.0.0.1: the per-client limit would stop the run, not abuse.
        SIGNUP_LIMIT_PER_CLIENT: '100000',
      },
      url: `http://localhost:${String(ports.preview)}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
    {
      command: `npx vite preview --outDir dist-hostile --port ${String(ports.hostile)} --strictPort`,
      env: { SIGNUP_PORT: String(ports.signup) },
      url: `http://localhost:${String(ports.hostile)}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --outDir ${archiveDist} --port ${String(ports.archive)} --strictPort`,
      env: { SIGNUP_PORT: String(ports.signup) },
      url: `http://localhost:${String(ports.archive)}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    ...(hasNginx
      ? [
          {
            // deploy/nginx.conf itself, moved onto the tests' ports.
            command: `npx tsx tests/e2e/nginxConfig.ts ${nginxDir} && nginx -p "$PWD" -c ${nginxDir}/nginx.conf`,
            url: `http://localhost:${String(ports.nginx)}/`,
            reuseExistingServer: false,
            timeout: 30_000,
          },
        ]
      : []),
  ],
});
