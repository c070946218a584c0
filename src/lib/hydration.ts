// The moment the page has hydrated: feature code waits for it, so that it never competes with
// the page's own hydration, and the budget check tells the two apart.

/** On <html> once the page (not only the shell) has hydrated: tests and the budget wait for it. */
export const hydratedAttribute = 'data-hydrated';
/** The performance mark set at that moment. */
export const hydratedMark = 'broadsheet:hydrated';

let markHydrated: () => void = () => undefined;
const hydrated = new Promise<void>((resolve) => {
  markHydrated = resolve;
});

/** Called once by the shell when the page has hydrated. */
export function pageHydrated(): void {
  document.documentElement.setAttribute(hydratedAttribute, '');
  performance.mark(hydratedMark);
  markHydrated();
}

export const whenHydrated = (): Promise<void> => hydrated;
