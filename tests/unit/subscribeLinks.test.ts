import { describe, expect, it } from 'vitest';
import { offerSchema, offersFileSchema } from '../../src/content/schema';
import { checkoutHref } from '../../src/features/subscribe/checkoutHref';
import { activeSpecial } from '../../src/features/subscribe/offerPrice';
import { today } from '../../src/lib/today';
import { isPlacement, parseSlug, subscribeHref } from '../../src/lib/urls';

const campaign = offersFileSchema.shape.campaign.parse(undefined);
const offer = offerSchema.parse({
  id: 'digital',
  name: 'Digital',
  kind: 'digital',
  price: 6,
  period: 'month',
  includes: ['Weekly review of global news and ideas'],
  special: { label: 'Special Offer', price: 1, ends: '2030-12-31' },
  checkoutUrl: 'https://checkout.example/digital?ref=partner',
});

describe('subscribe links', () => {
  it('carry the placement and the story', () => {
    expect(subscribeHref({ placement: 'inline', story: 'a-story' })).toBe(
      '/subscribe?placement=inline&story=a-story',
    );
  });

  it('leave out what is missing', () => {
    expect(subscribeHref()).toBe('/subscribe');
    expect(subscribeHref({ placement: 'header' })).toBe('/subscribe?placement=header');
    expect(subscribeHref({ story: 'a-story' })).toBe('/subscribe?story=a-story');
  });

  it('accept only known placements and slug-shaped stories from a URL', () => {
    expect(isPlacement('sidebar')).toBe(true);
    for (const hostile of ['', null, undefined, 'Header', '<script>', 'header ']) {
      expect(isPlacement(hostile)).toBe(false);
    }
    expect(parseSlug('danny-bent-one-run-for-boston')).toBe('danny-bent-one-run-for-boston');
    for (const hostile of [
      '../../etc/passwd',
      '"><img src=x onerror=alert(1)>',
      'a b',
      'UPPER',
      '',
      null,
      'x'.repeat(201),
    ]) {
      expect(parseSlug(hostile)).toBeUndefined();
    }
  });
});

describe('checkout links', () => {
  it('add source, plan, placement and story as campaign parameters', () => {
    const url = new URL(checkoutHref(offer, campaign, { placement: 'inline', story: 'a-story' }));
    expect(url.origin + url.pathname).toBe('https://checkout.example/digital');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      ref: 'partner',
      utm_source: 'broadsheet',
      utm_campaign: 'digital',
      utm_medium: 'inline',
      utm_content: 'a-story',
    });
  });

  it('use the parameter names the content sets', () => {
    const custom = offersFileSchema.shape.campaign.parse({
      source: 'bs',
      params: { placement: 'where', story: 'from' },
    });
    const url = new URL(checkoutHref(offer, custom, { placement: 'footer', story: 's' }));
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      utm_source: 'bs',
      where: 'footer',
      from: 's',
      utm_campaign: 'digital',
    });
  });

  it('encode what they carry, never concatenate it', () => {
    const url = checkoutHref(offer, campaign, { story: 'a&b=c' });
    expect(new URL(url).searchParams.get('utm_content')).toBe('a&b=c');
    expect(url).toContain('utm_content=a%26b%3Dc');
  });
});

describe('special offers', () => {
  it('apply through their last day and not after', () => {
    expect(activeSpecial(offer, '2030-12-30')?.price).toBe(1);
    expect(activeSpecial(offer, '2030-12-31')?.price).toBe(1);
    expect(activeSpecial(offer, '2031-01-01')).toBeUndefined();
  });

  it('judge the day in the newsroom zone, whatever the machine zone', () => {
    // 03:00 UTC on Jan 1 is still Dec 31 in New York.
    const instant = new Date('2031-01-01T03:00:00Z');
    expect(today('America/New_York', instant)).toBe('2030-12-31');
    expect(today('UTC', instant)).toBe('2031-01-01');
  });
});

describe('the offer schema', () => {
  const valid = {
    id: 'print',
    name: 'Print',
    kind: 'print',
    price: 12,
    period: 'month',
    includes: ['The weekly edition'],
    checkoutUrl: 'https://checkout.example/print',
  };
  const fieldsOf = (input: unknown) =>
    offerSchema.safeParse(input).error?.issues.map((i) => i.path.join('.')) ?? [];

  it('accepts a complete offer', () => {
    expect(fieldsOf(valid)).toEqual([]);
  });
  it('rejects an offer without a price', () => {
    expect(fieldsOf({ ...valid, price: undefined })).toEqual(['price']);
  });
  it('rejects a checkout URL that is not https', () => {
    expect(fieldsOf({ ...valid, checkoutUrl: 'http://checkout.example/print' })).toEqual([
      'checkoutUrl',
    ]);
    expect(fieldsOf({ ...valid, checkoutUrl: 'javascript:alert(1)' })).toEqual(['checkoutUrl']);
  });
  it('rejects a special offer whose end date is not a date', () => {
    const special = { label: 'Special', price: 1, ends: 'end of the year' };
    expect(fieldsOf({ ...valid, special })).toEqual(['special.ends']);
    expect(fieldsOf({ ...valid, special: { ...special, ends: '2030-02-30' } })).toEqual([
      'special.ends',
    ]);
  });
});
