import type { Campaign, Offer } from '../../content/schema';
import type { SubscribeContext } from '../../lib/urls';

/** The offer's checkout URL with the campaign parameters added (existing ones are kept). */
export function checkoutHref(offer: Offer, campaign: Campaign, context: SubscribeContext): string {
  const url = new URL(offer.checkoutUrl);
  const { params } = campaign;
  url.searchParams.set(params.source, campaign.source);
  url.searchParams.set(params.plan, offer.id);
  if (context.placement) url.searchParams.set(params.placement, context.placement);
  if (context.story) url.searchParams.set(params.story, context.story);
  return url.href;
}
