import { useLayoutEffect, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { resumeAttribute } from './readingMarks';
import type { TrackedStory } from './trackReading';

type Resume = typeof import('./ResumeReading').ResumeReading;

// A story shown earlier in this visit has gone: any shown now, even by Back to the first page,
// was reached by a move within the site.
let moved = false;

/**
 * Where a story offers "Continue where you left off", and keeps the reader's place as they read.
 * Only this slot loads with the page. The control and the place-keeping load when the boot
 * script saw a place in this story (the slot keeps the control's place until then, so nothing
 * moves), when the reader first scrolls (a story only opened is not one in progress), or at once
 * on a story reached by a move within the site.
 */
export function ReadingPositionSlot({ story }: { story: TrackedStory }) {
  const [Loaded, setLoaded] = useState<Resume | undefined>(undefined);
  // Not the page the browser loaded (React Router keys only that one 'default').
  const followed = useLocation().key !== 'default' || moved;

  useLayoutEffect(() => {
    const root = document.documentElement;
    let gone = false;
    const load = () => {
      window.removeEventListener('scroll', load);
      void import('./ResumeReading').then(({ ResumeReading }) => {
        if (!gone) setLoaded(() => ResumeReading);
      });
    };
    if (followed || scrollY > 0 || root.hasAttribute(resumeAttribute)) load();
    else window.addEventListener('scroll', load, { passive: true });
    return () => {
      moved = true;
      gone = true;
      window.removeEventListener('scroll', load);
      // What the boot script saw is about this page only: the next one keeps no place for it.
      root.removeAttribute(resumeAttribute);
    };
  }, [story, followed]);

  return Loaded ? <Loaded story={story} /> : <div className="resume-pending" />;
}
