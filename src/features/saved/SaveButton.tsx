import { useRef, useState } from 'react';
import { pendingAction } from '../../lib/pendingActions';
import { usePendingAction } from '../../lib/usePendingAction';
import {
  isSaved,
  removeFailureMessage,
  removeStory,
  saveFailureMessage,
  saveStory,
  useSavedStories,
} from './savedStore';
import { savableStory, type StoryToSave } from './savableStory';
import './saved.css';

interface Props {
  story: StoryToSave;
  /** In a list of stories every button would read "Save for later": there the name adds the headline. */
  nameWithHeadline?: boolean;
}

/**
 * A toggle that saves a story in this browser, or unsaves it. It is in the prerendered page, so
 * nothing shifts when the app arrives; saving needs JavaScript, so without it the button is
 * hidden, and a click before the app has arrived is kept and done once it has.
 */
export function SaveButton({ story, nameWithHeadline = false }: Props) {
  const saved = useSavedStories().some((s) => s.slug === story.slug);
  const [error, setError] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);

  function toggle() {
    if (isSaved(story.slug)) setError(removeStory(story.slug).ok ? '' : removeFailureMessage);
    else setError(saveStory(savableStory(story)).ok ? '' : saveFailureMessage);
  }
  usePendingAction(buttonRef, toggle);

  return (
    <div className="save-for-later js-only">
      <button
        ref={buttonRef}
        type="button"
        className="button-quiet"
        aria-pressed={saved}
        onClick={toggle}
        {...pendingAction('click')}
      >
        {saved ? 'Saved' : 'Save for later'}
        {/* Quoted, so "Saved" cannot read as part of the headline. */}
        {nameWithHeadline && (
          <>
            {' '}
            <span className="visually-hidden">“{story.headline}”</span>
          </>
        )}
      </button>
      {/* Present while empty: a live region the screen reader already knows is announced
          more reliably than one that arrives with its text. */}
      <p role="alert" className="saved-error">
        {error}
      </p>
    </div>
  );
}
