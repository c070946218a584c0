import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { real, renderRoute } from './renderRoute';

async function renderOffers() {
  const { offers } = (await real()).offers();
  expect(offers.length).toBeGreaterThan(1);
  await renderRoute('/subscribe');
  await screen.findByRole('heading', { level: 1, name: 'Subscribe in print or digital' });
  const cards = screen.getAllByRole('article');
  return { offers, cards };
}

describe('SubscribePage', () => {
  it('shows one card per offer, named after it', async () => {
    const { offers, cards } = await renderOffers();

    expect(cards).toHaveLength(offers.length);
    offers.forEach((offer, i) => {
      expect(cards[i]).toHaveAccessibleName(offer.name);
      expect(
        within(screen.getByRole('article', { name: offer.name })).getByRole('heading', {
          level: 2,
        }),
      ).toHaveTextContent(offer.name);
    });
  });

  it("shows each offer's price and what it includes", async () => {
    const { offers } = await renderOffers();

    for (const offer of offers) {
      const card = screen.getByRole('article', { name: offer.name });
      expect(
        within(card).getByText(`$${offer.price} a ${offer.period}`, { exact: false }),
      ).toBeVisible();
      const included = within(within(card).getByRole('list'))
        .getAllByRole('listitem')
        .map((li) => li.textContent);
      expect(included).toEqual(offer.includes);
    }
  });

  it("links each card to that offer's checkout", async () => {
    const { offers } = await renderOffers();

    for (const offer of offers) {
      const card = screen.getByRole('article', { name: offer.name });
      expect(
        within(card).getByRole('link', { name: `Subscribe to ${offer.name}` }),
      ).toHaveAttribute('href', offer.checkoutUrl);
    }
  });

  it('shows the special offer label, price and end date only where the offer has one', async () => {
    const { offers } = await renderOffers();
    expect(offers.some((o) => o.special)).toBe(true);
    expect(offers.some((o) => !o.special)).toBe(true);

    for (const offer of offers) {
      const card = screen.getByRole('article', { name: offer.name });
      if (offer.special) {
        expect(within(card).getByText(offer.special.label)).toBeVisible();
        expect(within(card).getByText(`$${offer.special.price} a ${offer.period}`)).toBeVisible();
        expect(within(card).getByText(/Offer ends/)).toHaveTextContent(
          'Offer ends December 31, 2030',
        );
      } else {
        expect(within(card).queryByText(/Special Offer/)).not.toBeInTheDocument();
        expect(within(card).queryByText(/Offer ends/)).not.toBeInTheDocument();
      }
    }
  });
});
