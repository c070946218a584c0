// Skip-link targets exist once on every page (Simorgh #9963, #12255: missing or duplicated ids).
export type SkipTarget = 'maincontent' | 'navigation' | 'search';
