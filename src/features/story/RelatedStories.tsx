import { Link } from 'react-router-dom';
import type { StorySummary } from '../../content/payloads';

export function RelatedStories({ stories }: { stories: StorySummary[] }) {
  if (stories.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading">Related stories</h2>
      <ul>
        {stories.map((story) => (
          <li key={story.slug}>
            <Link to={story.url}>{story.headline}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
