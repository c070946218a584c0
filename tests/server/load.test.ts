// @vitest-environment node
// 500 sign-ups from 50 concurrent clients against the service in its own process, on loopback:
// every acknowledged sign-up must be stored exactly once. The latency is printed, not judged
// (a test does not time things; see docs/PERFORMANCE.md for figures).
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { jsonSignUp, percentile, readRows, siteOrigin, spawnService, tempDir } from './harness';
import type { ChildService } from './harness';

const clients = 50;
const perClient = 10;

let folder: ReturnType<typeof tempDir>;
let service: ChildService;
let database: string;

beforeAll(async () => {
  folder = tempDir();
  database = path.join(folder.dir, 'subscribers.db');
  service = await spawnService({
    SIGNUP_DATABASE: database,
    SIGNUP_ALLOWED_ORIGINS: siteOrigin,
    // Every client here is 127.0.0.1: the per-client limit would stop the test, not abuse.
    SIGNUP_LIMIT_PER_CLIENT: '1000000',
  });
});

afterAll(async () => {
  await service.stop();
  folder.remove();
});

it(`stores each of ${String(clients * perClient)} sign-ups from ${String(clients)} concurrent clients exactly once`, async () => {
  const acknowledged: string[] = [];
  const refused: string[] = [];
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; i < perClient; i += 1) {
        const email = `load-${String(client)}-${String(i)}@example.com`;
        const sent = performance.now();
        const response = await jsonSignUp(service.url, email);
        const body = (await response.json()) as { ok?: boolean };
        latencies.push(performance.now() - sent);
        if (response.status === 200 && body.ok === true) acknowledged.push(email);
        else refused.push(`${email}: ${String(response.status)}`);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;

  const stored = new Map<string, number>();
  for (const row of readRows(database)) stored.set(row.email, (stored.get(row.email) ?? 0) + 1);
  expect(refused).toEqual([]);
  expect(acknowledged).toHaveLength(clients * perClient);
  expect(acknowledged.filter((email) => stored.get(email) !== 1)).toEqual([]);
  expect(stored.size).toBe(acknowledged.length);

  latencies.sort((a, b) => a - b);
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(
    `Sign-up load: ${String(acknowledged.length)} acknowledged and stored once each, from ` +
      `${String(clients)} concurrent clients in ${seconds.toFixed(2)} s ` +
      `(${(acknowledged.length / seconds).toFixed(0)}/s); latency p50 ${ms(percentile(latencies, 0.5))}, ` +
      `p95 ${ms(percentile(latencies, 0.95))}, p99 ${ms(percentile(latencies, 0.99))}, ` +
      `max ${ms(latencies.at(-1) ?? Number.NaN)}`,
  );
});
