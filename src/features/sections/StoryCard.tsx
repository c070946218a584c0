import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { DateTime } from '../../components/DateTime';
import { Picture } from '../../components/Picture';
import type { StorySummary } from '../../content/payloads';

interface Props {
  story: StorySummary;
  showSection?: boolean;
  /** Controls the page adds for this story (e.g. saving it), under its date. */
  actions?: ((story: StorySummary) => ReactNode) | undefined;
}

export function StoryCard({ story, showSection = true, actions }: Props) {
  return (
    <article className="story-card">
      <div className="story-card-text">
        {showSection && <p className="section-label">{story.section.name}</p>}
        <h2 className="story-card-headline">
          <Link to={story.url}>{story.headline}</Link>
        </h2>
        <p className="story-card-dek">{story.dek}</p>
        <p className="story-card-date">
          <DateTime iso={story.published} />
          {story.sample && <span className="sample-tag"> · Sample story</span>}
        </p>
        {actions?.(story)}
      </div>
      {story.image && (
        <Picture
          className="story-card-image"
          image={story.image}
          decorative
          // A third of the card on narrow screens, 12rem beside the text otherwise (layout.css).
          sizes="(max-width: 40em) calc(33vw - 0.66rem), 12rem"
          largestSlot={200}
        />
      )}
    </article>
  );
}
