// Counts as the reader reads them ("1,234"), in an explicit locale like dates (formatDate.ts).
// Making a formatter loads the locale's number data, which takes a phone some 50 ms the first
// time, so each is made once; a page can make it early with any number.

const formatters = new Map<string, Intl.NumberFormat>();

export function formatCount(n: number, locale: string): string {
  let found = formatters.get(locale);
  if (!found) {
    found = new Intl.NumberFormat(locale);
    formatters.set(locale, found);
  }
  return found.format(n);
}
