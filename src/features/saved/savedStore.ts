import { storedState, useStoredState, type WriteResult } from '../../lib/storedState';

/** One story the reader saved, as kept in localStorage. */
export interface SavedStory {
  slug: string;
  /** The story's site path, e.g. `/world/some-story`. */
  url: string;
  headline: string;
  dek: string;
  /** The section's name, as the reader sees it. */
  section: string;
  /** ISO 8601 instant the story was published. */
  published: string;
  /** ISO 8601 instant the reader saved it. */
  savedAt: string;
}

export type SavableStory = Omit<SavedStory, 'savedAt'>;

export const storageKey = 'broadsheet:saved';

export const saveFailureMessage = "Could not save: your browser's storage is full or turned off.";
export const removeFailureMessage =
  "Could not remove the story: your browser's storage is full or turned off.";

// One frozen empty list, so "nothing saved" is the same snapshot every time (the server's too).
const empty: readonly SavedStory[] = Object.freeze([]);

const isString = (value: unknown): value is string => typeof value === 'string';
const isInstant = (value: unknown): value is string =>
  isString(value) && !Number.isNaN(Date.parse(value));
// Stored URLs become links: only a site path of the shape of a story's address may pass, never
// `javascript:` or another site that someone slipped into storage.
const storyUrl = /^\/[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

function toSavedStory(value: unknown): SavedStory | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const item = value as Record<string, unknown>;
  const { slug, url, headline, dek, section, published, savedAt } = item;
  if (
    !isString(slug) ||
    !isString(url) ||
    !storyUrl.test(url) ||
    !url.endsWith(`/${slug}`) ||
    !isString(headline) ||
    !isString(dek) ||
    !isString(section) ||
    !isInstant(published) ||
    !isInstant(savedAt)
  ) {
    return undefined;
  }
  return { slug, url, headline, dek, section, published, savedAt };
}

/**
 * The saved stories, newest saved first, or undefined when the stored value is not a list of
 * them (tampered, truncated or written by something else). Single bad entries are dropped so
 * one damaged story does not cost the reader the rest.
 */
function toSavedStories(value: unknown): readonly SavedStory[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const seen = new Set<string>();
  const stories: SavedStory[] = [];
  for (const entry of value) {
    const story = toSavedStory(entry);
    if (story && !seen.has(story.slug)) {
      seen.add(story.slug);
      stories.push(story);
    }
  }
  if (stories.length === 0) return empty;
  return stories.sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
}

// A save storage refuses is reported to the reader (saveFailureMessage), never pretended.
const saved = storedState<readonly SavedStory[]>({
  key: storageKey,
  validate: toSavedStories,
  fallback: empty,
});

/** Whether the story is saved now (for an action that runs outside a render). */
export const isSaved = (slug: string): boolean => saved.get().some((s) => s.slug === slug);

/** Saves a story (again, if already saved) at the top of the list. */
export function saveStory(story: SavableStory): WriteResult {
  const entry: SavedStory = { ...story, savedAt: new Date().toISOString() };
  return saved.write((stories) => [entry, ...stories.filter((s) => s.slug !== story.slug)]);
}

export function removeStory(slug: string): WriteResult {
  return saved.write((stories) => stories.filter((s) => s.slug !== slug));
}

/**
 * The reader's saved stories, newest saved first. Empty on the server and while hydrating, so
 * the prerendered HTML and the first render in the browser agree.
 */
export function useSavedStories(): readonly SavedStory[] {
  return useStoredState(saved);
}
