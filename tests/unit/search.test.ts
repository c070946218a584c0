import { describe, expect, it } from 'vitest';
import { compileSearch } from '../../src/content/compileSearch';
import type { Story, Section } from '../../src/content/schema';
import { runSearch } from '../../src/content/searchEngine';
import {
  decodeIds,
  encodeIds,
  filesFor,
  probeAnchors,
  termAnchors,
  tolerance,
  typoDistance,
} from '../../src/content/searchIndex';

const alphabet = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Every word one Damerau edit away from `word`: swaps, deletions, and insertions and
 * substitutions of each of `letters`.
 */
function oneEdit(word: string, letters = alphabet): string[] {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i += 1) {
    for (const c of letters) out.add(word.slice(0, i) + c + word.slice(i));
    if (i < word.length) {
      out.add(word.slice(0, i) + word.slice(i + 1));
      for (const c of letters) out.add(word.slice(0, i) + c + word.slice(i + 1));
    }
    if (i < word.length - 1) {
      out.add(word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2));
    }
  }
  out.delete(word);
  return [...out];
}

/** Whether the typo index would bring `term` up for the query word `typed`. */
const reaches = (typed: string, term: string) => {
  const keys = new Set(probeAnchors(typed, tolerance(typed)));
  return termAnchors(term).some(([key]) => keys.has(key));
};

describe('typo distance (Damerau: a swap of neighbours is one edit)', () => {
  it.each([
    ['rsusia', 'russia', 1],
    ['mocsow', 'moscow', 1],
    ['umseum', 'museum', 1],
    ['ocmmunity', 'community', 1],
    ['nuseum', 'museum', 1],
    ['bsston', 'boston', 1],
    ['comunity', 'community', 1],
    ['communityy', 'community', 1],
    ['ocmmuinty', 'community', 2],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(typoDistance(a, b, 2)).toBe(distance);
  });

  it('stops at the limit', () => {
    expect(typoDistance('museum', 'community', 1)).toBe(2);
    expect(typoDistance('xylophone', 'x', 2)).toBe(3);
  });
});

describe('the typo index', () => {
  it('forgives one typo from 4 letters and two from 8, none below 4', () => {
    expect([tolerance('us'), tolerance('art'), tolerance('town'), tolerance('seventy')]).toEqual([
      0, 0, 1, 1,
    ]);
    expect(tolerance('eighteen')).toBe(2);
  });

  it.each([
    ['rsusia', 'russia'],
    ['mocsow', 'moscow'],
    ['umseum', 'museum'],
    ['ocmmunity', 'community'],
    ['nuseum', 'museum'],
    ['bsston', 'boston'],
  ])('reaches "%s" → "%s", whose typo is in the first letters', (typed, term) => {
    expect(reaches(typed, term)).toBe(true);
  });

  it('reaches every one-typo variant of words of 3 to 12 letters, first letter included', () => {
    for (const word of ['art', 'town', 'river', 'garden', 'library', 'lanterns', 'community']) {
      for (const typed of oneEdit(word)) {
        if (tolerance(typed) === 0) continue;
        expect(reaches(typed, word), `${typed} → ${word}`).toBe(true);
      }
    }
  });

  it('reaches two typos in words of 10 letters or more, wherever they are', () => {
    // Insertions and substitutions of two letters, one of them in the word: enough to put a
    // typo of each kind at every position.
    let checked = 0;
    for (const word of ['neighbourhood', 'volunteers', 'celebration']) {
      for (const once of oneEdit(word, 'oz')) {
        for (const twice of oneEdit(once, 'ez')) {
          if (twice === word || tolerance(twice) < 2) continue;
          if (typoDistance(twice, word, 2) > 2) continue;
          if (!reaches(twice, word)) throw new Error(`${twice} does not reach ${word}`);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });
});

describe('story id lists', () => {
  it('round-trip, gaps large and small', () => {
    const ids = [0, 1, 2, 31, 32, 33, 1000, 1001, 40_000, 1_000_000];
    expect(decodeIds(encodeIds(ids))).toEqual(ids);
    expect(encodeIds([])).toBe('');
  });

  it('finds the files that hold a key or a range, a key over several files included', () => {
    const first = ['a', 'f', 'm', 'm', 'q'];
    expect(filesFor(first, 'c')).toEqual([0]);
    expect(filesFor(first, 'f')).toEqual([1]);
    expect(filesFor(first, 'm')).toEqual([2, 3]);
    expect(filesFor(first, 'g', 'n')).toEqual([1, 2, 3]);
    expect(filesFor(first, 'z')).toEqual([4]);
    expect(filesFor([], 'a')).toEqual([]);
  });
});

// ---- The engine, over an index built from a handful of stories -------------------------------

const world: Section = { id: 'world', name: 'World', description: 'World news' };

function story(n: number, fields: Partial<Story>): Story {
  return {
    slug: `story-${String(n)}`,
    section: 'world',
    headline: `Story number ${String(n)}`,
    dek: 'A plain dek.',
    byline: 'By Sample Desk',
    // Story n is n days after the first.
    published: new Date(Date.UTC(2012, 0, 1 + n)).toISOString(),
    sample: true,
    body: [{ type: 'paragraph', text: 'Plain words of the body.' }],
    related: [],
    ...fields,
  };
}

function searchOver(stories: Story[]) {
  const files = new Map<string, unknown>();
  compileSearch(stories, () => world, files);
  const load = (path: string) =>
    files.has(path)
      ? Promise.resolve(JSON.parse(JSON.stringify(files.get(path))) as unknown)
      : Promise.reject(new Error(`no ${path}`));
  return (query: string, page = 1) => runSearch(query, page, load);
}

const slugs = (outcome: { hits: { url: string }[] }) =>
  outcome.hits.map((h) => h.url.replace('/world/', ''));
/** The words marked in the results' headlines. */
const marked = (outcome: { hits: { headline: { text: string; match: boolean }[] }[] }) =>
  outcome.hits.flatMap((h) => h.headline.filter((p) => p.match).map((p) => p.text));

describe('search', () => {
  it('ranks stories with all the words first, then headline over dek over body, then newer', async () => {
    const search = searchOver([
      story(1, { headline: 'Harbour garden opens' }),
      story(2, { dek: 'The harbour garden opens.' }),
      story(3, { body: [{ type: 'paragraph', text: 'A garden by the harbour.' }] }),
      story(4, { headline: 'Garden prizes' }),
      story(5, { headline: 'Harbour garden again' }),
      story(6, { dek: 'Garden news.' }),
    ]);
    const outcome = await search('harbour garden');
    expect(slugs(outcome)).toEqual([
      'story-5',
      'story-1',
      'story-2',
      'story-3',
      'story-4',
      'story-6',
    ]);
    expect(outcome.total).toBe(6);
  });

  it('finds a word with a typo in its first letters, and says what it meant', async () => {
    const search = searchOver([
      story(1, { headline: 'Moscow doubts a fresh reset' }),
      story(2, { headline: 'A museum reopens' }),
      story(3, { body: [{ type: 'paragraph', text: 'The community meets in Boston.' }] }),
    ]);
    for (const [typed, slug, meant] of [
      ['Mocsow', 'story-1', 'moscow'],
      ['umseum', 'story-2', 'museum'],
      ['nuseum', 'story-2', 'museum'],
      ['ocmmunity', 'story-3', 'community'],
      ['Bsston', 'story-3', 'boston'],
    ] as const) {
      const outcome = await search(typed);
      expect(slugs(outcome)[0], typed).toBe(slug);
      expect(outcome.suggestions).toEqual([meant]);
    }
  });

  it('takes a swap of neighbours as the likeliest typo, and ranks that spelling first', async () => {
    const search = searchOver([
      story(1, { body: [{ type: 'paragraph', text: 'An allium grows here.' }] }),
      story(2, { headline: 'A labium in the headline' }),
      story(3, { headline: 'Labium again' }),
    ]);
    const outcome = await search('lalium');
    // "labium" is as close (one letter wrong) and commoner, but a swap is the likelier slip.
    expect(outcome.suggestions).toEqual(['allium']);
    expect(slugs(outcome)[0]).toBe('story-1');
    // The other spelling still counts, below it.
    expect(outcome.total).toBe(3);
  });

  it('ranks the exact word above longer words it begins, even a newer story', async () => {
    const search = searchOver([
      story(1, { headline: 'Market rally' }),
      story(2, { headline: 'Markets rally' }),
      story(3, { headline: 'Marketplaces rally' }),
    ]);
    const outcome = await search('market');
    expect(slugs(outcome)).toEqual(['story-1', 'story-2']);
    expect(marked(outcome)).toEqual(['Market', 'Markets']);
  });

  it('counts every match exactly and pages through them ten at a time', async () => {
    const search = searchOver(
      Array.from({ length: 23 }, (_, i) => story(i, { headline: `Lantern festival ${String(i)}` })),
    );
    const first = await search('lantern');
    expect([first.total, first.page, first.pageCount, first.hits.length]).toEqual([23, 1, 3, 10]);
    const third = await search('lantern', 3);
    expect(third.hits.length).toBe(3);
    // Newest first: story 22 opens page 1, story 2 is the last on page 3.
    expect(slugs(first)[0]).toBe('story-22');
    expect(slugs(third).at(-1)).toBe('story-0');
    expect((await search('lantern', 4)).hits).toEqual([]);
  });

  it('suggests the closest known words when nothing matches', async () => {
    const search = searchOver([
      story(1, { headline: 'Lanterns light the harbour' }),
      story(2, { headline: 'Latterns are not a word' }),
    ]);
    const outcome = await search('lanterrns harbour');
    expect(outcome.total).toBeGreaterThan(0);
    const nothing = await search('zzxqv');
    expect(nothing.total).toBe(0);
    const far = await search('lanxxxns');
    expect(far.total).toBe(0);
    expect(far.suggestions).toContain('lanterns');
  });

  it('short words match only themselves: "US" does not find "used"', async () => {
    const search = searchOver([
      story(1, { headline: 'US-Russian talks resume' }),
      story(2, { headline: 'Used cars sell well' }),
    ]);
    const outcome = await search('US');
    expect(slugs(outcome)).toEqual(['story-1']);
    expect(marked(outcome)).toEqual(['US']);
  });

  it('says so when a query has only words too common to search', async () => {
    const search = searchOver([story(1, {})]);
    const outcome = await search('the and of');
    expect(outcome.empty).toBe(true);
    expect(outcome.total).toBe(0);
  });
});
