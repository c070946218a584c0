import type { Offer } from '../../content/schema';

/**
 * The special price applies through its end date (a `YYYY-MM-DD` day in the newsroom's zone).
 * `today` is passed in, never read from the clock here, so the prerender and the browser
 * decide the same way for the same day.
 */
export function activeSpecial(offer: Offer, today: string): Offer['special'] {
  return offer.special && today <= offer.special.ends ? offer.special : undefined;
}
