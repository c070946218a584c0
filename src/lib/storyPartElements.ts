import { storyPartAttribute, type StoryPart } from './storyParts';

// Finding the element that shows a part of a story (storyParts.ts), for code that loads later.

/** The element showing `part` on this page, if there is one. */
export const storyPartElement = (part: StoryPart): HTMLElement | null =>
  document.querySelector(`[${storyPartAttribute}="${String(part)}"]`);

/** The body blocks shown on this page, in reading order, each with its index in `body`. */
export function bodyBlockElements(): { index: number; element: HTMLElement }[] {
  return [...document.querySelectorAll<HTMLElement>(`[${storyPartAttribute}]`)]
    .map((element) => ({ index: Number(element.getAttribute(storyPartAttribute)), element }))
    .filter(({ index }) => Number.isInteger(index));
}
