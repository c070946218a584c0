/**
 * The newsletter form's fields besides the address (named by site.json › newsletter.field), as
 * the form sends them and the sign-up service (server/) reads them. `trap` is the honeypot:
 * hidden from readers and assistive technology, so only a program fills it in.
 */
export const signupFields = { placement: 'placement', story: 'story', trap: 'website' } as const;
