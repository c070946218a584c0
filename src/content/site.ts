import siteJson from './site.json';
import type { Site } from './schema';

// Site settings are small and needed by every page, so they travel in the entry bundle.
// The build checks site.json against the schema (which has no defaults) before any bundle is
// made; JSON imports widen string unions to string, hence the cast.
export const site = siteJson as Site;

/** The absolute URL of a site path, on the newsroom's own origin (canonical links, cards). */
export const siteUrl = (path: string): string => new URL(path, site.origin).href;
