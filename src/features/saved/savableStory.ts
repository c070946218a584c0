import type { StorySummary } from '../../content/payloads';
import type { SavableStory } from './savedStore';

/** What a story card knows, in the shape the saved list keeps. */
export function savableStory(story: StorySummary): SavableStory {
  return {
    slug: story.slug,
    url: story.url,
    headline: story.headline,
    dek: story.dek,
    section: story.section.name,
    published: story.published,
  };
}
