// Sign-ups in SQLite, through better-sqlite3. WAL mode with synchronous=FULL: a sign-up is on
// disk (the write-ahead log synced) before the service answers that it succeeded, so neither a
// crashed process nor a lost machine forgets a sign-up a reader was told about.
//
// A sync costs milliseconds (8 ms on the CI machine), so one transaction per sign-up would cap
// the service near a hundred a second. Sign-ups that arrive together are committed together
// instead (group commit): each waits for the one transaction, and one sync, that holds it.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrations } from './migrations';

export interface NewSignup {
  email: string;
  placement: string | undefined;
  story: string | undefined;
  at: Date;
}

export interface Subscriber {
  email: string;
  signedUpAt: string;
  placement: string | null;
  story: string | null;
  token: string;
}

export interface SubscriberStore {
  /**
   * Stores a sign-up, settling once it is committed to disk; an address already there keeps its
   * one row (and its first details).
   */
  subscribe(signup: NewSignup): Promise<'new' | 'existing'>;
  /** Removes the row with this token; false when there was none. */
  unsubscribe(token: string): boolean;
  /** Every subscriber, oldest first. */
  list(): IterableIterator<Subscriber>;
  /** Throws if the database cannot answer. */
  check(): void;
  close(): void;
}

export class DatabaseVersionError extends Error {}

interface Row {
  email: string;
  signed_up_at: string;
  placement: string | null;
  story: string | null;
  unsubscribe_token: string;
}

function migrate(db: Database.Database, file: string) {
  const latest = migrations.at(-1)?.version ?? 0;
  // IMMEDIATE: a second process opening the same file waits rather than migrating twice.
  db.transaction(() => {
    const current = Number(db.pragma('user_version', { simple: true }));
    if (current > latest) {
      throw new DatabaseVersionError(
        `${file} has schema version ${current}, newer than this service knows (${latest}): run a newer service`,
      );
    }
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      db.exec(migration.sql);
      db.pragma(`user_version = ${String(migration.version)}`);
    }
  }).immediate();
}

const newToken = () => randomBytes(32).toString('base64url');

export function openStore(file: string): SubscriberStore {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // An export or a second process holding the lock briefly makes a writer wait, not fail.
  db.pragma('busy_timeout = 5000');
  migrate(db, file);

  const insert = db.prepare<[string, string, string | null, string | null, string]>(
    `INSERT INTO subscribers (email, signed_up_at, placement, story, unsubscribe_token)
     VALUES (?, ?, ?, ?, ?) ON CONFLICT (email) DO NOTHING`,
  );
  const remove = db.prepare<[string]>('DELETE FROM subscribers WHERE unsubscribe_token = ?');
  const all = db.prepare<[], Row>(
    `SELECT email, signed_up_at, placement, story, unsubscribe_token
     FROM subscribers ORDER BY signed_up_at, id`,
  );
  const ping = db.prepare('SELECT 1');

  const insertAll = db.transaction((batch: NewSignup[]) =>
    batch.map(({ email, placement, story, at }) => {
      const { changes } = insert.run(
        email,
        at.toISOString(),
        placement ?? null,
        story ?? null,
        newToken(),
      );
      return changes === 1 ? ('new' as const) : ('existing' as const);
    }),
  );
  interface Waiting {
    signup: NewSignup;
    resolve: (outcome: 'new' | 'existing') => void;
    reject: (error: unknown) => void;
  }
  let waiting: Waiting[] = [];
  let flushing: NodeJS.Immediate | undefined;
  /** Commits every sign-up waiting, in one transaction: all or none, as SQLite does. */
  const flush = () => {
    flushing = undefined;
    const batch = waiting;
    waiting = [];
    if (batch.length === 0) return;
    try {
      const outcomes = insertAll(batch.map((w) => w.signup));
      batch.forEach((w, i) => {
        w.resolve(outcomes[i] ?? 'existing');
      });
    } catch (error) {
      for (const w of batch) w.reject(error);
    }
  };

  return {
    subscribe(signup) {
      return new Promise((resolve, reject) => {
        waiting.push({ signup, resolve, reject });
        // After the I/O of this turn of the event loop: every request already read joins in.
        flushing ??= setImmediate(flush);
      });
    },
    unsubscribe(token) {
      return remove.run(token).changes > 0;
    },
    *list() {
      for (const row of all.iterate()) {
        yield {
          email: row.email,
          signedUpAt: row.signed_up_at,
          placement: row.placement,
          story: row.story,
          token: row.unsubscribe_token,
        };
      }
    },
    check() {
      ping.get();
    },
    close() {
      if (flushing) clearImmediate(flushing);
      flush();
      db.close();
    },
  };
}
