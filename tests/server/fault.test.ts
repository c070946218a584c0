// @vitest-environment node
// The service killed with SIGKILL in the middle of a burst of sign-ups, then started again on
// the same file: every sign-up that was answered "ok" must still be there, exactly once, and
// the database must open and pass SQLite's integrity check.
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { integrityCheck, jsonSignUp, readRows, siteOrigin, spawnService, tempDir } from './harness';
import type { ChildService } from './harness';

const folder = tempDir();
const database = path.join(folder.dir, 'subscribers.db');
const env = {
  SIGNUP_DATABASE: database,
  SIGNUP_ALLOWED_ORIGINS: siteOrigin,
  SIGNUP_LIMIT_PER_CLIENT: '1000000',
};
const clients = 50;
/** Killed once this many sign-ups have been acknowledged: well inside the burst. */
const killAfter = 200;

let restarted: ChildService | undefined;

afterAll(async () => {
  await restarted?.stop();
  folder.remove();
});

it('keeps every acknowledged sign-up through a SIGKILL mid-burst', async () => {
  const service = await spawnService(env);
  const acknowledged: string[] = [];
  let lost = 0;
  let killed = false;

  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; ; i += 1) {
        const email = `fault-${String(client)}-${String(i)}@example.com`;
        try {
          const response = await jsonSignUp(service.url, email);
          const body = (await response.json()) as { ok?: boolean };
          if (response.status !== 200 || body.ok !== true) {
            throw new Error(`${email}: ${String(response.status)}`);
          }
          acknowledged.push(email);
        } catch (error) {
          // Once the service is gone, every request in flight fails: it was never acknowledged.
          if (!killed) throw error;
          lost += 1;
          return;
        }
        if (acknowledged.length >= killAfter && !killed) {
          killed = true;
          service.child.kill('SIGKILL');
        }
      }
    }),
  );
  expect(await service.exited).toEqual({ code: null, signal: 'SIGKILL' });

  // Opened straight after the crash, as an operator would.
  expect(integrityCheck(database)).toBe('ok');
  const afterCrash = readRows(database);
  const count = (rows: { email: string }[], email: string) =>
    rows.filter((row) => row.email === email).length;
  expect(acknowledged.filter((email) => count(afterCrash, email) !== 1)).toEqual([]);

  const started = performance.now();
  restarted = await spawnService(env);
  const restartMs = performance.now() - started;
  const next = await jsonSignUp(restarted.url, 'after-restart@example.com');
  expect(next.status).toBe(200);
  const afterRestart = readRows(database);
  expect(acknowledged.filter((email) => count(afterRestart, email) !== 1)).toEqual([]);
  expect(count(afterRestart, 'after-restart@example.com')).toBe(1);
  expect(integrityCheck(database)).toBe('ok');

  console.log(
    `Sign-up fault: SIGKILL after ${String(acknowledged.length)} acknowledged sign-ups ` +
      `(${String(lost)} requests in flight failed); after restart all ${String(acknowledged.length)} ` +
      `are stored once, ${String(afterCrash.length - acknowledged.length)} more were stored ` +
      `but never acknowledged, integrity_check ok, back up in ${restartMs.toFixed(0)} ms`,
  );
});
