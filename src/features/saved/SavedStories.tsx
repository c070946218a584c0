import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { homePath } from '../../lib/urls';
import { useHydrated } from '../../lib/useHydrated';
import { SavedStoryItem } from './SavedStoryItem';
import { removeFailureMessage, removeStory, useSavedStories } from './savedStore';
import './saved.css';

/** Where focus goes once a removal has rendered: a story's Remove button, or the empty state. */
type FocusTarget = { slug: string } | 'empty';

/** The stories saved in this browser, newest saved first, each with a Remove button. */
export function SavedStories() {
  const hydrated = useHydrated();
  const stories = useSavedStories();
  const [error, setError] = useState('');
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  const emptyRef = useRef<HTMLParagraphElement>(null);
  const focusAfterRemove = useRef<FocusTarget | undefined>(undefined);

  // The clicked button is gone with its story: keep keyboard and screen-reader users in the list
  // rather than dropping them at the top of the page.
  useEffect(() => {
    const target = focusAfterRemove.current;
    if (target === undefined) return;
    focusAfterRemove.current = undefined;
    if (target === 'empty') emptyRef.current?.focus();
    else removeButtons.current.get(target.slug)?.focus();
  }, [stories]);

  // Only the browser knows what was saved: the server HTML must not claim the list is empty.
  if (!hydrated) {
    return (
      <noscript>
        <p>Saving stories needs JavaScript, which is turned off in this browser.</p>
      </noscript>
    );
  }

  function remove(index: number) {
    const story = stories[index];
    if (!story) return;
    const neighbour = stories[index + 1] ?? stories[index - 1];
    focusAfterRemove.current = neighbour ? { slug: neighbour.slug } : 'empty';
    const result = removeStory(story.slug);
    if (!result.ok) focusAfterRemove.current = undefined;
    setError(result.ok ? '' : removeFailureMessage);
  }

  return (
    <div className="saved-stories">
      <p role="alert" className="saved-error">
        {error}
      </p>
      {stories.length === 0 ? (
        <>
          <p ref={emptyRef} tabIndex={-1} className="saved-empty">
            You have no saved stories yet. Choose “Save for later” on any story to keep it here, in
            this browser.
          </p>
          <p>
            <Link to={homePath}>Go to the front page</Link>
          </p>
        </>
      ) : (
        <ol className="saved-list">
          {stories.map((story, index) => (
            <li key={story.slug}>
              <SavedStoryItem
                story={story}
                onRemove={() => remove(index)}
                removeRef={(button) => {
                  if (button) removeButtons.current.set(story.slug, button);
                  else removeButtons.current.delete(story.slug);
                }}
              />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
