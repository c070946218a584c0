import type { Block } from '../../content/schema';
import type { StoryPart } from '../../lib/storyParts';

// What "Listen to this story" says, in order, built from the story's data (never scraped from
// the page, where offers, promos, skip links and share tools sit among the paragraphs): the
// headline, the dek, then each paragraph and heading of the body. Each piece names the part of
// the story it reads, so the player can light up that element.

export interface Utterance {
  text: string;
  part: StoryPart;
}

export interface ReadableStory {
  headline: string;
  dek: string;
  body: readonly Block[];
}

/**
 * Longest piece handed to the speech engine at once, in characters. A long paragraph is spoken
 * a few sentences at a time: some engines (Chrome's network voices) stop silently about 15
 * seconds into one utterance, and a change of speed restarts only the piece being read.
 */
export const longestPiece = 240;

/** The text of a block that is read aloud; undefined for what is not the story (offers). */
function spokenText(block: Block): string | undefined {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return block.text;
    case 'offer':
      return undefined;
  }
}

/** Sentences joined back into pieces of at most `longestPiece` (a longer sentence stays whole). */
function pieces(text: string, lang: string): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= longestPiece || typeof Intl.Segmenter !== 'function') {
    return clean ? [clean] : [];
  }
  const sentences = [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(clean)].map(
    (s) => s.segment,
  );
  const result: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    if (current && current.length + sentence.length > longestPiece) {
      result.push(current.trim());
      current = '';
    }
    current += sentence;
  }
  if (current.trim()) result.push(current.trim());
  return result;
}

/** The story as the pieces to speak, in reading order. */
export function readingQueue(story: ReadableStory, lang: string): Utterance[] {
  const parts: [StoryPart, string | undefined][] = [
    ['headline', story.headline],
    ['dek', story.dek],
    ...story.body.map((block, index): [StoryPart, string | undefined] => [
      index,
      spokenText(block),
    ]),
  ];
  return parts.flatMap(([part, text]) =>
    text === undefined ? [] : pieces(text, lang).map((piece) => ({ text: piece, part })),
  );
}
