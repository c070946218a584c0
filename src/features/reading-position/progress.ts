import type { Block } from '../../content/schema';

/** The text of a block the reader reads (an offer is not the story). */
const readText = (block: Block) => (block.type === 'offer' ? '' : block.text);

/**
 * How far through the story's text the reader is at `index` (the block at the top of the
 * reading area), in whole percent, from 1 to 99: a story in progress is neither unread nor done.
 */
export function percentRead(body: readonly Block[], index: number): number {
  const lengths = body.map((block) => readText(block).length);
  const total = lengths.reduce((sum, n) => sum + n, 0);
  const before = lengths.slice(0, index).reduce((sum, n) => sum + n, 0);
  return Math.min(99, Math.max(1, Math.round((100 * before) / Math.max(1, total))));
}
