import siteJson from './site.json';
import type { Site } from './schema';

// Site settings are small and needed by every page, so they travel in the entry bundle.
// The build checks site.json against the schema before any bundle is made.
export const site: Site = siteJson;
