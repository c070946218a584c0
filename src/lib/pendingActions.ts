// A reader may use a control before the app's code has arrived. The page's boot script
// (src/app/boot.ts, inline in every page) catches that click or change, marks the control busy,
// starts loading the app and keeps the control here; the control does the job once it has
// hydrated (src/lib/usePendingAction.ts). Nothing the reader does is dropped, and nothing runs
// twice. Plain code with no React: the boot script is built from it.

/** On a control whose click (or change, for a <select>) needs the app: says which event. */
export const pendingActionAttribute = 'data-app-action';
/** Set on such a control once it has hydrated: from then on, its events go straight to React. */
export const readyAttribute = 'data-app-ready';

export type PendingEvent = 'click' | 'change';

declare global {
  interface Window {
    /** Controls used before they were ready, with the value chosen (for a change). */
    broadsheetPending?: Map<Element, string | undefined>;
  }
}

export function pendingControls(): Map<Element, string | undefined> {
  window.broadsheetPending ??= new Map();
  return window.broadsheetPending;
}

/** Props that mark a control as one whose early use is kept. */
export const pendingAction = (event: PendingEvent) => ({ [pendingActionAttribute]: event });
