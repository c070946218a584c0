import type { Block, Section } from '../../content/schema';
import { bodyBlockElements } from '../../lib/storyPartElements';
import { percentRead } from './progress';
import { forgetStory, keepPosition } from './readingStore';

// Follows the reader down a story and keeps their place: the block at the top of the reading
// area, once they are past the first one. Loaded when the reader first scrolls (or arrives
// scrolled, by Back or reload): a story only opened is not one in progress.

export interface TrackedStory {
  slug: string;
  section: Pick<Section, 'id'>;
  url: string;
  headline: string;
  body: readonly Block[];
}

/** Starts following the reader; returns how to stop. */
export function trackReading(story: TrackedStory): () => void {
  let frame = 0;
  let kept = -1;

  function measure() {
    frame = 0;
    const blocks = bodyBlockElements();
    const last = blocks.at(-1);
    if (!last) return;
    // The end of the text is in view: the story is read, and leaves the list for good on this
    // visit (scrolling back up to look at something does not make it half-read again).
    if (last.element.getBoundingClientRect().bottom <= window.innerHeight) {
      forgetStory(story.slug);
      stop();
      return;
    }
    const top = blocks.find(({ element }) => element.getBoundingClientRect().bottom > 0);
    if (!top || top.index === kept || top === blocks[0]) return;
    kept = top.index;
    keepPosition({
      slug: story.slug,
      // The stored place names the section by its id.
      section: story.section.id,
      url: story.url,
      headline: story.headline,
      block: top.index,
      percent: percentRead(story.body, top.index),
    });
  }

  const onScroll = () => {
    frame ||= requestAnimationFrame(measure);
  };

  function stop() {
    window.removeEventListener('scroll', onScroll);
    cancelAnimationFrame(frame);
  }

  window.addEventListener('scroll', onScroll, { passive: true });
  onScroll();
  return stop;
}
