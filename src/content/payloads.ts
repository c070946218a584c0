import type { Campaign, Image, InlineOffer, Offer, Section, Story } from './schema';

// The shapes the build writes to /data and the pages read: derived from the schema types.
// In the content files a story's `section` is the section's id; in every payload it is the
// section itself (`Section`).

/**
 * A photo as pages serve it: the editor's words from the content, and where the build put its
 * renditions (`base`, see src/lib/imageFiles.ts), with the size that keeps the page from moving.
 */
export interface ImageSet extends Pick<Image, 'caption' | 'credit' | 'sample'> {
  /** Empty when the content marks the picture decorative. */
  alt: string;
  base: string;
  /** The largest rendition's size, for the width and height attributes (its aspect ratio). */
  width: number;
  height: number;
  /** A tiny blurred preview as a data: URI, shown until the photo arrives. */
  placeholder: string;
}

export interface StorySummary {
  slug: string;
  url: string;
  section: Section;
  headline: string;
  dek: string;
  published: string;
  sample: boolean;
  image?: ImageSet;
}

export interface PromoTeaser {
  id: string;
  title: string;
  blurb: string;
  story: StorySummary;
}

export interface StoryPayload {
  /** A story as its page shows it: like every payload, `section` is the section itself. */
  story: Omit<Story, 'lead' | 'section'> & {
    section: Section;
    lead?: ImageSet;
    url: string;
    readingMinutes: number;
  };
  related: StorySummary[];
  promos: PromoTeaser[];
  inlineOffers: Record<string, InlineOffer>;
}

/** Stories on one page of the front page or a section: no page grows with the archive. */
export const listPageSize = 20;

export interface StoryListPayload {
  stories: StorySummary[];
  page: number;
  pageCount: number;
}

export interface SectionListPayload extends StoryListPayload {
  section: Section;
}

export interface OffersPayload {
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
