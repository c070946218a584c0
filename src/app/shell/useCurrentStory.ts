import { useRouteLoaderData } from 'react-router-dom';
import type { storyLoader } from '../loaders';

/** The slug of the story on screen, if the page is a story: subscribe links carry it. */
export function useCurrentStory(): string | undefined {
  return useRouteLoaderData<typeof storyLoader>('story')?.story.slug;
}
