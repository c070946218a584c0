import { describe, expect, it } from 'vitest';
import { highlight, snippet, terms, tokenise } from '../../src/content/searchText';

const marked = (text: string, matched: string[]) =>
  highlight(text, matched)
    .filter((p) => p.match)
    .map((p) => p.text);

describe('tokenise', () => {
  it('drops a possessive, so "Obama\'s" is the word "obama" and never "s"', () => {
    expect(terms("Obama's promise, the Joneses' dog and Russia’s doubts")).toEqual([
      'obama',
      'promise',
      'joneses',
      'dog',
      'russia',
      'doubts',
    ]);
  });

  it('splits hyphenated words into their parts', () => {
    expect(terms('US-Russian talks, a well-known cross-country run')).toEqual([
      'us',
      'russian',
      'talks',
      'well',
      'known',
      'cross',
      'country',
      'run',
    ]);
  });

  it('keeps apostrophes inside names and numbers with separators as one word', () => {
    expect(terms("O'Neill can't pay 1,000 or 3.5 dollars")).toEqual([
      'oneill',
      'cant',
      'pay',
      '1000',
      '35',
      'dollars',
    ]);
  });

  it('reads an acronym with dots as one word, folds accents and case', () => {
    expect(terms('The U.S. envoy met a CAFÉ owner in Zürich')).toEqual([
      'us',
      'envoy',
      'met',
      'cafe',
      'owner',
      'zurich',
    ]);
  });

  it('leaves out stop words and lone letters, and knows where each word stands', () => {
    const text = 'A plan for the town';
    expect(tokenise(text)).toEqual([
      { term: 'plan', start: 2, end: 6 },
      { term: 'town', start: 15, end: 19 },
    ]);
  });
});

describe('highlight', () => {
  it('marks exactly the words that matched, and gives the text back whole', () => {
    const text = 'Moscow doubts a fresh reset; Muscovites shrug.';
    const pieces = highlight(text, ['moscow', 'reset']);
    expect(pieces.filter((p) => p.match).map((p) => p.text)).toEqual(['Moscow', 'reset']);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('marks "Obama\'s" for obama, and never a stray "s" nor words that merely begin alike', () => {
    const text = "Obama's critics said he started a sleeper reset; satisfied, he stayed.";
    expect(marked(text, ['obama'])).toEqual(["Obama's"]);
    expect(marked(text, ['s'])).toEqual([]);
    expect(marked('preset and resetting', ['reset'])).toEqual([]);
  });

  it('marks both halves of "US-Russian", and not "used"', () => {
    expect(
      marked('US-Russian ties, used to be warmer, said the U.S. envoy', ['us', 'russian']),
    ).toEqual(['US', 'Russian', 'U.S.']);
  });

  it('treats markup and regex characters in text and terms as plain text', () => {
    const text = '<img src=x onerror=alert(1)> costs $5 (or more)';
    const pieces = highlight(text, ['img', 'onerror', '5']);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.match).map((p) => p.text)).toEqual(['img', 'onerror', '5']);
  });

  it('leaves text unmarked when there are no terms', () => {
    expect(highlight('plain', [])).toEqual([{ text: 'plain', match: false }]);
  });
});

describe('snippet', () => {
  const words = Array.from({ length: 120 }, (_, i) => `word${String(i)}`);

  it('shows the text around the match, cut between words, with an ellipsis each side', () => {
    const text = [...words.slice(0, 60), 'needle', ...words.slice(60)].join(' ');
    const cut = snippet(text, ['needle'], 100);
    expect(cut).toContain('needle');
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(102);
    const inner = cut.slice(1, -1).split(' ');
    expect(inner.every((w) => w === 'needle' || /^word\d+$/.test(w))).toBe(true);
    // Whole words only: the first and last words shown are words of the text.
    expect(text).toContain(` ${inner[0] ?? ''} `);
    expect(text).toContain(` ${inner.at(-1) ?? ''} `);
  });

  it('prefers the stretch where more of the words matched', () => {
    const text = [
      'needle',
      ...words.slice(0, 50),
      'haystack',
      'needle',
      ...words.slice(50, 100),
    ].join(' ');
    const cut = snippet(text, ['needle', 'haystack'], 80);
    expect(cut).toContain('haystack needle');
  });

  it('cuts only the end when the match is near the start, and nothing of short text', () => {
    const text = ['needle', ...words].join(' ');
    const cut = snippet(text, ['needle'], 60);
    expect(cut.startsWith('needle word0')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect(snippet('A short dek.', ['dek'])).toBe('A short dek.');
  });

  it('without a match, gives the opening cut between words (how excerpts are stored)', () => {
    const text = 'A breakthrough in the incredibly long negotiations was announced on Tuesday.';
    expect(snippet(text, [], 40)).toBe('A breakthrough in the incredibly long…');
  });
});
