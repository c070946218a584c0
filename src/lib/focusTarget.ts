import type { MouseEvent } from 'react';

/**
 * In-page skip links: move focus to the target without a hash change (which the router would
 * treat as a navigation), opening the disclosure it may be folded in (the header's search on a
 * phone). Without JavaScript the plain `href="#id"` still does the job: the browser opens it.
 */
export function focusTarget(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  const folded = target.closest('details');
  if (folded) folded.open = true;
  target.focus();
}
