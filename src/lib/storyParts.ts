// The elements that show a story's text carry which part of the story's data they show: the
// headline, the dek, or a body block by its index in `body`. Features that work from the story's
// data (reading aloud, the reading position) find the element for a part with
// storyPartElements.ts, never by scraping the page's text. Kept tiny: the story page's first
// visit carries it.

export const storyPartAttribute = 'data-story-part';

/** The headline, the dek, or a body block by its index. */
export type StoryPart = 'headline' | 'dek' | number;

/** Props that mark the element showing `part`. */
export const storyPart = (part: StoryPart) => ({ [storyPartAttribute]: part });
