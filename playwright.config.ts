import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';
import { chromeFlags, chromePath } from './scripts/chromium';

const previewPort = 4173;
const nginxPort = 8080;
const hostilePort = 4174;
export const newsletterPort = 4180;

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
      use: { baseURL: `http://localhost:${String(previewPort)}` },
      testIgnore: 'hostile.spec.ts',
    },
    {
      // The site built with hostile test stories added (npm run build:hostile).
      name: 'hostile',
      use: { baseURL: `http://localhost:${String(hostilePort)}` },
      testMatch: 'hostile.spec.ts',
    },
    ...(hasNginx
      ? [
          {
            name: 'nginx',
            use: { baseURL: `http://localhost:${String(nginxPort)}` },
            // After the preview run: both talk to the one recording sign-up endpoint.
            dependencies: ['preview'],
            // Smoke tests: the journeys, reading without JavaScript, sign-up and serving rules.
            testMatch: [
              'journeys.spec.ts',
              'no-javascript.spec.ts',
              'serving.spec.ts',
              'newsletter.spec.ts',
            ],
          },
        ]
      : []),
  ],
  webServer: [
    {
      // Serves the prerendered dist/ that `npm run build` wrote; /api goes to the sign-up service.
      command: `npx vite preview --port ${String(previewPort)} --strictPort`,
      url: `http://localhost:${String(previewPort)}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --outDir dist-hostile --port ${String(hostilePort)} --strictPort`,
      url: `http://localhost:${String(hostilePort)}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // A real HTTP endpoint standing in for the newsletter service; it records what it gets.
      command: 'npx tsx tests/e2e/newsletterEndpoint.ts',
      url: `http://127.0.0.1:${String(newsletterPort)}/__received`,
      env: { NEWSLETTER_PORT: String(newsletterPort) },
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 2_000 },
    },
    ...(hasNginx
      ? [
          {
            command: 'nginx -p "$PWD" -c deploy/nginx.conf',
            url: `http://localhost:${String(nginxPort)}/`,
            reuseExistingServer: !process.env.CI,
            timeout: 30_000,
          },
        ]
      : []),
  ],
});
