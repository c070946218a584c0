import { useState } from 'react';
import { useHydrated } from '../../lib/useHydrated';
import {
  removeFailureMessage,
  removeStory,
  saveFailureMessage,
  saveStory,
  useSavedStories,
} from './savedStore';
import type { SavableStory } from './savedStore';
import './saved.css';

interface Props {
  story: SavableStory;
  /** In a list of stories every button would read "Save for later": there the name adds the headline. */
  nameWithHeadline?: boolean;
}

/**
 * A toggle that saves a story in this browser, or unsaves it. Saving needs JavaScript, so the
 * button appears only once the page is hydrated (which also keeps the server HTML and the first
 * render the same, as only the browser knows what is saved).
 */
export function SaveButton({ story, nameWithHeadline = false }: Props) {
  const hydrated = useHydrated();
  const saved = useSavedStories().some((s) => s.slug === story.slug);
  const [error, setError] = useState('');

  if (!hydrated) return null;

  function toggle() {
    if (saved) setError(removeStory(story.slug).ok ? '' : removeFailureMessage);
    else setError(saveStory(story).ok ? '' : saveFailureMessage);
  }

  return (
    <div className="save-for-later">
      <button type="button" className="button-quiet" aria-pressed={saved} onClick={toggle}>
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
