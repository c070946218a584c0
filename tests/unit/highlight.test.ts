import { describe, expect, it } from 'vitest';
import { highlight, snippet } from '../../src/features/search/highlight';

describe('highlight', () => {
  it('marks matched words, prefix matches included, and gives the text back whole', () => {
    const text = 'Moscow doubts a fresh reset; Muscovites shrug.';
    const pieces = highlight(text, ['moscow', 'reset']);
    expect(pieces.filter((p) => p.match).map((p) => p.text)).toEqual(['Moscow', 'reset']);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(highlight('Resetting the clocks', ['reset']).find((p) => p.match)?.text).toBe(
      'Resetting',
    );
  });

  it('matches only at the start of a word', () => {
    expect(highlight('preset', ['reset']).some((p) => p.match)).toBe(false);
  });

  it('treats markup and regex characters in text and terms as plain text', () => {
    const text = '<img src=x onerror=alert(1)> costs $5 (or more)';
    const pieces = highlight(text, ['img', '(or', '$5']);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.match).map((p) => p.text)).toEqual(['img', '$5', '(or']);
  });

  it('leaves text unmarked when there are no terms', () => {
    expect(highlight('plain', [])).toEqual([{ text: 'plain', match: false }]);
  });
});

describe('snippet', () => {
  const words = Array.from({ length: 120 }, (_, i) => `word${String(i)}`);
  it('shows the text around the first match, cut at word boundaries', () => {
    const text = [...words.slice(0, 60), 'needle', ...words.slice(60)].join(' ');
    const cut = snippet(text, ['needle'], 100);
    expect(cut).toContain('needle');
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(102);
    expect(
      cut
        .slice(1, -1)
        .split(' ')
        .every((w) => w === 'needle' || /^word\d+$/.test(w)),
    ).toBe(true);
  });

  it('returns short text as it is', () => {
    expect(snippet('A short dek.', ['dek'])).toBe('A short dek.');
  });
});
