import { storyPath } from '../lib/urls';
import type { Article, Image } from './schema';
import {
  dataPaths,
  type ImageSet,
  listPageSize,
  type OffersPage,
  type PromoTeaser,
  type SectionList,
  type StoryList,
  type StoryPage,
  type StorySummary,
} from './payloads';
import { compileSearch } from './compileSearch';
import type { Content } from './validate';

// Turns checked content into the JSON payloads the pages load, keyed by URL path.

/** Stories a page lists beside each one: its own picks, then the newest of its section. */
export const relatedCount = 3;
// An unhurried reading pace for news text.
const wordsPerMinute = 230;

function readingMinutes(article: Article): number {
  const words = article.body
    .flatMap((b) => (b.type === 'offer' ? [] : b.text.split(/\s+/)))
    .filter(Boolean).length;
  return Math.max(1, Math.round(words / wordsPerMinute));
}

function byNewest(a: { published: string }, b: { published: string }): number {
  return Date.parse(b.published) - Date.parse(a.published);
}

/** Splits a list into pages; an empty list still has its (empty) first page. */
export function paginate(stories: StorySummary[]): StoryList[] {
  const pageCount = Math.max(1, Math.ceil(stories.length / listPageSize));
  return Array.from({ length: pageCount }, (_, i) => ({
    stories: stories.slice(i * listPageSize, (i + 1) * listPageSize),
    page: i + 1,
    pageCount,
  }));
}

/** The served form of a photo named in the content: made by the build's image step. */
export type ImageSets = (image: Image) => ImageSet;

export function compileContent(content: Content, imageSet: ImageSets): Map<string, unknown> {
  const sections = new Map(content.site.sections.map((s) => [s.id, s]));
  const sectionOf = (article: Article) => {
    const section = sections.get(article.section);
    if (!section) throw new Error(`unknown section ${article.section}`);
    return section;
  };
  const summaries = new Map<string, StorySummary>();
  for (const a of content.articles) {
    summaries.set(a.slug, {
      slug: a.slug,
      url: storyPath(a.section, a.slug),
      section: sectionOf(a),
      headline: a.headline,
      dek: a.dek,
      published: a.published,
      sample: a.sample,
      ...(a.lead ? { image: imageSet(a.lead) } : {}),
    });
  }
  const summary = (slug: string): StorySummary => {
    const found = summaries.get(slug);
    if (!found) throw new Error(`unknown story ${slug}`);
    return found;
  };
  const promos = new Map<string, PromoTeaser>(
    content.promos.map((p) => [p.id, { ...p, story: summary(p.story) }]),
  );
  const inline = new Map(content.inlineOffers.map((o) => [o.id, o]));
  const out = new Map<string, unknown>();
  const all = [...summaries.values()].sort(byNewest);
  const related = (article: Article): StorySummary[] => {
    const picks = new Set(article.related);
    for (const s of all) {
      if (picks.size >= relatedCount) break;
      if (s.section.id === article.section && s.slug !== article.slug) picks.add(s.slug);
    }
    return [...picks].map(summary);
  };

  for (const article of content.articles) {
    const inlineOffers: StoryPage['inlineOffers'] = {};
    for (const block of article.body) {
      const offer = block.type === 'offer' ? inline.get(block.offer) : undefined;
      if (offer) inlineOffers[offer.id] = offer;
    }
    const { lead, ...text } = article;
    const page: StoryPage = {
      article: {
        ...text,
        ...(lead ? { lead: imageSet(lead) } : {}),
        url: summary(article.slug).url,
        sectionInfo: sectionOf(article),
        readingMinutes: readingMinutes(article),
      },
      related: related(article),
      // A promo never teases the story the reader is already on.
      promos: content.site.sidebarPromos
        .map((id) => promos.get(id))
        .filter((p): p is PromoTeaser => p !== undefined && p.story.slug !== article.slug),
      inlineOffers,
    };
    out.set(dataPaths.story(article.slug), page);
  }

  for (const list of paginate(all)) out.set(dataPaths.home(list.page), list);
  for (const section of content.site.sections) {
    for (const list of paginate(all.filter((s) => s.section.id === section.id))) {
      out.set(dataPaths.section(section.id, list.page), { ...list, section } satisfies SectionList);
    }
  }
  out.set(dataPaths.offers(), {
    offers: content.offers,
    campaign: content.campaign,
  } satisfies OffersPage);

  compileSearch(content.articles, sectionOf, out);
  return out;
}
