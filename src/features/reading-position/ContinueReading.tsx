import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { forgetStory, useReadingPositionsOnceKnown } from './readingStore';
import './readingPosition.css';

/** Stories shown in the row at most. */
const shown = 3;

/**
 * The front page's "Continue reading" row: up to three stories the reader left half-read, most
 * recently read first, each with how far they got and a way to remove it. The list lives in the
 * browser: until it is known, the row's place is kept if the boot script saw stories in it, so
 * the row appears without moving the front page.
 */
export function ContinueReading() {
  const positions = useReadingPositionsOnceKnown();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  // Where focus goes once a removal has rendered: the Remove button of the story that moved up
  // into its place, or the heading.
  const focusAfterRemove = useRef<string | null | undefined>(undefined);
  // The reader removed the last one here: the row stays to say so, with focus on its heading.
  const [emptied, setEmptied] = useState(false);

  const stories = positions?.slice(0, shown) ?? [];
  const count = stories.length;
  useEffect(() => {
    const target = focusAfterRemove.current;
    if (target === undefined) return;
    focusAfterRemove.current = undefined;
    (target === null ? headingRef.current : removeButtons.current.get(target))?.focus();
  }, [positions]);

  if (positions === undefined) return <div className="reading-row-pending" />;
  if (count === 0 && !emptied) return null;

  function remove(index: number) {
    const story = stories[index];
    if (!story) return;
    // The next story moves up into the row, if there is one.
    const neighbour = positions?.[index + 1] ?? stories[index - 1];
    focusAfterRemove.current = neighbour?.slug ?? null;
    if (!neighbour) setEmptied(true);
    forgetStory(story.slug);
  }

  return (
    <section className="reading-row" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="reading-row-heading">
        Continue reading
      </h2>
      {count === 0 ? (
        <p className="reading-row-empty">Nothing left to continue.</p>
      ) : (
        <ol className="reading-row-list">
          {stories.map((story, index) => (
            <li key={story.slug} className="reading-row-story">
              <Link to={story.url} className="reading-row-link">
                {story.headline}
              </Link>
              <p className="reading-row-progress">
                <progress max={100} value={story.percent} aria-hidden="true" />
                {`${String(story.percent)}% read`}
              </p>
              <button
                ref={(button) => {
                  if (button) removeButtons.current.set(story.slug, button);
                  else removeButtons.current.delete(story.slug);
                }}
                type="button"
                className="button-quiet"
                onClick={() => remove(index)}
              >
                Remove <span className="visually-hidden">“{story.headline}”</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
