// Dates are formatted in an explicit zone and locale, so the prerendered HTML and the hydrated
// page agree whatever the reader's own zone or language.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone });
    formatters.set(key, found);
  }
  return found;
}

export function formatDate(iso: string, locale: string, timeZone: string): string {
  return formatter(locale, timeZone).format(new Date(iso));
}
