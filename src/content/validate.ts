import type { z } from 'zod';
import {
  articleSchema,
  offersFileSchema,
  promosFileSchema,
  siteSchema,
  type Article,
  type Campaign,
  type Image,
  type InlineOffer,
  type Offer,
  type Promo,
  type Site,
} from './schema';

// Pure checks over raw file texts: no file system here, so tests can feed any fixture.

export interface ContentFile {
  /** Path as shown to editors, e.g. `src/content/articles/foo.json`. */
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
  articles: Article[];
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
  articles: ContentFile[];
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
  }
}

export function formatProblems(problems: ContentProblem[]): string {
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

function parseFile<T>(
  file: ContentFile,
  schema: z.ZodType<T>,
  problems: ContentProblem[],
): T | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(file.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push({ file: file.path, field: '', message: `is not valid JSON (${reason})` });
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ file: file.path, field: fieldPath(issue.path), message: issue.message });
  }
  return undefined;
}

function fileSlug(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.json$/, '');
}

/** Checks every file and every cross-reference; reports all problems at once. */
export function validateContent(sources: ContentSources): Content {
  const problems: ContentProblem[] = [];
  const site = parseFile(sources.site, siteSchema, problems);
  const promos = parseFile(sources.promos, promosFileSchema, problems) ?? [];
  const offersFile = parseFile(sources.offers, offersFileSchema, problems);

  const articles: Article[] = [];
  const images: ImageUse[] = [];
  const articleFile = new Map<string, string>();
  for (const file of sources.articles) {
    const article = parseFile(file, articleSchema, problems);
    if (!article) continue;
    const seen = articleFile.get(article.slug);
    if (seen) {
      problems.push({
        file: file.path,
        field: 'slug',
        message: `duplicate slug "${article.slug}", also used by ${seen}`,
      });
      continue;
    }
    if (fileSlug(file.path) !== article.slug) {
      problems.push({
        file: file.path,
        field: 'slug',
        message: `"${article.slug}" must match the file name "${fileSlug(file.path)}.json"`,
      });
    }
    articleFile.set(article.slug, file.path);
    articles.push(article);
    if (article.lead)
      images.push({ file: file.path, field: 'lead', image: article.lead, use: 'lead' });
  }
  if (site) {
    images.push({
      file: sources.site.path,
      field: 'shareImage',
      image: site.shareImage,
      use: 'card',
    });
  }

  const sectionIds = new Set(site?.sections.map((s) => s.id));
  const inlineIds = new Set(offersFile?.inline.map((o) => o.id));
  const promoIds = new Set(promos.map((p) => p.id));

  const uniqueIds = (ids: string[], file: string, field: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id))
        problems.push({ file, field: `${field}[${i}].id`, message: `duplicate id "${id}"` });
      seen.add(id);
    });
  };
  if (site)
    uniqueIds(
      site.sections.map((s) => s.id),
      sources.site.path,
      'sections',
    );
  uniqueIds(
    promos.map((p) => p.id),
    sources.promos.path,
    '',
  );
  if (offersFile) {
    uniqueIds(
      offersFile.offers.map((o) => o.id),
      sources.offers.path,
      'offers',
    );
    uniqueIds(
      offersFile.inline.map((o) => o.id),
      sources.offers.path,
      'inline',
    );
  }

  for (const article of articles) {
    const file = articleFile.get(article.slug) ?? '';
    if (site && !sectionIds.has(article.section)) {
      problems.push({
        file,
        field: 'section',
        message: `unknown section "${article.section}" (site.json has ${[...sectionIds].join(', ')})`,
      });
    }
    article.related.forEach((slug, i) => {
      if (!articleFile.has(slug)) {
        problems.push({ file, field: `related[${i}]`, message: `no story has the slug "${slug}"` });
      } else if (slug === article.slug) {
        problems.push({
          file,
          field: `related[${i}]`,
          message: 'a story cannot be related to itself',
        });
      }
    });
    article.body.forEach((block, i) => {
      if (block.type === 'offer' && offersFile && !inlineIds.has(block.offer)) {
        problems.push({
          file,
          field: `body[${i}].offer`,
          message: `no inline offer has the id "${block.offer}" in offers.json`,
        });
      }
    });
  }
  promos.forEach((promo, i) => {
    if (!articleFile.has(promo.story)) {
      problems.push({
        file: sources.promos.path,
        field: `[${i}].story`,
        message: `no story has the slug "${promo.story}"`,
      });
    }
  });
  site?.sidebarPromos.forEach((id, i) => {
    if (!promoIds.has(id)) {
      problems.push({
        file: sources.site.path,
        field: `sidebarPromos[${i}]`,
        message: `no promo has the id "${id}" in promos.json`,
      });
    }
  });

  if (problems.length > 0 || !site || !offersFile) throw new ContentError(problems);
  return {
    site,
    articles,
    promos,
    offers: offersFile.offers,
    inlineOffers: offersFile.inline,
    campaign: offersFile.campaign,
    images,
  };
}
