import type { z } from 'zod';
import {
  offersFileSchema,
  promosFileSchema,
  siteSchema,
  storySchema,
  type Campaign,
  type Image,
  type InlineOffer,
  type Offer,
  type Promo,
  type Site,
  type Story,
} from './schema';

// Pure checks over raw file texts: no file system here, so tests can feed any fixture.

export interface ContentFile {
  /** Path as shown to editors, e.g. `src/content/stories/foo.json`. */
  path: string;
  text: string;
}

export interface ContentProblem {
  file: string;
  /** Dotted field path inside the file, e.g. `lead.alt` or `body[3].text`; empty for the whole file. */
  field: string;
  message: string;
}

/** Where a photo is named in the content, so the build's check of its file names that place. */
export interface ImageUse {
  file: string;
  /** Dotted field path of the image object, e.g. `lead` or `shareImage`. */
  field: string;
  image: Image;
  /** A story's lead is served at every width; the site's picture only as the social card. */
  use: 'lead' | 'card';
}

export interface Content {
  site: Site;
  stories: Story[];
  promos: Promo[];
  offers: Offer[];
  inlineOffers: InlineOffer[];
  campaign: Campaign;
  images: ImageUse[];
}

export interface ContentSources {
  site: ContentFile;
  promos: ContentFile;
  offers: ContentFile;
  stories: ContentFile[];
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
  }
}

function formatProblems(problems: ContentProblem[]): string {
  const lines = problems.map((p) => `  ${p.file}${p.field ? ` › ${p.field}` : ''}: ${p.message}`);
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `Content check failed with ${count}:\n${lines.join('\n')}`;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/** A file's JSON, and what the schema made of it (undefined when the schema refused it). */
interface Parsed<T> {
  json: unknown;
  data: T | undefined;
}

/** Undefined when the file is not JSON at all; its schema problems go to `problems`. */
function parseFile<T>(
  file: ContentFile,
  schema: z.ZodType<T>,
  problems: ContentProblem[],
): Parsed<T> | undefined {
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push({ file: file.path, field: '', message: `is not valid JSON (${reason})` });
    return undefined;
  }
  const result = schema.safeParse(json);
  if (result.success) return { json, data: result.data };
  for (const issue of result.error.issues) {
    problems.push({ file: file.path, field: fieldPath(issue.path), message: issue.message });
  }
  return { json, data: undefined };
}

function fileSlug(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.json$/, '');
}

// Cross-references are read leniently from every file that is JSON, whether or not it passed
// the schema: a story with a missing headline still has its related stories checked, in the same
// run. A value of the wrong type is the schema's to report; here it is simply skipped.
const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
const list = (value: unknown): unknown[] | undefined => (Array.isArray(value) ? value : undefined);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;
/** The `key` of each entry of a list, by position (undefined where it is not text). */
const texts = (value: unknown, key?: string): (string | undefined)[] | undefined =>
  list(value)?.map((item) => text(key === undefined ? item : record(item)[key]));

/** Checks every file and every cross-reference; reports all problems at once. */
export function validateContent(sources: ContentSources): Content {
  const problems: ContentProblem[] = [];
  const site = parseFile(sources.site, siteSchema, problems);
  const promos = parseFile(sources.promos, promosFileSchema, problems);
  const offersFile = parseFile(sources.offers, offersFileSchema, problems);

  // Every story file that is JSON names a story, valid or not; only valid ones are published.
  const stories: Story[] = [];
  const storyFile = new Map<string, string>();
  const parsedStories: { file: string; json: unknown }[] = [];
  for (const file of sources.stories) {
    const parsed = parseFile(file, storySchema, problems);
    if (!parsed) continue;
    const slug = text(record(parsed.json).slug);
    if (slug === undefined) continue;
    const seen = storyFile.get(slug);
    if (seen) {
      problems.push({
        file: file.path,
        field: 'slug',
        message: `duplicate slug "${slug}", also used by ${seen}`,
      });
      continue;
    }
    if (fileSlug(file.path) !== slug) {
      problems.push({
        file: file.path,
        field: 'slug',
        message: `"${slug}" must match the file name "${fileSlug(file.path)}.json"`,
      });
    }
    storyFile.set(slug, file.path);
    parsedStories.push({ file: file.path, json: parsed.json });
    if (parsed.data) stories.push(parsed.data);
  }
  const images: ImageUse[] = stories.flatMap((story) => {
    const file = storyFile.get(story.slug) ?? '';
    return story.lead ? [{ file, field: 'lead', image: story.lead, use: 'lead' as const }] : [];
  });
  if (site?.data) {
    images.push({
      file: sources.site.path,
      field: 'shareImage',
      image: site.data.shareImage,
      use: 'card',
    });
  }

  // What the other files point at; undefined where their file or list could not be read, so
  // nothing is reported as missing only because its list is broken.
  const siteJson = record(site?.json);
  const sectionIds = texts(siteJson.sections, 'id');
  const promoIds = texts(promos?.json, 'id');
  const offerIds = texts(record(offersFile?.json).offers, 'id');
  const inlineIds = texts(record(offersFile?.json).inline, 'id');

  const uniqueIds = (ids: (string | undefined)[] | undefined, file: string, field: string) => {
    const seen = new Set<string>();
    ids?.forEach((id, i) => {
      if (id === undefined) return;
      if (seen.has(id))
        problems.push({ file, field: `${field}[${i}].id`, message: `duplicate id "${id}"` });
      seen.add(id);
    });
  };
  uniqueIds(sectionIds, sources.site.path, 'sections');
  uniqueIds(promoIds, sources.promos.path, '');
  uniqueIds(offerIds, sources.offers.path, 'offers');
  uniqueIds(inlineIds, sources.offers.path, 'inline');

  for (const { file, json } of parsedStories) {
    const story = record(json);
    const slug = text(story.slug);
    const section = text(story.section);
    if (section !== undefined && sectionIds && !sectionIds.includes(section)) {
      problems.push({
        file,
        field: 'section',
        message: `unknown section "${section}" (site.json has ${sectionIds.join(', ')})`,
      });
    }
    texts(story.related)?.forEach((related, i) => {
      if (related === undefined) return;
      if (!storyFile.has(related)) {
        problems.push({
          file,
          field: `related[${i}]`,
          message: `no story has the slug "${related}"`,
        });
      } else if (related === slug) {
        problems.push({
          file,
          field: `related[${i}]`,
          message: 'a story cannot be related to itself',
        });
      }
    });
    list(story.body)?.forEach((item, i) => {
      const block = record(item);
      const offer = text(block.offer);
      if (
        block.type === 'offer' &&
        offer !== undefined &&
        inlineIds &&
        !inlineIds.includes(offer)
      ) {
        problems.push({
          file,
          field: `body[${i}].offer`,
          message: `no inline offer has the id "${offer}" in offers.json`,
        });
      }
    });
  }
  texts(promos?.json, 'story')?.forEach((story, i) => {
    if (story !== undefined && !storyFile.has(story)) {
      problems.push({
        file: sources.promos.path,
        field: `[${i}].story`,
        message: `no story has the slug "${story}"`,
      });
    }
  });
  texts(siteJson.sidebarPromos)?.forEach((id, i) => {
    if (id !== undefined && promoIds && !promoIds.includes(id)) {
      problems.push({
        file: sources.site.path,
        field: `sidebarPromos[${i}]`,
        message: `no promo has the id "${id}" in promos.json`,
      });
    }
  });

  // Each file's problems together, files in the order they were given.
  const order = new Map(
    [sources.site, sources.promos, sources.offers, ...sources.stories].map((f, i) => [f.path, i]),
  );
  problems.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));

  if (problems.length > 0 || !site?.data || !promos?.data || !offersFile?.data) {
    throw new ContentError(problems);
  }
  return {
    site: site.data,
    stories,
    promos: promos.data,
    offers: offersFile.data.offers,
    inlineOffers: offersFile.data.inline,
    campaign: offersFile.data.campaign,
    images,
  };
}
