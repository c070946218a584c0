// The sign-up service's settings, all from the environment (README › "The sign-up service").
// A bad value stops the service at once with a message naming the variable.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { site } from '../src/content/site';

export interface Limit {
  max: number;
  windowMs: number;
}

export interface Config {
  host: string;
  port: number;
  /** The SQLite file; its folder is made if missing. */
  database: string;
  /** Origins whose pages may post sign-ups (the site's own). */
  allowedOrigins: string[];
  /** Where unsubscribe links in the export point. */
  publicOrigin: string;
  /** The built site (dist/) and its server renderer, for the pages the service renders. */
  siteDir: string;
  renderer: string;
  limits: { perAddress: Limit; perClient: Limit };
  /** Largest request body accepted, in bytes. */
  bodyLimit: number;
  /** Which proxies' X-Forwarded-For to believe for the client's address. */
  trustProxy: string;
  logLevel: string;
  /** Key for the hash that stands for an address in the logs. */
  logKey: string;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  }
  return value;
}

function origin(name: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must list origins such as https://example.com, not "${raw}"`);
  }
  if (url.origin === 'null' || url.origin !== raw.replace(/\/$/, '')) {
    throw new ConfigError(
      `${name} must list origins (scheme, host and port only) such as https://example.com, not "${raw}"`,
    );
  }
  return url.origin;
}

const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** The settings from `env` (default: process.env), defaults filled in. */
export function configFromEnv(env: Env = process.env): Config {
  const siteDir = path.resolve(env.SIGNUP_SITE_DIR || 'dist');
  const allowed = (env.SIGNUP_ALLOWED_ORIGINS || site.origin)
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean)
    .map((value) => origin('SIGNUP_ALLOWED_ORIGINS', value));
  const logLevel = env.SIGNUP_LOG_LEVEL || 'info';
  if (!levels.includes(logLevel)) {
    throw new ConfigError(
      `SIGNUP_LOG_LEVEL must be one of ${levels.join(', ')}, not "${logLevel}"`,
    );
  }
  return {
    host: env.SIGNUP_HOST || '127.0.0.1',
    port: integer(env, 'SIGNUP_PORT', 4180, 0, 65_535),
    database: path.resolve(env.SIGNUP_DATABASE || 'var/subscribers.db'),
    allowedOrigins: allowed,
    publicOrigin: origin('SIGNUP_PUBLIC_ORIGIN', env.SIGNUP_PUBLIC_ORIGIN || site.origin),
    siteDir,
    // Where `npm run build` leaves the renderer it prerenders with (scripts/build.ts).
    renderer: path.resolve(
      env.SIGNUP_RENDERER ||
        path.join('node_modules/.broadsheet/server', path.basename(siteDir), 'entry-server.js'),
    ),
    limits: {
      perAddress: {
        max: integer(env, 'SIGNUP_LIMIT_PER_ADDRESS', 5, 1, 1_000_000),
        windowMs: 15 * 60_000,
      },
      perClient: {
        max: integer(env, 'SIGNUP_LIMIT_PER_CLIENT', 30, 1, 1_000_000),
        windowMs: 60_000,
      },
    },
    bodyLimit: integer(env, 'SIGNUP_BODY_LIMIT', 4096, 256, 1_048_576),
    trustProxy: env.SIGNUP_TRUST_PROXY || 'loopback',
    logLevel,
    // Without a key of its own, a fresh one each start: hashes still match within one run.
    logKey: env.SIGNUP_LOG_KEY || randomBytes(32).toString('hex'),
  };
}
