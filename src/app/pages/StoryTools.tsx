import { ListenButton } from '../../features/listen/ListenButton';
import type { ReadableStory } from '../../features/listen/readingQueue';
import { ReadingPositionSlot } from '../../features/reading-position/ReadingPositionSlot';
import type { TrackedStory } from '../../features/reading-position/trackReading';

/**
 * A story's reading tools at the end of its byline and date: "Listen to this story", and
 * "Continue where you left off" with the keeping of the reader's place. One region (its code
 * loads once the page is idle, src/app/onDemand.ts) for two features, which never meet: what
 * each loads when used comes in chunks of its own.
 */
export function StoryTools({ story }: { story: ReadableStory & TrackedStory }) {
  return (
    <>
      <ListenButton story={story} />
      <ReadingPositionSlot story={story} />
    </>
  );
}
