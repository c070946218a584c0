// The pages the bench visits: the sample story, the story its related list links to (whose
// list links back), and the front and section pages Lighthouse audits.

export const storyPagePath = '/world/russia-not-obamas-no-1-foe-moscow-doubts-fresh-reset';
export const relatedPath = '/doing-good/danny-bent-one-run-for-boston';

/** The page types whose weight and Lighthouse figures the bench prints. */
export const weighedPages = [
  { name: 'story', path: storyPagePath },
  { name: 'front', path: '/' },
  { name: 'section', path: '/world' },
  { name: 'search', path: '/search' },
] as const;
