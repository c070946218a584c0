import { useSyncExternalStore } from 'react';
import { localStore, readStored } from '../../lib/safeStorage';

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

export type WriteResult = { ok: true } | { ok: false };

export const storageKey = 'broadsheet:saved';

export const saveFailureMessage = "Could not save: your browser's storage is full or turned off.";
export const removeFailureMessage =
  "Could not remove the story: your browser's storage is full or turned off.";

// One frozen empty list, so "nothing saved" is the same snapshot every time (the server's too).
const empty: readonly SavedStory[] = Object.freeze([]);

const readRaw = () => readStored(storageKey);

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
 * The saved stories in stored text, newest saved first, or undefined when the text is not a
 * list of them (tampered, truncated or written by something else). Single bad entries are
 * dropped so one damaged story does not cost the reader the rest.
 */
function parse(raw: string): SavedStory[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
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
  return stories.sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
}

// useSyncExternalStore wants the same object back while nothing changed: keep the last text read
// and what it parsed to.
let cached: { raw: string | null; stories: readonly SavedStory[] } = { raw: null, stories: empty };

function getSnapshot(): readonly SavedStory[] {
  const raw = readRaw();
  if (raw !== cached.raw) {
    const stories = raw === null ? undefined : parse(raw);
    cached = { raw, stories: stories && stories.length > 0 ? stories : empty };
  }
  return cached.stories;
}

const getServerSnapshot = () => empty;

const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

/** Unreadable data is cleared, so the next save starts clean rather than failing again. */
function resetIfUnreadable() {
  const raw = readRaw();
  if (raw === null || parse(raw) !== undefined) return;
  try {
    localStore()?.removeItem(storageKey);
  } catch {
    // Storage that cannot be written is reported when the reader tries to save.
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) resetIfUnreadable();
  // Other tabs of the site write the same key; `key` is null when storage was cleared.
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === storageKey) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function write(update: (stories: readonly SavedStory[]) => SavedStory[]): WriteResult {
  const current = parse(readRaw() ?? '[]') ?? [];
  try {
    const target = localStore();
    if (!target) return { ok: false };
    target.setItem(storageKey, JSON.stringify(update(current)));
  } catch {
    // QuotaExceededError when full, SecurityError when turned off.
    return { ok: false };
  }
  notify();
  return { ok: true };
}

/** Whether the story is saved now (for an action that runs outside a render). */
export const isSaved = (slug: string): boolean => getSnapshot().some((s) => s.slug === slug);

/** Saves a story (again, if already saved) at the top of the list. */
export function saveStory(story: SavableStory): WriteResult {
  const entry: SavedStory = { ...story, savedAt: new Date().toISOString() };
  return write((stories) => [entry, ...stories.filter((s) => s.slug !== story.slug)]);
}

export function removeStory(slug: string): WriteResult {
  return write((stories) => stories.filter((s) => s.slug !== slug));
}

/**
 * The reader's saved stories, newest saved first. Empty on the server and while hydrating, so
 * the prerendered HTML and the first render in the browser agree.
 */
export function useSavedStories(): readonly SavedStory[] {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
