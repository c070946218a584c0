import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sampleSlug } from '../realContent';
import { real, renderRoute, siteBanner } from './renderRoute';

/** The results region, once its announced summary says `summary` (after any earlier search). */
function findResults(summary: RegExp) {
  return waitFor(() => {
    const region = screen.getByRole('region', { name: 'Search results' });
    expect(within(region).getByRole('status')).toHaveTextContent(summary);
    return region;
  });
}

describe('SearchPage', () => {
  it('lists the Russia story for "reset"', async () => {
    const russia = (await real()).story(sampleSlug).story;
    await renderRoute('/search?q=reset');

    const results = await findResults(/stor(y|ies) for “reset”/);
    const link = within(results).getByRole('link', { name: russia.headline });
    expect(link).toHaveAttribute('href', `/world/${sampleSlug}`);
    expect(link.closest('li')).toHaveTextContent('World · November 7, 2012');
  });

  it('marks the searched word in the results', async () => {
    await renderRoute('/search?q=reset');

    const results = await findResults(/stor(y|ies) for “reset”/);
    const marked = within(results)
      .getAllByRole('mark')
      .map((m) => m.textContent.toLowerCase());
    expect(marked).toContain('reset');
  });

  it('keeps the query in the search page box', async () => {
    await renderRoute('/search?q=reset');

    await findResults(/stor(y|ies) for “reset”/);
    expect(screen.getByRole('searchbox', { name: 'Search for' })).toHaveValue('reset');
  });

  it('says when no stories match', async () => {
    await renderRoute('/search?q=zzzzqqq');

    const results = await findResults(/^No stories match “zzzzqqq”/);
    expect(within(results).queryByRole('link')).not.toBeInTheDocument();
  });

  it('without a query, gives a hint and lists nothing', async () => {
    await renderRoute('/search');

    expect(await screen.findByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    expect(screen.getByText(/Type a word or two/)).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Search results' })).not.toBeInTheDocument();
  });

  it('the header search form submits the typed query to /search', async () => {
    const { user, router } = await renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Latest stories' });

    const box = within(siteBanner()).getByRole('searchbox', { name: 'Search stories' });
    await user.type(box, 'reset{Enter}');

    await findResults(/stor(y|ies) for “reset”/);
    expect(router.state.location.pathname).toBe('/search');
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('reset');
  });

  it('the search page form runs a new search', async () => {
    const { user, router } = await renderRoute('/search?q=zzzzqqq');
    await findResults(/^No stories match “zzzzqqq”/);

    const box = screen.getByRole('searchbox', { name: 'Search for' });
    await user.clear(box);
    await user.type(box, 'Moscow{Enter}');

    const results = await findResults(/stor(y|ies) for “Moscow”/);
    expect(within(results).getAllByRole('link').length).toBeGreaterThan(0);
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('Moscow');
  });
});
