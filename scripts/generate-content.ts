// `tsx scripts/generate-content.ts N DIR`: writes N synthetic sample stories to DIR (outside
// src/, never committed), for measuring the build and the site at archive scale:
//   CONTENT_ARTICLES_DIR=DIR npm run build
// The text is generated filler, marked as sample content; it claims nothing about anyone.
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../src/content/schema';
import { sharedPhoto } from './images/sharedPhotos';

const [countArg, dirArg] = process.argv.slice(2);
const count = Number(countArg);
if (!Number.isInteger(count) || count < 1 || !dirArg) {
  console.error('Usage: tsx scripts/generate-content.ts N DIR');
  process.exit(2);
}
const dir = path.resolve(dirArg);
if (dir.startsWith(path.resolve('src'))) {
  console.error('Generated content goes outside src/.');
  process.exit(2);
}

// A small deterministic generator, so the same N gives the same archive every time.
let seed = 20121107;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const sections = ['world', 'usa', 'doing-good'] as const;
const subjects = [
  'A town council',
  'Volunteers',
  'A library',
  'Neighbours',
  'A rail line',
  'A school',
  'A market',
  'A museum',
  'A harbour',
  'A choir',
];
const verbs = [
  'opens',
  'rebuilds',
  'rethinks',
  'celebrates',
  'measures',
  'shares',
  'plans',
  'repairs',
  'lights',
  'restores',
];
const objects = [
  'its old bridge',
  'a weekly market',
  'the river path',
  'a tool library',
  'night trains',
  'a reading room',
  'the harbour wall',
  'a winter shelter',
  'the town square',
  'a community garden',
];
const words =
  'the a of and to in for on with at by from after before about local people town city week year plan work new old small public open quiet street river garden library market school train night light season neighbours volunteers council community morning evening project idea change people time way place'.split(
    ' ',
  );

const sentence = () => {
  const length = 8 + Math.floor(random() * 18);
  const text = Array.from({ length }, () => pick(words)).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
};
const paragraph = () => Array.from({ length: 2 + Math.floor(random() * 4) }, sentence).join(' ');

await rm(dir, { recursive: true, force: true });
await mkdir(dir, { recursive: true });
// The site's own stories come along, so promos and their links still resolve.
await cp(path.resolve('src/content/articles'), dir, { recursive: true });
const slugs = Array.from({ length: count }, (_, i) => `sample-story-${String(i + 1)}`);
const start = Date.parse('2012-01-01T09:00:00Z');
for (const [i, slug] of slugs.entries()) {
  const headline = `Sample story ${String(i + 1)}: ${pick(subjects)} ${pick(verbs)} ${pick(objects)}`;
  const related = Array.from({ length: Math.floor(random() * 4) }, () => pick(slugs)).filter(
    (s, j, all) => s !== slug && all.indexOf(s) === j,
  );
  const withPhoto = random() < 0.85;
  const article: Article = {
    slug,
    section: pick(sections),
    headline,
    dek: `${sentence()} Generated sample content for measuring Broadsheet at scale.`,
    byline: 'By Sample Desk',
    published: new Date(start + i * 3_600_000).toISOString(),
    sample: true,
    ...(withPhoto ? { lead: await sharedPhoto(i, dir) } : {}),
    body: Array.from({ length: 3 + Math.floor(random() * 12) }, (_, p) =>
      p === 1 && random() < 0.5
        ? { type: 'offer' as const, offer: 'weekly-review' }
        : { type: 'paragraph' as const, text: paragraph() },
    ),
    related,
  };
  await writeFile(path.join(dir, `${slug}.json`), JSON.stringify(article));
}
console.log(
  `Wrote ${String(count)} generated stories (${String((await readdir(dir)).length)} in all) to ${dir}`,
);
