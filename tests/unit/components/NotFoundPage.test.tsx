import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute, siteBanner } from './renderRoute';

describe('NotFoundPage', () => {
  it.each(['/nope', '/world/nope', '/world/nope/deeper'])(
    '%s says the page was not found and links to the front page',
    async (url) => {
      await renderRoute(url);

      expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Page not found');
      expect(screen.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute(
        'href',
        '/',
      );
      expect(document.title).toBe('Page not found | Broadsheet');
    },
  );

  it.each(['/nope', '/world/nope'])('%s keeps the site header and footer', async (url) => {
    await renderRoute(url);
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });

    const header = siteBanner();
    expect(within(header).getByRole('navigation', { name: 'Sections' })).toBeVisible();
    // Folded under its Search button on a phone: there all the same.
    expect(within(header).getByRole('search')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeVisible();
  });

  it('offers no retry, since trying again would not help', async () => {
    await renderRoute('/nope');
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });

    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });
});
