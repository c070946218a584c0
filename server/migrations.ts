// The database's schema, as numbered steps. A database records the last step it has taken in
// `PRAGMA user_version`; opening it takes the steps it lacks, each in one transaction. Add new
// steps at the end; never edit one that has shipped.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'subscribers',
    sql: `
      CREATE TABLE subscribers (
        id INTEGER PRIMARY KEY,
        -- Normalised: trimmed, the domain lower-cased, the local part as the reader wrote it.
        email TEXT NOT NULL UNIQUE,
        -- ISO 8601 in UTC.
        signed_up_at TEXT NOT NULL,
        -- Where the form stood (footer, subscribe, newsletter) and the story being read.
        placement TEXT,
        story TEXT,
        -- 32 random bytes, base64url: the capability in every unsubscribe link.
        unsubscribe_token TEXT NOT NULL UNIQUE
      ) STRICT;
    `,
  },
];
