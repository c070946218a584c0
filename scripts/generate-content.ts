// `tsx scripts/generate-content.ts N DIR`: writes N synthetic sample stories to DIR (outside
// src/, never committed), for measuring the build and the site at archive scale:
//   CONTENT_STORIES_DIR=DIR npm run build
// Every story is marked `sample: true` (readers see "Sample story: … not reporting") and its dek
// says it was generated. The text is shaped like a newsroom's archive, not written: words drawn
// from a large English word list with Zipf-like frequencies, and invented names and places
// (@faker-js/faker), so 10,000 stories have well over 100,000 distinct words. It claims nothing
// about anyone. A fixed seed makes the same N give the same archive every time.
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { faker } from '@faker-js/faker';
import type { Story } from '../src/content/schema';
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

// One seeded source of randomness for everything: faker's own, so names, places and words
// come out the same on every run.
faker.seed(20121107);
const random = () => faker.number.float({ min: 0, max: 1 });
const between = (min: number, max: number) => faker.number.int({ min, max });
const pick = <T>(items: readonly T[]): T => faker.helpers.arrayElement(items);

// ---- Vocabulary: Zipf-like word frequencies -------------------------------------------------

// The commonest words of English first, then the word list in an order that favours short
// words (as real frequency does), each word's weight 1 / rank (Zipf's law, exponent 1).
const functionWords =
  'the of and to a in is that for it was on with as he be at by his from they she or an her which had we their has but been not this are were said one would all there more when who if its after about them what than also new into so only its people over could last two year first time some out them back other'.split(
    ' ',
  );
const englishWords = createRequire(import.meta.url)('an-array-of-english-words') as string[];
const vocabulary = [
  ...new Set([
    ...functionWords,
    ...englishWords
      .map((word) => ({ word, key: word.length + 4 * random() }))
      .sort((a, b) => a.key - b.key)
      .map((entry) => entry.word),
  ]),
];
const cumulative = new Float64Array(vocabulary.length);
vocabulary.reduce((sum, _, rank) => (cumulative[rank] = sum + 1 / (rank + 1)), 0);
const totalWeight = cumulative[cumulative.length - 1] ?? 1;

/** One word, drawn with its Zipf weight (binary search over the cumulative weights). */
function word(): string {
  const target = random() * totalWeight;
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((cumulative[middle] ?? 0) < target) low = middle + 1;
    else high = middle;
  }
  return vocabulary[low] ?? 'the';
}

// ---- Names, places and numbers ----------------------------------------------------------------

// A newsroom writes about the same people and places again and again: a fixed cast, each
// drawn often, with a long tail of one-off names.
const cast = Array.from({ length: 3000 }, () => faker.person.fullName());
const places = Array.from({ length: 1500 }, () =>
  pick([
    () => faker.location.city(),
    () => faker.location.city(),
    () => faker.location.state(),
    () => faker.location.country(),
  ])(),
);
const person = () => (random() < 0.8 ? pick(cast) : faker.person.fullName());
const place = () => (random() < 0.85 ? pick(places) : faker.location.city());
const number = () =>
  pick([
    () => String(between(2, 99)),
    () => String(between(100, 9999)),
    () => `${String(between(1, 99))} percent`,
    () => String(between(1950, 2012)),
  ])();

const capitalise = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** One sentence: Zipf words with now and then a person, a place or a number. */
function sentence(min = 8, max = 26): string {
  const parts = Array.from({ length: between(min, max) }, () => {
    const roll = random();
    if (roll < 0.03) return person();
    if (roll < 0.06) return place();
    if (roll < 0.08) return number();
    return word();
  });
  if (random() < 0.3) parts.push(`said ${person()}`);
  return `${capitalise(parts.join(' '))}.`;
}

const paragraph = () => Array.from({ length: between(2, 5) }, () => sentence()).join(' ');

function headline(): string {
  const words = Array.from({ length: between(4, 9) }, word);
  const at = between(0, words.length - 1);
  const roll = random();
  if (roll < 0.35) words.splice(at, 0, place());
  else if (roll < 0.55) words.splice(at, 0, person());
  return capitalise(words.join(' '));
}

// ---- One story --------------------------------------------------------------------------------

const sections = ['world', 'usa', 'doing-good'] as const;
const start = Date.parse('2012-01-01T09:00:00Z');

// Images draw on a seed of their own, so a change to how stories get images never changes the
// words of the archive (which tests and benchmarks search for).
let imageSeed = 1107;
const imageRandom = () => {
  imageSeed = (imageSeed * 1103515245 + 12345) % 2 ** 31;
  return imageSeed / 2 ** 31;
};

/** Most stories have a lead photo: one of a few dozen shared sources (scripts/images). */
async function leadImage(i: number): Promise<Pick<Story, 'lead'>> {
  if (imageRandom() >= 0.85) return {};
  return { lead: await sharedPhoto(i, dir) };
}

/** Story number `i` (from 0) of the archive; `slugs` are all the archive's stories. */
async function makeStory(i: number, slugs: readonly string[]): Promise<Story> {
  const slug = slugs[i] ?? `sample-story-${String(i + 1)}`;
  const related = Array.from({ length: between(0, 3) }, () => pick(slugs)).filter(
    (s, j, all) => s !== slug && all.indexOf(s) === j,
  );
  return {
    slug,
    section: pick(sections),
    headline: headline(),
    dek: `${sentence(10, 22)} Generated sample content.`,
    byline: `By ${pick(cast)}`,
    published: new Date(start + i * 3_600_000).toISOString(),
    sample: true,
    ...(await leadImage(i)),
    body: Array.from({ length: between(3, 14) }, (_, p) =>
      p === 1 && random() < 0.5
        ? { type: 'offer' as const, offer: 'weekly-review' }
        : { type: 'paragraph' as const, text: paragraph() },
    ),
    related,
  };
}

// ---- The archive ------------------------------------------------------------------------------

await rm(dir, { recursive: true, force: true });
await mkdir(dir, { recursive: true });
// The site's own stories come along, so promos and their links still resolve.
await cp(path.resolve('src/content/stories'), dir, { recursive: true });
const slugs = Array.from({ length: count }, (_, i) => `sample-story-${String(i + 1)}`);
for (const i of slugs.keys()) {
  const story = await makeStory(i, slugs);
  await writeFile(path.join(dir, `${story.slug}.json`), JSON.stringify(story));
}
console.log(
  `Wrote ${String(count)} generated stories (${String((await readdir(dir)).length)} in all) to ${dir}`,
);
