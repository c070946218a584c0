import type { Ref } from 'react';
import { Link } from 'react-router-dom';
import { DateTime } from '../../components/DateTime';
import type { SavedStory } from './savedStore';

interface Props {
  story: SavedStory;
  onRemove: () => void;
  /** The list moves focus to a neighbour's Remove button when a story goes. */
  removeRef: Ref<HTMLButtonElement>;
}

export function SavedStoryItem({ story, onRemove, removeRef }: Props) {
  return (
    <article className="saved-story">
      <p className="section-label">{story.section}</p>
      <h2 className="story-card-headline">
        <Link to={story.url}>{story.headline}</Link>
      </h2>
      <p className="story-card-dek">{story.dek}</p>
      <p className="story-card-date">
        <DateTime iso={story.published} />
      </p>
      <button ref={removeRef} type="button" className="button-quiet" onClick={onRemove}>
        Remove <span className="visually-hidden">“{story.headline}”</span>
      </button>
    </article>
  );
}
