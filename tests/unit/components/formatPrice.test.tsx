import { describe, expect, it } from 'vitest';
import { formatPrice } from '../../../src/features/subscribe/formatPrice';
import { real } from './renderRoute';

describe('formatPrice', () => {
  it('shows whole amounts without cents', () => {
    expect(formatPrice(6, 'USD', 'en-US')).toBe('$6');
    expect(formatPrice(1200, 'USD', 'en-US')).toBe('$1,200');
  });

  it('shows fractional amounts with two decimals', () => {
    expect(formatPrice(6.5, 'USD', 'en-US')).toBe('$6.50');
    expect(formatPrice(9.99, 'USD', 'en-US')).toBe('$9.99');
  });

  it('uses the currency and locale it is given', () => {
    expect(formatPrice(12, 'EUR', 'de-DE')).toBe('12\u00a0€');
    expect(formatPrice(12.5, 'GBP', 'en-GB')).toBe('£12.50');
  });

  it('formats every real offer price as a whole number of dollars', async () => {
    const { offers } = (await real()).offers();
    for (const offer of offers) {
      expect(formatPrice(offer.price, offer.currency, 'en-US')).toBe(`$${offer.price}`);
    }
  });
});
