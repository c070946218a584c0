// The newsletter's four pages, loaded together the first time one is needed (routes.tsx): few
// readers open any of them, so none is part of a first visit's JavaScript, and one chunk costs
// the entry one file name rather than four. Not a barrel for convenience: it is that boundary.
export { NewsletterPage, newsletterLoader } from './NewsletterPage';
export { NewsletterThanksPage } from './NewsletterThanksPage';
export { UnsubscribedPage } from './UnsubscribedPage';
export { UnsubscribePage, unsubscribeLoader } from './UnsubscribePage';
