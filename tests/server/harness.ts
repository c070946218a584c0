// Starting the real sign-up service for the tests: in this process (buildApp) or as a child
// process (server/main.ts through tsx), each on a free port with its own temporary database.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { buildApp } from '../../server/app';
import { configFromEnv } from '../../server/config';
import { loadSignupPages } from '../../server/pages';
import { openStore } from '../../server/store';

export const siteOrigin = 'https://broadsheet.example';

/** A fresh folder for one test's database; removed by the returned function. */
export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-signup-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Row {
  email: string;
  signed_up_at: string;
  placement: string | null;
  story: string | null;
  unsubscribe_token: string;
}

/** Reads the database the way an operator would: a connection of its own. */
export function readRows(file: string): Row[] {
  const db = new Database(file, { fileMustExist: true });
  try {
    return db.prepare<[], Row>('SELECT * FROM subscribers ORDER BY id').all();
  } finally {
    db.close();
  }
}

/** SQLite's own check of the whole file ("ok" when sound). */
export function integrityCheck(file: string): string {
  const db = new Database(file, { fileMustExist: true });
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

export interface InProcessService {
  url: string;
  database: string;
  /** Every log line the service wrote, as text. */
  logs: string[];
  close: () => Promise<void>;
}

/** The service as main.ts builds it, in this process, with the built site's pages. */
export async function startService(env: Record<string, string> = {}): Promise<InProcessService> {
  const { dir, remove } = tempDir();
  const config = configFromEnv({
    SIGNUP_DATABASE: path.join(dir, 'subscribers.db'),
    SIGNUP_ALLOWED_ORIGINS: siteOrigin,
    SIGNUP_PORT: '0',
    ...env,
  });
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const store = openStore(config.database);
  const pages = await loadSignupPages(config.siteDir, config.renderer);
  const app = await buildApp({ config, store, pages, logStream });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    database: config.database,
    logs,
    close: async () => {
      await app.close();
      store.close();
      remove();
    },
  };
}

export interface ChildService {
  url: string;
  child: ChildProcess;
  /** Stops it with SIGTERM and waits. */
  stop: () => Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** server/main.ts as its own process (through tsx), on a free port; resolves once it listens. */
export function spawnService(env: Record<string, string>): Promise<ChildService> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, SIGNUP_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  return new Promise((resolve, reject) => {
    let output = '';
    let started = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the service did not start:\n${output}`));
    }, 30_000);
    // Read to the end, so the child never blocks on a full pipe; kept only until it listens.
    const read = (chunk: Buffer) => {
      if (started) return;
      output += chunk.toString('utf8');
      const listening = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (!listening?.[1]) return;
      clearTimeout(timer);
      started = true;
      const url = listening[1];
      resolve({
        url,
        child,
        exited,
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`the service exited (${String(code ?? signal)}):\n${output}`));
    });
  });
}

/** The value below which `share` of the sorted values fall (nearest rank). */
export function percentile(sorted: number[], share: number): number {
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
}

/** A sign-up as the site's JavaScript sends it, from the site's own origin. */
export function jsonSignUp(url: string, email: string): Promise<Response> {
  return fetch(new URL('/api/newsletter', url), {
    method: 'POST',
    body: new URLSearchParams({ email, placement: 'footer' }),
    headers: { accept: 'application/json', origin: siteOrigin },
  });
}
