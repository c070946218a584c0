import type { ReactNode } from 'react';
import type { StorySummary } from '../../content/payloads';
import { StoryCard } from './StoryCard';

interface Props {
  stories: StorySummary[];
  showSection?: boolean;
  /** Passed to each card: controls the page adds for a story. */
  actions?: ((story: StorySummary) => ReactNode) | undefined;
}

export function StoryList({ stories, showSection, actions }: Props) {
  if (stories.length === 0) return <p>No stories here yet.</p>;
  return (
    <ol className="story-list">
      {stories.map((story) => (
        <li key={story.slug}>
          <StoryCard story={story} showSection={showSection} actions={actions} />
        </li>
      ))}
    </ol>
  );
}
