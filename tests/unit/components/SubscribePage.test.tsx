import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleSlug } from '../realContent';
import { expectLinkTo, real, renderRoute } from './renderRoute';

async function renderOffers(url = '/subscribe') {
  const { offers, campaign } = (await real()).offers();
  expect(offers.length).toBeGreaterThan(1);
  await renderRoute(url);
  await screen.findByRole('heading', { level: 1, name: 'Subscribe in print or digital' });
  return { offers, campaign, cards: screen.getAllByRole('article') };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('SubscribePage', () => {
  it('shows one card per offer, named after it', async () => {
    const { offers, cards } = await renderOffers();

    expect(cards).toHaveLength(offers.length);
    offers.forEach((offer, i) => {
      expect(cards[i]).toHaveAccessibleName(offer.name);
      expect(
        within(cards[i] ?? document.body).getByRole('heading', { level: 2 }),
      ).toHaveTextContent(offer.name);
    });
  });

  it("shows each offer's price and what it includes", async () => {
    const { offers } = await renderOffers();

    for (const offer of offers) {
      const card = screen.getByRole('article', { name: offer.name });
      expect(card).toHaveTextContent(`$${offer.price} a ${offer.period}`);
      const included = within(within(card).getByRole('list'))
        .getAllByRole('listitem')
        .map((li) => li.textContent);
      expect(included).toEqual(offer.includes);
    }
  });

  it("links each card to that offer's checkout, with the campaign's parameters", async () => {
    const { offers, campaign } = await renderOffers();

    for (const offer of offers) {
      const card = screen.getByRole('article', { name: offer.name });
      expectLinkTo(
        within(card).getByRole('link', { name: `Subscribe to ${offer.name}` }),
        offer.checkoutUrl,
        { [campaign.params.source]: campaign.source, [campaign.params.plan]: offer.id },
      );
    }
  });

  it('carries the placement and story a reader came from to the checkout', async () => {
    const { offers, campaign } = await renderOffers(
      `/subscribe?placement=inline&story=${sampleSlug}`,
    );

    for (const offer of offers) {
      const card = screen.getByRole('article', { name: offer.name });
      expectLinkTo(
        within(card).getByRole('link', { name: `Subscribe to ${offer.name}` }),
        offer.checkoutUrl,
        {
          [campaign.params.source]: campaign.source,
          [campaign.params.plan]: offer.id,
          [campaign.params.placement]: 'inline',
          [campaign.params.story]: sampleSlug,
        },
      );
    }
  });

  it('names the story the reader came from, with a link back', async () => {
    const { headline, url } = (await real()).story(sampleSlug).story;
    await renderOffers(`/subscribe?placement=inline&story=${sampleSlug}`);

    expect(screen.getByText(/You were reading/)).toBeVisible();
    expect(screen.getByRole('link', { name: headline })).toHaveAttribute('href', url);
  });

  it('ignores a story or placement that is not real', async () => {
    const { offers, campaign } = await renderOffers(
      '/subscribe?placement=popup&story=no-such-story',
    );

    expect(screen.queryByText(/You were reading/)).not.toBeInTheDocument();
    const offer = offers[0];
    if (!offer) throw new Error('offers.json has offers');
    expectLinkTo(
      screen.getByRole('link', { name: `Subscribe to ${offer.name}` }),
      offer.checkoutUrl,
      { [campaign.params.source]: campaign.source, [campaign.params.plan]: offer.id },
    );
  });

  it('shows the special offer label, price and end date only where the offer has one', async () => {
    const { offers } = await renderOffers();
    expect(offers.some((o) => o.special)).toBe(true);
    expect(offers.some((o) => !o.special)).toBe(true);

    for (const offer of offers) {
      const card = screen.getByRole('article', { name: offer.name });
      if (offer.special) {
        expect(offer.special.ends).toBe('2030-12-31');
        expect(within(card).getByText(offer.special.label)).toBeVisible();
        expect(card).toHaveTextContent(
          `$${offer.special.price} a ${offer.period} then $${offer.price} a ${offer.period}`,
        );
        expect(within(card).getByText(/Offer ends/)).toHaveTextContent(
          'Offer ends December 31, 2030',
        );
      } else {
        expect(within(card).queryByText(/Special Offer/)).not.toBeInTheDocument();
        expect(within(card).queryByText(/Offer ends/)).not.toBeInTheDocument();
      }
    }
  });

  it("keeps a special through its last day in the newsroom's zone", async () => {
    // 23:30 on 31 December in New York is already 1 January in UTC.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2031-01-01T04:30:00Z') });
    const { offers } = await renderOffers();

    for (const offer of offers) {
      if (!offer.special) continue;
      const card = screen.getByRole('article', { name: offer.name });
      expect(within(card).getByText(offer.special.label)).toBeVisible();
    }
  });

  it('drops a special once it has ended, showing the regular price', async () => {
    // 00:30 on 1 January 2031 in New York.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2031-01-01T05:30:00Z') });
    const { offers } = await renderOffers();

    for (const offer of offers) {
      const card = screen.getByRole('article', { name: offer.name });
      expect(within(card).queryByText(/Special Offer|Offer ends/)).not.toBeInTheDocument();
      expect(card).toHaveTextContent(`$${offer.price} a ${offer.period}`);
      expect(card).not.toHaveTextContent(/then \$/);
    }
  });
});
