import type { Article, Campaign, Image, InlineOffer, Offer, Section, Site } from './schema';

// The shapes the build writes to /data and the pages read: derived from the schema types.

export interface StorySummary {
  slug: string;
  url: string;
  section: Section;
  headline: string;
  dek: string;
  published: string;
  sample: boolean;
  image?: Image;
}

export interface PromoTeaser {
  id: string;
  title: string;
  blurb: string;
  story: StorySummary;
}

export interface StoryPage {
  article: Article & { url: string; sectionInfo: Section; readingMinutes: number };
  related: StorySummary[];
  promos: PromoTeaser[];
  inlineOffers: Record<string, InlineOffer>;
}

export interface StoryList {
  stories: StorySummary[];
}

export interface SectionList extends StoryList {
  section: Section;
}

export interface OffersPage {
  offers: Offer[];
  campaign: Campaign;
}

export interface SearchDocument {
  id: string;
  url: string;
  headline: string;
  dek: string;
  section: string;
  published: string;
  body: string;
  byline: string;
}

/** Where each payload lives under the site root. */
export const dataPaths = {
  story: (slug: string) => `/data/story/${slug}.json`,
  home: () => '/data/list/home.json',
  section: (id: string) => `/data/list/${id}.json`,
  offers: () => '/data/offers.json',
  search: () => '/data/search.json',
};

export type { Site };
