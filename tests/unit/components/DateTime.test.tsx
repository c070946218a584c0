import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DateTime } from '../../../src/components/DateTime';
import { formatDate } from '../../../src/lib/formatDate';
import { sampleSlug } from '../realContent';
import { real } from './renderRoute';

// Dates are shown in the newsroom's zone (site.json: America/New_York), whatever the zone of the
// machine rendering them: the prerender and every reader's browser must print the same day.

const originalTZ = process.env.TZ;
afterEach(() => {
  // Assigning undefined to process.env would store the string "undefined".
  if (originalTZ === undefined) delete process.env.TZ;
  else process.env.TZ = originalTZ;
});

// 04:30 UTC on 8 November is still 7 November in New York, already 8 November in Kiritimati.
const lateEveningInNewYork = '2012-11-08T04:30:00Z';
// 06:00 UTC on 8 November is 8 November in New York, still 7 November in Los Angeles.
const earlyMorningInNewYork = '2012-11-08T06:00:00Z';

describe.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC'])('DateTime with TZ=%s', (tz) => {
  it("shows the sample story's date as the newsroom's day", async () => {
    process.env.TZ = tz;
    const { published } = (await real()).story(sampleSlug).story;
    render(<DateTime iso={published} />);

    const time = screen.getByText('November 7, 2012');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime', published);
  });

  it('shows an instant near midnight as the day it is in New York', () => {
    process.env.TZ = tz;
    render(
      <>
        <DateTime iso={lateEveningInNewYork} />
        <DateTime iso={earlyMorningInNewYork} />
      </>,
    );

    expect(screen.getByText('November 7, 2012')).toHaveAttribute('datetime', lateEveningInNewYork);
    expect(screen.getByText('November 8, 2012')).toHaveAttribute('datetime', earlyMorningInNewYork);
  });
});

describe('formatDate', () => {
  it('formats in the zone it is given, not the process zone', () => {
    process.env.TZ = 'Pacific/Kiritimati';
    expect(formatDate(lateEveningInNewYork, 'en-US', 'America/New_York')).toBe('November 7, 2012');
    process.env.TZ = 'America/Los_Angeles';
    expect(formatDate(earlyMorningInNewYork, 'en-US', 'America/New_York')).toBe('November 8, 2012');
    expect(formatDate(earlyMorningInNewYork, 'en-US', 'Pacific/Kiritimati')).toBe(
      'November 8, 2012',
    );
    expect(formatDate(earlyMorningInNewYork, 'en-US', 'America/Los_Angeles')).toBe(
      'November 7, 2012',
    );
  });

  it('formats in the locale it is given', () => {
    expect(formatDate('2012-11-07T12:00:00-05:00', 'en-GB', 'America/New_York')).toBe(
      '7 November 2012',
    );
  });
});
