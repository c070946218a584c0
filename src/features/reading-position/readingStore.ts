import { parseSlug, storyPath } from '../../lib/urls';
import {
  storedState,
  useStoredState,
  useStoredStateOnceKnown,
  type WriteResult,
} from '../../lib/storedState';
import { storageKey } from './readingKey';

/** Where the reader is in one story they have not finished, as kept in localStorage. */
export interface ReadingPosition {
  slug: string;
  /** The story's section id. */
  section: string;
  /** The story's site path, e.g. `/world/some-story` (section and slug: a stored link can be nothing else). */
  url: string;
  headline: string;
  /** Index in the story's body of the block at the top of the reading area. */
  block: number;
  /** How far through the story's text that is, in whole percent (1–99). */
  percent: number;
  /** When the reader was last there, in milliseconds since 1970. */
  at: number;
}

/** The stories remembered at most; the one read longest ago goes first. */
export const keptStories = 50;

const empty: readonly ReadingPosition[] = Object.freeze([]);

const isWhole = (value: unknown, min: number, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

function toPosition(value: unknown): ReadingPosition | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { slug, section, url, headline, block, percent, at } = value as Record<string, unknown>;
  // Stored addresses become links: only a story's own path may pass, never `javascript:` or
  // another site that someone slipped into storage.
  if (
    typeof slug !== 'string' ||
    typeof section !== 'string' ||
    !parseSlug(slug) ||
    !parseSlug(section) ||
    url !== storyPath(section, slug) ||
    typeof headline !== 'string' ||
    !isWhole(block, 0, 10_000) ||
    !isWhole(percent, 1, 99) ||
    !isWhole(at, 0, Number.MAX_SAFE_INTEGER)
  ) {
    return undefined;
  }
  return { slug, section, url, headline, block, percent, at };
}

/**
 * Stories in progress, most recently read first, at most `keptStories`; undefined when the stored
 * value is not a list (tampered, truncated or written by something else). A single bad entry is
 * dropped, so one damaged story does not cost the reader the rest.
 */
function toPositions(value: unknown): readonly ReadingPosition[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const seen = new Set<string>();
  const positions: ReadingPosition[] = [];
  for (const entry of value) {
    const position = toPosition(entry);
    if (position && !seen.has(position.slug)) {
      seen.add(position.slug);
      positions.push(position);
    }
  }
  if (positions.length === 0) return empty;
  return positions.sort((a, b) => b.at - a.at).slice(0, keptStories);
}

// A convenience, not the reader's own work: a write storage refuses (full, turned off) still
// holds while the page is open, without a word, and reading goes on.
const reading = storedState<readonly ReadingPosition[]>({
  key: storageKey,
  validate: toPositions,
  fallback: empty,
  holdUnstored: true,
});

/** Keeps where the reader is in a story, as the most recent; the oldest beyond 50 go. */
export function keepPosition(position: Omit<ReadingPosition, 'at'>): WriteResult {
  const entry: ReadingPosition = { ...position, at: Date.now() };
  return reading.write((positions) =>
    [entry, ...positions.filter((p) => p.slug !== position.slug)].slice(0, keptStories),
  );
}

/** Forgets a story: finished, or removed by the reader. */
export function forgetStory(slug: string): WriteResult {
  if (!reading.get().some((p) => p.slug === slug)) return { ok: true };
  return reading.write((positions) => positions.filter((p) => p.slug !== slug));
}

/** Stories in progress, most recently read first (none in the prerender and while hydrating). */
export function useReadingPositions(): readonly ReadingPosition[] {
  return useStoredState(reading);
}

/** Stories in progress, most recently read first; undefined until the browser's list is known. */
export function useReadingPositionsOnceKnown(): readonly ReadingPosition[] | undefined {
  return useStoredStateOnceKnown(reading);
}
