// The newsletter sign-up service: `node dist-server/main.js` (built by `npm run build:server`),
// or from source with `npx tsx server/main.ts`. Settings come from the environment (config.ts);
// SIGTERM or SIGINT stops it after the requests in hand are answered.
import { buildApp } from './app';
import { ConfigError, configFromEnv } from './config';
import type { Config } from './config';
import { loadSignupPages, PagesUnavailable } from './pages';
import type { SignupPages } from './pages';
import { DatabaseVersionError, openStore } from './store';

async function start(config: Config) {
  const store = openStore(config.database);
  let pages: SignupPages | undefined;
  let pagesProblem: string | undefined;
  try {
    pages = await loadSignupPages(config.siteDir, config.renderer);
  } catch (error) {
    if (!(error instanceof PagesUnavailable)) throw error;
    pagesProblem = error.message;
  }
  const app = await buildApp({ config, store, pages });
  if (pagesProblem) app.log.warn(`sign-up pages unavailable: ${pagesProblem}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`stopping (${signal})`);
    app
      .close()
      .then(() => {
        store.close();
        process.exit(0);
      })
      .catch((error: unknown) => {
        console.error(error);
        process.exit(1);
      });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  await app.listen({ host: config.host, port: config.port });
  app.log.info(
    { database: config.database, origins: config.allowedOrigins, pages: pages !== undefined },
    'sign-up service ready',
  );
}

try {
  await start(configFromEnv());
} catch (error) {
  if (error instanceof ConfigError || error instanceof DatabaseVersionError) {
    console.error(`sign-up service: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
