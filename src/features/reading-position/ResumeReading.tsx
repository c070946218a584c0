import { useEffect, useState } from 'react';
import { storyPartElement } from '../../lib/storyPartElements';
import { useReadingPositions } from './readingStore';
import { trackReading, type TrackedStory } from './trackReading';
import './readingPosition.css';

/**
 * Near the top of a story the reader left half-read: "Continue where you left off", which
 * scrolls to the paragraph they had reached and moves focus there. It never jumps by itself.
 * While it is on the page, the reader's place is kept as they read.
 */
export function ResumeReading({ story }: { story: TrackedStory }) {
  const positions = useReadingPositions();
  // Where the reader had left off when this loaded: reading on moves the stored place, not this,
  // and a story first read now does not offer to continue itself.
  const [leftOff] = useState(() => positions.find((p) => p.slug === story.slug));

  useEffect(() => trackReading(story), [story]);

  // Gone from the list (finished, or removed in another tab): nothing to continue.
  if (!leftOff || !positions.some((p) => p.slug === story.slug)) return null;
  const { block, percent } = leftOff;

  function resume() {
    const paragraph = storyPartElement(block);
    if (!paragraph) return;
    paragraph.tabIndex = -1;
    paragraph.scrollIntoView({ block: 'start' });
    paragraph.focus({ preventScroll: true });
  }

  return (
    <p className="resume">
      <button type="button" className="button-quiet" onClick={resume}>
        Continue where you left off
      </button>
      <span className="resume-progress">{`${String(percent)}% read`}</span>
    </p>
  );
}
