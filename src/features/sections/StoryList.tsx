import type { StorySummary } from '../../content/payloads';
import { StoryCard } from './StoryCard';

interface Props {
  stories: StorySummary[];
  showSection?: boolean;
}

export function StoryList({ stories, showSection }: Props) {
  if (stories.length === 0) return <p>No stories here yet.</p>;
  return (
    <ol className="story-list">
      {stories.map((story) => (
        <li key={story.slug}>
          <StoryCard story={story} showSection={showSection} />
        </li>
      ))}
    </ol>
  );
}
