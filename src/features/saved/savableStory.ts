import type { StorySummary } from '../../content/payloads';
import type { SavableStory } from './savedStore';

/** What a story card or a story page knows of a story, enough to save it. */
export type StoryToSave = Pick<
  StorySummary,
  'slug' | 'url' | 'headline' | 'dek' | 'section' | 'published'
>;

/** A story, in the shape the saved list keeps. */
export function savableStory(story: StoryToSave): SavableStory {
  return {
    slug: story.slug,
    url: story.url,
    headline: story.headline,
    dek: story.dek,
    section: story.section.name,
    published: story.published,
  };
}
