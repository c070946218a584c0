// The real sign-up service the browser tests run against: started by playwright.config.ts
// through scripts/start.ts (npm start's own servers) with a fresh database of its own, which
// the tests read to find what a sign-up stored.
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestInfo } from '@playwright/test';
import Database from 'better-sqlite3';
import { ports } from './ports';

export const signupDatabaseDir = path.join(tmpdir(), `broadsheet-signup-${String(ports.signup)}`);
export const signupDatabase = path.join(signupDatabaseDir, 'subscribers.db');

export interface Subscriber {
  email: string;
  placement: string | null;
  story: string | null;
  unsubscribe_token: string;
}

/** The rows stored for one address (a sign-up keeps one). */
export function subscribersWith(email: string): Subscriber[] {
  const db = new Database(signupDatabase, { fileMustExist: true });
  try {
    return db
      .prepare<[string], Subscriber>(
        'SELECT email, placement, story, unsubscribe_token FROM subscribers WHERE email = ?',
      )
      .all(email);
  } finally {
    db.close();
  }
}

/** An address no other test or project uses, so tests can run side by side. */
export function uniqueAddress(testInfo: TestInfo, label: string): string {
  const run = `${testInfo.project.name}-${String(testInfo.workerIndex)}-${String(Date.now())}`;
  return `${label}.${run}@example.com`;
}
