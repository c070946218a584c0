import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sampleSlug } from '../realContent';
import { real, renderRoute, siteBanner } from './renderRoute';

describe('SearchPage', () => {
  it('lists the Russia story for "reset"', async () => {
    const russia = (await real()).story(sampleSlug).article;
    await renderRoute('/search?q=reset');

    const results = await screen.findByRole('region', { name: /found for “reset”/ });
    expect(within(results).getByRole('link', { name: russia.headline })).toHaveAttribute(
      'href',
      `/world/${sampleSlug}`,
    );
    expect(within(results).getByText(russia.dek)).toBeVisible();
  });

  it('keeps the query in the search page box', async () => {
    await renderRoute('/search?q=reset');

    await screen.findByRole('region', { name: /found for “reset”/ });
    expect(screen.getByRole('searchbox', { name: 'Search for' })).toHaveValue('reset');
  });

  it('says when no stories match', async () => {
    await renderRoute('/search?q=zzzzqqq');

    expect(
      await screen.findByRole('heading', { name: 'No stories match “zzzzqqq”.' }),
    ).toBeVisible();
    expect(screen.queryByRole('link', { name: /Russia/ })).not.toBeInTheDocument();
  });

  it('without a query, gives a hint and lists nothing', async () => {
    await renderRoute('/search');

    expect(await screen.findByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    expect(screen.getByText(/Type a word or two/)).toBeVisible();
    expect(screen.queryByRole('heading', { level: 2, name: /found for|No stories/ })).toBeNull();
  });

  it('the header search form submits the typed query to /search', async () => {
    const { user, router } = await renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Latest stories' });

    const box = within(siteBanner()).getByRole('searchbox', { name: 'Search stories' });
    await user.type(box, 'reset{Enter}');

    expect(
      await screen.findByRole('heading', { level: 2, name: /found for “reset”/ }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/search');
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('reset');
  });

  it('the search page form runs a new search', async () => {
    const { user, router } = await renderRoute('/search?q=zzzzqqq');
    await screen.findByRole('heading', { name: 'No stories match “zzzzqqq”.' });

    const box = screen.getByRole('searchbox', { name: 'Search for' });
    await user.clear(box);
    await user.type(box, 'Moscow{Enter}');

    const results = await screen.findByRole('region', { name: /found for “Moscow”/ });
    expect(within(results).getAllByRole('link').length).toBeGreaterThan(0);
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('Moscow');
  });
});
