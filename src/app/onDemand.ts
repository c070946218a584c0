import { lazyFeature } from '../lib/lazyFeature';

// The regions whose code is not needed to show a page (src/lib/lazyFeature.tsx), each a chunk
// of its own (but the story page's, which load together: pages/storyRegions.ts), defined once
// here for the pages and the shell. Each loads once the page has
// hydrated and the browser is idle, or at once when the reader reaches for the page. Until then
// their prerendered HTML stays: links are plain links, the sign-up form posts, and a click on
// a button or a change of a preference is kept by the boot script and done on arrival.
//
// None may wait longer than that (say, for first use): a region still waiting for its code
// holds up every later page change, as React finishes hydrating before it commits one.

export const SaveButton = lazyFeature(() =>
  import('../features/saved/SaveButton').then((m) => m.SaveButton),
);
// A story's lead photo with its caption: nothing to do but show it, and its HTML (and the
// photo's preload) are in the page already.
export const LeadFigure = lazyFeature(() =>
  import('../features/story/LeadFigure').then((m) => m.LeadFigure),
);
export const StorySidebar = lazyFeature(() =>
  import('./pages/storyRegions').then((m) => m.StorySidebar),
);
export const InlineOffer = lazyFeature(() =>
  import('./pages/storyRegions').then((m) => m.InlineOffer),
);
export const ShareTools = lazyFeature(() =>
  import('./pages/storyRegions').then((m) => m.ShareTools),
);
export const ReaderPreferences = lazyFeature(() =>
  import('../features/preferences/ReaderPreferences').then((m) => m.ReaderPreferences),
);
export const NewsletterForm = lazyFeature(() =>
  import('../features/newsletter/NewsletterForm').then((m) => m.NewsletterForm),
);
export const UpdatePrompt = lazyFeature(() =>
  import('./shell/UpdatePrompt').then((m) => m.UpdatePrompt),
);
export const StoryTools = lazyFeature(() =>
  import('./pages/storyRegions').then((m) => m.StoryTools),
);
export const ContinueReading = lazyFeature(() =>
  import('../features/reading-position/ContinueReading').then((m) => m.ContinueReading),
);
