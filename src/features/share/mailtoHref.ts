/**
 * A `mailto:` link that opens a new email with the story's title as subject and its link in the
 * body. Each value is percent-encoded with encodeURIComponent rather than URLSearchParams: mail
 * clients read URLSearchParams' `+` as a plus sign, not a space (RFC 6068 wants %20), and `&`,
 * `?` or quotes in a headline must never end the subject early.
 */
export function mailtoHref(title: string, url: string): string {
  // RFC 6068: line breaks in a body are CRLF.
  const body = `${title}\r\n\r\n${url}`;
  return `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
}
