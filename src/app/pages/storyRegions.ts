// The story page's regions that load once the page is idle (src/app/onDemand.ts): sharing, the
// reading tools (Listen, the reading position), the inline offer and the sidebar. One chunk
// rather than one each, as they load at the same moment and a small chunk costs as much again
// in its own overhead; what a tool loads when used still comes in a chunk of its own.
export { ShareTools } from '../../features/share/ShareTools';
export { InlineOffer } from '../../features/subscribe/InlineOffer';
export { StorySidebar } from './StorySidebar';
export { StoryTools } from './StoryTools';
