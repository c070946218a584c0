import { dataPaths } from './payloads';
import type { Section, Story } from './schema';
import {
  encodeFuzzyLine,
  encodeIds,
  encodeTermsFile,
  fieldCount,
  frequencyClass,
  termAnchors,
  type DocRecord,
  type SearchManifest,
} from './searchIndex';
import { snippet, tokenise } from './searchText';

// The search index, written at build time (the format is in searchIndex.ts). Every file is kept
// about the same size, and the size is chosen so the whole index stays within `fileBudget`
// files: few enough for any static host, small enough that a query fetches little.

const fileBudget = 2000;
const docsPerFile = 10;
const smallestFile = 8 * 1024;
/** Characters of the body kept for snippets, cut between words. */
const excerptLength = 160;

interface Line {
  key: string;
  text: string;
  /** Starts a new file: the first of a bucket too big for one file. */
  fresh?: boolean;
}

/** Lines packed in order into files of about `target` characters; each file's first key. */
function pack(lines: readonly Line[], target: number) {
  const files: string[][] = [];
  const firstKeys: string[] = [];
  let size = Infinity;
  for (const line of lines) {
    if (line.fresh || size + line.text.length > target) {
      files.push([]);
      firstKeys.push(line.key);
      size = 0;
    }
    files.at(-1)?.push(line.text);
    size += line.text.length + 3;
  }
  return { files, firstKeys };
}

/** A fuzzy bucket as lines of about `target` characters at most, each starting with its key. */
function bucketLines(key: string, entries: readonly [string, string][], target: number): Line[] {
  const lines: Line[] = [];
  let part: [string, string][] = [];
  let size = key.length;
  for (const entry of entries) {
    if (size + entry[1].length + 2 > target && part.length > 0) {
      lines.push({ key, text: encodeFuzzyLine(key, part) });
      part = [];
      size = key.length;
    }
    part.push(entry);
    size += entry[1].length + 2;
  }
  lines.push({ key, text: encodeFuzzyLine(key, part) });
  // A bucket over several files starts a file of its own, so its key names all its files.
  if (lines.length > 1 && lines[0]) lines[0].fresh = true;
  return lines;
}

/** Writes the search index's files into `out`. */
export function compileSearch(
  stories: readonly Story[],
  sectionOf: (a: Story) => Section,
  out: Map<string, unknown>,
): void {
  // Story ids run from the newest story, so ties between equal matches go to the newer one.
  const newestFirst = [...stories].sort(
    (a, b) => Date.parse(b.published) - Date.parse(a.published) || a.slug.localeCompare(b.slug),
  );

  const postings = new Map<string, number[][]>();
  const docs: DocRecord[] = [];
  const sections = new Map<string, [number, string]>();
  newestFirst.forEach((story, id) => {
    const body = story.body.flatMap((b) => (b.type === 'offer' ? [] : [b.text])).join('\n');
    const fields = [story.headline, `${story.dek}\n${story.byline}`, body];
    const best = new Map<string, number>();
    fields.forEach((text, field) => {
      for (const { term } of tokenise(text)) if (!best.has(term)) best.set(term, field);
    });
    for (const [term, field] of best) {
      let lists = postings.get(term);
      if (!lists) {
        lists = Array.from({ length: fieldCount }, () => []);
        postings.set(term, lists);
      }
      lists[field]?.push(id);
    }
    const section = sectionOf(story);
    if (!sections.has(section.id)) sections.set(section.id, [sections.size, section.name]);
    docs.push([
      sections.get(section.id)?.[0] ?? 0,
      story.slug,
      Date.parse(story.published) / 1000,
      story.headline,
      story.dek,
      snippet(body.replace(/\s+/gu, ' '), [], excerptLength),
    ]);
  });

  const sortedTerms = [...postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const termEntries = new Map(
    sortedTerms.map((term) => [term, (postings.get(term) ?? []).map(encodeIds)] as const),
  );
  // Sized as written: front-coded against the term before.
  const termLines = encodeTermsFile([...termEntries]).map((text, i) => ({
    key: sortedTerms[i] ?? '',
    text,
  }));

  const anchors = new Map<string, [string, string][]>();
  for (const term of sortedTerms) {
    const stories = (postings.get(term) ?? []).reduce((n, list) => n + list.length, 0);
    for (const [key, rest] of termAnchors(term)) {
      const list = anchors.get(key) ?? [];
      list.push([frequencyClass(stories), rest]);
      anchors.set(key, list);
    }
  }
  const anchorKeys = [...anchors.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  // One size for every terms and fuzzy file, so that together with the story files and the
  // manifest they stay within the budget (a little slack for files that end early).
  const docFiles = Math.ceil(docs.length / docsPerFile);
  const indexChars =
    termLines.reduce((n, l) => n + l.text.length + 3, 0) +
    [...anchors.values()].reduce((n, list) => n + list.length * 6 + 12, 0);
  let target = Math.max(smallestFile, Math.ceil(indexChars / (0.9 * (fileBudget - 1 - docFiles))));
  let terms = pack(termLines, target);
  let fuzzy = pack(
    anchorKeys.flatMap((key) => bucketLines(key, anchors.get(key) ?? [], target)),
    target,
  );
  while (terms.files.length + fuzzy.files.length + docFiles + 1 > fileBudget) {
    target = Math.ceil(target * 1.1);
    terms = pack(termLines, target);
    fuzzy = pack(
      anchorKeys.flatMap((key) => bucketLines(key, anchors.get(key) ?? [], target)),
      target,
    );
  }

  let written = 0;
  terms.files.forEach((file, i) => {
    // Each file is front-coded on its own, from its first term.
    const entries = sortedTerms
      .slice(written, written + file.length)
      .map((term) => [term, termEntries.get(term) ?? []] as [string, string[]]);
    written += file.length;
    out.set(dataPaths.searchTerms(i), encodeTermsFile(entries));
  });
  fuzzy.files.forEach((file, i) => out.set(dataPaths.searchFuzzy(i), file));
  for (let i = 0; i < docFiles; i += 1) {
    out.set(dataPaths.searchDocs(i), docs.slice(i * docsPerFile, (i + 1) * docsPerFile));
  }
  const manifest: SearchManifest = {
    docCount: docs.length,
    docsPerFile,
    termFiles: terms.firstKeys,
    fuzzyFiles: fuzzy.firstKeys,
    sections: [...sections].map(([id, [, name]]) => [id, name]),
  };
  out.set(dataPaths.searchManifest(), manifest);
}
