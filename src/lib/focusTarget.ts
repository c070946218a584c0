import type { MouseEvent } from 'react';

/**
 * In-page skip links: move focus to the target without a hash change (which the router would
 * treat as a navigation). Without JavaScript the plain `href="#id"` still does the job.
 */
export function focusTarget(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.focus();
}
