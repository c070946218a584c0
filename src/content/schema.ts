import { z } from 'zod';

// The one definition of Broadsheet's content. Types are inferred from it; nothing else declares them.

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens (a-z, 0-9, -)');
const isoDateTime = z.iso.datetime({
  offset: true,
  error: 'must be an ISO 8601 date-time with an offset, e.g. 2012-11-07T12:00:00-05:00',
});
const isoDate = z.iso.date({ error: 'must be a date as YYYY-MM-DD' });
const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// URL' });
// Site paths and image sources: root-relative, never a protocol that could run script.
const sitePath = z
  .string()
  .regex(/^\/(?!\/)[^\s]*$/, 'must be a root-relative path starting with /');

// A photo's source file: its path from src/content/ (e.g. `images/harbour.jpg`), never a URL.
// The build makes every size and format the pages serve from this one file.
const photoFile = z
  .string()
  .regex(
    /^(?!\/)(?![a-z][a-z0-9+.-]*:)[^\s\\]+\.(?:jpe?g|png|webp)$/i,
    'must be the path of a JPEG, PNG or WebP file from src/content/, e.g. images/harbour.jpg',
  );

const imageFields = {
  src: photoFile,
  alt: nonEmpty.describe('text alternative read to screen-reader users').optional(),
  // A picture that adds nothing to the text may say so instead of having alt text.
  decorative: z.literal(true).optional(),
  caption: nonEmpty.optional(),
  credit: nonEmpty.describe('who made the picture, shown with it'),
  // Sample artwork standing in for the photograph the caption describes: readers are told so.
  sample: z.boolean().optional(),
};

interface AltFields {
  alt?: string | undefined;
  decorative?: true | undefined;
}
// Alt text, or an explicit "decorative": one of the two, never both and never neither.
const hasAltOrDecorative = (image: AltFields) =>
  (image.alt !== undefined) !== (image.decorative === true);
const altRule = {
  path: ['alt'],
  error: (issue: { input: unknown }) =>
    (issue.input as AltFields).decorative
      ? 'a decorative image has no alt text: remove "alt" or "decorative"'
      : 'describe the picture for readers who cannot see it, or set "decorative": true if it adds nothing to the text',
  // Checked even when another field has a problem, so every problem is listed at once.
  when: (payload: { value: unknown }) =>
    typeof payload.value === 'object' && payload.value !== null,
};

const imageSchema = z.object(imageFields).strict().refine(hasAltOrDecorative, altRule);
// A story's lead photo is shown with its caption, so it must have one.
const leadImageSchema = z
  .object({ ...imageFields, caption: nonEmpty })
  .strict()
  .refine(hasAltOrDecorative, altRule);

const paragraphBlockSchema = z.object({ type: z.literal('paragraph'), text: nonEmpty });
const headingBlockSchema = z.object({ type: z.literal('heading'), text: nonEmpty });
const offerBlockSchema = z.object({ type: z.literal('offer'), offer: slug });
const blockSchema = z.discriminatedUnion('type', [
  paragraphBlockSchema,
  headingBlockSchema,
  offerBlockSchema,
]);

export const storySchema = z
  .object({
    slug,
    section: slug,
    headline: nonEmpty,
    dek: nonEmpty,
    byline: nonEmpty,
    published: isoDateTime,
    updated: isoDateTime.optional(),
    // True for stories written as sample content rather than reporting: shown to readers as such.
    sample: z.boolean().default(false),
    lead: leadImageSchema.optional(),
    body: z.array(blockSchema).min(1, 'a story needs at least one block of body text'),
    related: z.array(slug).default([]),
  })
  .strict();

const sectionSchema = z.object({ id: slug, name: nonEmpty, description: nonEmpty });
// Services that have shut down: a link to one leads a reader nowhere.
const closedServices = new Map([
  ['plus.google.com', 'Google+ closed in 2019'],
  ['vine.co', 'Vine closed in 2017'],
  ['www.vine.co', 'Vine closed in 2017'],
]);

/** A follow link points at the newsroom's own account on a service that still exists. */
const followLinkSchema = z
  .object({
    label: nonEmpty,
    href: z.union([httpsUrl, sitePath]).superRefine((href, ctx) => {
      if (href.startsWith('/')) return;
      const { hostname, pathname } = new URL(href);
      const closed = closedServices.get(hostname);
      if (closed) ctx.addIssue({ code: 'custom', message: `${closed}: remove this link` });
      else if (pathname === '/')
        ctx.addIssue({
          code: 'custom',
          message: `must point at the newsroom's own account on ${hostname}, not at its front page`,
        });
    }),
    // True for a placeholder account of this sample newsroom: the link says so.
    sample: z.boolean(),
  })
  .strict();

const newsletterSchema = z
  .object({
    heading: nonEmpty,
    description: nonEmpty,
    // A real form target, so sign-up works without JavaScript too.
    action: z.union([httpsUrl, sitePath]),
    method: z.enum(['post', 'get']),
    field: nonEmpty,
    success: nonEmpty,
    timeoutMs: z.number().int().positive(),
  })
  .strict();

// site.json travels in the entry bundle as checked, so it has no defaults: every field is
// written out, and what the schema accepted is exactly what the pages read.
export const siteSchema = z
  .object({
    name: nonEmpty,
    tagline: nonEmpty,
    origin: httpsUrl,
    language: nonEmpty,
    // Dates are shown in the newsroom's zone, the same at build time and in every reader's browser.
    timeZone: nonEmpty,
    sections: z.array(sectionSchema).min(1),
    sidebarPromos: z.array(slug),
    follow: z.object({ heading: nonEmpty, links: z.array(followLinkSchema) }).strict(),
    feeds: z.object({ label: nonEmpty }).strict(),
    newsletter: newsletterSchema,
    // Raster logo for search engines' publisher markup, and the image shared for non-story pages.
    logo: z
      .object({
        src: sitePath,
        width: z.number().int().positive(),
        height: z.number().int().positive(),
      })
      .strict(),
    shareImage: imageSchema,
  })
  .strict();

const promoSchema = z
  .object({
    id: slug,
    title: nonEmpty,
    blurb: nonEmpty,
    story: slug,
  })
  .strict();

export const offerSchema = z
  .object({
    id: slug,
    name: nonEmpty,
    kind: z.enum(['print', 'digital', 'bundle']),
    price: z.number().positive(),
    currency: z.string().length(3).default('USD'),
    period: z.enum(['week', 'month', 'year']),
    includes: z.array(nonEmpty).min(1),
    special: z
      .object({ label: nonEmpty, price: z.number().nonnegative(), ends: isoDate })
      .strict()
      .optional(),
    checkoutUrl: httpsUrl,
  })
  .strict();

const inlineOfferSchema = z
  .object({
    id: slug,
    points: z.array(nonEmpty).min(1),
    special: nonEmpty,
    cta: nonEmpty,
  })
  .strict();

export const promosFileSchema = z.array(promoSchema);
// Names of the campaign parameters added to checkout URLs, for the newsroom's analytics.
const campaignSchema = z
  .object({
    source: nonEmpty.default('broadsheet'),
    params: z
      .object({
        source: nonEmpty.default('utm_source'),
        placement: nonEmpty.default('utm_medium'),
        plan: nonEmpty.default('utm_campaign'),
        story: nonEmpty.default('utm_content'),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export const offersFileSchema = z
  .object({
    offers: z.array(offerSchema).min(1),
    inline: z.array(inlineOfferSchema),
    campaign: campaignSchema.prefault({}),
  })
  .strict();

export type Image = z.infer<typeof imageSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Story = z.infer<typeof storySchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Site = z.infer<typeof siteSchema>;
export type Newsletter = z.infer<typeof newsletterSchema>;
export type Promo = z.infer<typeof promoSchema>;
export type Offer = z.infer<typeof offerSchema>;
export type InlineOffer = z.infer<typeof inlineOfferSchema>;
export type Campaign = z.infer<typeof campaignSchema>;
