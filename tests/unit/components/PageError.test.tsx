import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sampleSlug } from '../realContent';
import { real, renderRoute, siteBanner, sourceFrom, type DataSource } from './renderRoute';

/** A data source that fails like a dropped connection until `online` is set. */
async function flakySource() {
  const serve = sourceFrom((await real()).payloads);
  const state = { online: false, calls: 0 };
  const source: DataSource = (path) => {
    state.calls += 1;
    return state.online ? serve(path) : Promise.reject(new Error('Failed to fetch'));
  };
  return { source, state };
}

describe('PageError', () => {
  it('says the page could not be loaded and offers to try again', async () => {
    const { source } = await flakySource();
    await renderRoute(`/world/${sampleSlug}`, source);

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'This page could not be loaded',
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
    expect(screen.queryByText('Page not found')).not.toBeInTheDocument();
  });

  it('keeps the site header around the error', async () => {
    const { source } = await flakySource();
    await renderRoute('/', source);

    await screen.findByRole('heading', { level: 1, name: 'This page could not be loaded' });
    expect(within(siteBanner()).getByRole('navigation', { name: 'Sections' })).toBeVisible();
    expect(screen.getByRole('contentinfo')).toBeVisible();
  });

  it('shows the page once trying again succeeds', async () => {
    const { source, state } = await flakySource();
    const { user, real: content } = await renderRoute(`/world/${sampleSlug}`, source);
    const retry = await screen.findByRole('button', { name: 'Try again' });

    state.online = true;
    await user.click(retry);

    const { headline } = content.story(sampleSlug).story;
    expect(await screen.findByRole('heading', { level: 1, name: headline })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('stays on the error when trying again fails again', async () => {
    const { source, state } = await flakySource();
    const { user } = await renderRoute('/subscribe', source);
    const retry = await screen.findByRole('button', { name: 'Try again' });
    const before = state.calls;

    await user.click(retry);

    // The data was asked for again, and once that failed the page offers another try.
    await waitFor(() => expect(state.calls).toBeGreaterThan(before));
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeEnabled();
    expect(
      screen.getByRole('heading', { level: 1, name: 'This page could not be loaded' }),
    ).toBeVisible();
  });
});
