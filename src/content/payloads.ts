import type { Article, Campaign, Image, InlineOffer, Offer, Section } from './schema';

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

/** Stories on one page of the front page or a section: no page grows with the archive. */
export const listPageSize = 20;

export interface StoryList {
  stories: StorySummary[];
  page: number;
  pageCount: number;
}

export interface SectionList extends StoryList {
  section: Section;
}

export interface OffersPage {
  offers: Offer[];
  campaign: Campaign;
}

/** Where each payload lives under the site root. */
export const dataPaths = {
  story: (slug: string) => `/data/story/${slug}.json`,
  home: (page: number) => `/data/list/home/${String(page)}.json`,
  section: (id: string, page: number) => `/data/list/${id}/${String(page)}.json`,
  offers: () => '/data/offers.json',
  searchManifest: () => '/data/search/manifest.json',
  searchTerms: (file: number) => `/data/search/terms/${String(file)}.json`,
  searchFuzzy: (file: number) => `/data/search/fuzzy/${String(file)}.json`,
  searchDocs: (file: number) => `/data/search/docs/${String(file)}.json`,
};
