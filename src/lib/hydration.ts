// The markers of hydration that the prerender, the browser, the tests and the budget share.

/**
 * The id of the `<script type="application/json">` that carries the router's loader data from
 * the prerender to the browser (non-executable, so the Content-Security-Policy needs no inline
 * script for it).
 */
export const hydrationScriptId = 'router-data';

/**
 * Set on `<html>` once the page (not only the shell) has hydrated. The static HTML never has it,
 * so a browser test that waits for it cannot pass by accident.
 */
export const hydratedAttribute = 'data-hydrated';
/** The performance mark set at that moment: the budget tells what came before and after. */
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

/** Resolves once the page has hydrated: feature code waits for it, never competing with it. */
export const whenHydrated = (): Promise<void> => hydrated;
