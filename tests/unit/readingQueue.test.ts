import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/content/schema';
import { longestPiece, readingQueue } from '../../src/features/listen/readingQueue';
import { real } from './components/renderRoute';
import { sampleSlug } from './realContent';

// What "Listen to this story" says, built from the story's blocks.

const story = (body: Block[]) => ({ headline: 'The headline', dek: 'The dek.', body });

describe('readingQueue: story blocks to utterances', () => {
  it('reads the headline, the dek, then paragraphs and headings in order, each tied to its part', () => {
    const queue = readingQueue(
      story([
        { type: 'paragraph', text: 'First paragraph.' },
        { type: 'heading', text: 'A heading' },
        { type: 'paragraph', text: 'Second paragraph.' },
      ]),
      'en-US',
    );
    expect(queue).toEqual([
      { text: 'The headline', part: 'headline' },
      { text: 'The dek.', part: 'dek' },
      { text: 'First paragraph.', part: 0 },
      { text: 'A heading', part: 1 },
      { text: 'Second paragraph.', part: 2 },
    ]);
  });

  it('skips offers: what follows keeps its own block index', () => {
    const queue = readingQueue(
      story([
        { type: 'paragraph', text: 'Before the box.' },
        { type: 'offer', offer: 'weekly-review' },
        { type: 'offer', offer: 'weekly-review' },
        { type: 'paragraph', text: 'After the box.' },
      ]),
      'en-US',
    );
    expect(queue.slice(2)).toEqual([
      { text: 'Before the box.', part: 0 },
      { text: 'After the box.', part: 3 },
    ]);
    expect(queue.map((u) => u.text).join(' ')).not.toContain('weekly-review');
  });

  it('evens out white space, non-breaking spaces included', () => {
    const [, , piece] = readingQueue(
      story([{ type: 'paragraph', text: '  Mr. Kremeniuk adds:\u00a0"At this\n point."  ' }]),
      'en-US',
    );
    expect(piece?.text).toBe('Mr. Kremeniuk adds: "At this point."');
  });

  it('reads a long paragraph a few sentences at a time, all tied to that paragraph', () => {
    const sentence = (n: number) => `Sentence number ${String(n)} says a few more words here.`;
    const text = Array.from({ length: 12 }, (_, i) => sentence(i + 1)).join(' ');
    const pieces = readingQueue(story([{ type: 'paragraph', text }]), 'en-US').slice(2);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(piece.part).toBe(0);
      expect(piece.text.length).toBeLessThanOrEqual(longestPiece);
      // Whole sentences only.
      expect(piece.text).toMatch(/^Sentence number \d+ .*here\.$/);
    }
    expect(pieces.map((p) => p.text).join(' ')).toBe(text);
  });

  it('keeps a single sentence longer than a piece whole', () => {
    const text = `${'word '.repeat(80)}end.`;
    const pieces = readingQueue(story([{ type: 'paragraph', text }]), 'en-US').slice(2);
    expect(pieces).toEqual([{ text: text.trim(), part: 0 }]);
  });

  it('reads every word of the sample story and nothing of its offer', async () => {
    const { content } = await real();
    const sample = content.stories.find((a) => a.slug === sampleSlug);
    if (!sample) throw new Error(`no story ${sampleSlug}`);
    const queue = readingQueue(sample, 'en-US');
    const said = queue.map((u) => u.text).join(' ');
    const written = [
      sample.headline,
      sample.dek,
      ...sample.body.flatMap((b) => (b.type === 'offer' ? [] : [b.text])),
    ]
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(said).toBe(written);
    const offerIndex = sample.body.findIndex((b) => b.type === 'offer');
    expect(offerIndex).toBeGreaterThan(-1);
    expect(queue.some((u) => u.part === offerIndex)).toBe(false);
  });
});
