// `npm run subscribers:export [-- FILE]`: every subscriber as CSV for the newsroom's mailing
// tool, oldest first, to FILE (default var/subscribers.csv; "-" for standard output). The same
// database as the service (SIGNUP_DATABASE); safe while the service runs.
//   email, signed_up_at, placement, story, unsubscribe_url, one_click_unsubscribe_url
// unsubscribe_url goes in each email's footer (a page that asks first); the one-click URL is
// for the List-Unsubscribe header with List-Unsubscribe-Post (RFC 8058).
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unsubscribeAction } from '../src/lib/newsletterSignup';
import { unsubscribeHref } from '../src/lib/urls';
import { configFromEnv } from './config';
import { openStore } from './store';
import type { Subscriber, SubscriberStore } from './store';

const csvColumns = [
  'email',
  'signed_up_at',
  'placement',
  'story',
  'unsubscribe_url',
  'one_click_unsubscribe_url',
] as const;

/** One CSV field (RFC 4180): always quoted, quotes doubled. */
const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;

function row(subscriber: Subscriber, origin: string): string[] {
  const oneClick = new URL(unsubscribeAction, origin);
  oneClick.searchParams.set('token', subscriber.token);
  return [
    subscriber.email,
    subscriber.signedUpAt,
    subscriber.placement ?? '',
    subscriber.story ?? '',
    new URL(unsubscribeHref(subscriber.token), origin).href,
    oneClick.href,
  ];
}

/** The whole export as one CSV text, with a header line and CRLF line ends. */
function subscribersCsv(store: SubscriberStore, origin: string): { csv: string; count: number } {
  const lines = [csvColumns.map(quote).join(',')];
  for (const subscriber of store.list()) lines.push(row(subscriber, origin).map(quote).join(','));
  return { csv: `${lines.join('\r\n')}\r\n`, count: lines.length - 1 };
}

function main() {
  const config = configFromEnv();
  const target = process.argv[2] ?? 'var/subscribers.csv';
  const store = openStore(config.database);
  try {
    const { csv, count } = subscribersCsv(store, config.publicOrigin);
    if (target === '-') {
      process.stdout.write(csv);
      return;
    }
    // Written beside the target and renamed, so a mailing tool never reads half a file.
    const file = path.resolve(target);
    const partial = `${file}.partial`;
    writeFileSync(partial, csv, { mode: 0o600 });
    renameSync(partial, file);
    console.log(
      `Wrote ${String(count)} ${count === 1 ? 'subscriber' : 'subscribers'} to ${path.relative(process.cwd(), file)}`,
    );
  } finally {
    store.close();
  }
}

main();
