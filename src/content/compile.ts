import { storyPath } from '../lib/urls';
import type { Image, Story } from './schema';
import {
  dataPaths,
  type ImageSet,
  listPageSize,
  type OffersPayload,
  type PromoTeaser,
  type SectionListPayload,
  type StoryListPayload,
  type StoryPayload,
  type StorySummary,
} from './payloads';
import { compileSearch } from './compileSearch';
import type { Content } from './validate';

// Turns checked content into the JSON payloads the pages load, keyed by URL path.

/**
 * Stories a page lists beside each one: its own picks, then the newest of its section, then the
 * newest of the site.
 */
export const relatedCount = 3;
// An unhurried reading pace for news text.
const wordsPerMinute = 230;

function readingMinutes(story: Story): number {
  const words = story.body
    .flatMap((b) => (b.type === 'offer' ? [] : b.text.split(/\s+/)))
    .filter(Boolean).length;
  return Math.max(1, Math.round(words / wordsPerMinute));
}

function byNewest(a: { published: string }, b: { published: string }): number {
  return Date.parse(b.published) - Date.parse(a.published);
}

/** Splits a list into pages; an empty list still has its (empty) first page. */
export function paginate(stories: StorySummary[]): StoryListPayload[] {
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
  const sectionOf = (story: Story) => {
    const section = sections.get(story.section);
    if (!section) throw new Error(`unknown section ${story.section}`);
    return section;
  };
  const summaries = new Map<string, StorySummary>();
  for (const a of content.stories) {
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
  const sidebarPromos = (story: Story): PromoTeaser[] =>
    content.site.sidebarPromos
      .map((id) => promos.get(id))
      // A promo never teases the story the reader is already on.
      .filter((p): p is PromoTeaser => p !== undefined && p.story.slug !== story.slug);
  /**
   * A story shows once per page: never the story itself, nor one a promo beside it already
   * teases; those places go to the newest other stories of its section, then of the site.
   */
  const related = (story: Story, shown: Set<string>): StorySummary[] => {
    const picks = new Set(story.related.filter((slug) => !shown.has(slug)));
    const fill = (fits: (s: StorySummary) => boolean) => {
      for (const s of all) {
        if (picks.size >= relatedCount) break;
        if (fits(s) && !shown.has(s.slug)) picks.add(s.slug);
      }
    };
    fill((s) => s.section.id === story.section);
    fill(() => true);
    return [...picks].map(summary);
  };

  for (const story of content.stories) {
    const inlineOffers: StoryPayload['inlineOffers'] = {};
    for (const block of story.body) {
      const offer = block.type === 'offer' ? inline.get(block.offer) : undefined;
      if (offer) inlineOffers[offer.id] = offer;
    }
    const promosBeside = sidebarPromos(story);
    const shown = new Set([story.slug, ...promosBeside.map((p) => p.story.slug)]);
    const { lead, ...text } = story;
    const page: StoryPayload = {
      story: {
        ...text,
        // The content names the section by its id; the page gets the section itself.
        section: sectionOf(story),
        ...(lead ? { lead: imageSet(lead) } : {}),
        url: summary(story.slug).url,
        readingMinutes: readingMinutes(story),
      },
      related: related(story, shown),
      promos: promosBeside,
      inlineOffers,
    };
    out.set(dataPaths.story(story.slug), page);
  }

  for (const list of paginate(all)) out.set(dataPaths.home(list.page), list);
  for (const section of content.site.sections) {
    for (const list of paginate(all.filter((s) => s.section.id === section.id))) {
      out.set(dataPaths.section(section.id, list.page), {
        ...list,
        section,
      } satisfies SectionListPayload);
    }
  }
  out.set(dataPaths.offers(), {
    offers: content.offers,
    campaign: content.campaign,
  } satisfies OffersPayload);

  compileSearch(content.stories, sectionOf, out);
  return out;
}
