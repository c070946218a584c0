import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { removeFailureMessage, storageKey } from '../../../src/features/saved/savedStore';
import type { SavedStory } from '../../../src/features/saved/savedStore';
import { sampleSlug } from '../realContent';
import { real, renderRoute, siteBanner } from './renderRoute';

const sampleHeadline = "Russia not Obama's 'No. 1 foe,' but Moscow doubts a fresh 'reset'";

function savedStory(slug: string, savedAt: string): SavedStory {
  return {
    slug,
    url: `/world/${slug}`,
    headline: `Headline of ${slug}`,
    dek: `The dek of ${slug}.`,
    section: 'World',
    published: '2012-11-07T12:00:00-05:00',
    savedAt,
  };
}

const oldest = savedStory('oldest', '2024-01-01T10:00:00Z');
const middle = savedStory('middle', '2024-02-01T10:00:00Z');
const newest = savedStory('newest', '2024-03-01T10:00:00Z');

function store(stories: SavedStory[]) {
  localStorage.setItem(storageKey, JSON.stringify(stories));
}

async function renderSaved() {
  const view = await renderRoute('/saved');
  await screen.findByRole('heading', { level: 1, name: 'Saved stories' });
  return view;
}

const main = () => screen.getByRole('main');
const headlines = () =>
  within(main())
    .queryAllByRole('heading', { level: 2 })
    .map((h) => h.textContent);

beforeEach(() => {
  localStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('SavedPage', () => {
  it('has its title and description, and no canonical URL', async () => {
    await renderSaved();

    expect(document.title).toBe('Saved stories | Broadsheet');
    expect(document.querySelector('meta[name="description"]')).toHaveAttribute(
      'content',
      'Stories you saved to read later, kept in this browser.',
    );
    expect(document.querySelector('link[rel="canonical"]')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveAttribute('tabindex', '-1');
  });

  it('says plainly when nothing is saved, with a link to the front page', async () => {
    await renderSaved();

    expect(within(main()).getByText(/^You have no saved stories yet\./)).toBeVisible();
    expect(within(main()).getByRole('link', { name: 'Go to the front page' })).toHaveAttribute(
      'href',
      '/',
    );
    expect(within(main()).queryByRole('list')).not.toBeInTheDocument();
  });

  it('shows the empty state, not an error, when storage holds tampered JSON', async () => {
    localStorage.setItem(storageKey, '{not json');
    await renderSaved();

    expect(within(main()).getByText(/^You have no saved stories yet\./)).toBeVisible();
  });

  it('shows the empty state when reading storage throws', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    await renderSaved();

    expect(within(main()).getByText(/^You have no saved stories yet\./)).toBeVisible();
  });

  it('lists saved stories newest saved first, each linking to the story', async () => {
    store([oldest, newest, middle]);
    await renderSaved();

    expect(headlines()).toEqual([newest.headline, middle.headline, oldest.headline]);
    const items = within(within(main()).getByRole('list')).getAllByRole('listitem');
    const first = items[0];
    if (!first) throw new Error('no saved story listed');
    expect(within(first).getByRole('link', { name: newest.headline })).toHaveAttribute(
      'href',
      newest.url,
    );
    expect(within(first).getByText(newest.dek)).toBeVisible();
    expect(within(first).getByText('World')).toBeVisible();
    expect(within(first).getByText('November 7, 2012').tagName).toBe('TIME');
  });

  it('removes a story, naming it in the Remove button, and keeps focus in the list', async () => {
    store([oldest, middle, newest]);
    const { user } = await renderSaved();

    await user.click(screen.getByRole('button', { name: `Remove “${middle.headline}”` }));

    expect(headlines()).toEqual([newest.headline, oldest.headline]);
    expect(screen.getByRole('button', { name: `Remove “${oldest.headline}”` })).toHaveFocus();
    const kept = JSON.parse(localStorage.getItem(storageKey) ?? '[]') as SavedStory[];
    expect(kept.map((s) => s.slug)).toEqual(['newest', 'oldest']);
  });

  it('shows the empty state, focused, once the last story is removed', async () => {
    store([newest]);
    const { user } = await renderSaved();

    await user.click(screen.getByRole('button', { name: `Remove “${newest.headline}”` }));

    expect(within(main()).getByText(/^You have no saved stories yet\./)).toHaveFocus();
  });

  it('says in words when a story cannot be removed', async () => {
    store([newest]);
    const { user } = await renderSaved();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });

    await user.click(screen.getByRole('button', { name: `Remove “${newest.headline}”` }));

    expect(within(main()).getByRole('alert')).toHaveTextContent(removeFailureMessage);
    expect(headlines()).toEqual([newest.headline]);
  });

  it('follows stories saved and removed in another tab', async () => {
    store([oldest]);
    await renderSaved();
    expect(headlines()).toEqual([oldest.headline]);

    const value = JSON.stringify([newest, oldest]);
    localStorage.setItem(storageKey, value);
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: storageKey, newValue: value }));
    });
    expect(headlines()).toEqual([newest.headline, oldest.headline]);

    localStorage.setItem(storageKey, '[]');
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: storageKey, newValue: '[]' }));
    });
    expect(within(main()).getByText(/^You have no saved stories yet\./)).toBeVisible();
  });
});

describe('saving from the site', () => {
  it('saves a story, then finds it through the header link', async () => {
    const { user, router } = await renderRoute(`/world/${sampleSlug}`);
    await screen.findByRole('heading', { level: 1, name: sampleHeadline });
    const story = screen.getByRole('article');

    await user.click(within(story).getByRole('button', { name: 'Save for later' }));
    expect(within(story).getByRole('button', { name: 'Saved', pressed: true })).toBeVisible();

    const nav = within(siteBanner()).getByRole('navigation', { name: 'Sections' });
    await user.click(within(nav).getByRole('link', { name: 'Saved' }));
    await screen.findByRole('heading', { level: 1, name: 'Saved stories' });
    expect(router.state.location.pathname).toBe('/saved');
    expect(within(nav).getByRole('link', { name: 'Saved' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(main()).getByRole('link', { name: sampleHeadline })).toHaveAttribute(
      'href',
      `/world/${sampleSlug}`,
    );
  });

  it('puts the Saved link after the sections in the navigation', async () => {
    const { content } = await real();
    await renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Latest stories' });
    const nav = within(siteBanner()).getByRole('navigation', { name: 'Sections' });

    const names = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(names).toEqual(['Front page', ...content.site.sections.map((s) => s.name), 'Saved']);
  });

  it('saves from a story card on the front page, naming the story', async () => {
    const { user } = await renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Latest stories' });

    await user.click(screen.getByRole('button', { name: `Save for later “${sampleHeadline}”` }));

    expect(screen.getByRole('button', { name: `Saved “${sampleHeadline}”` })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await waitFor(() => {
      const kept = JSON.parse(localStorage.getItem(storageKey) ?? '[]') as SavedStory[];
      expect(kept.map((s) => [s.slug, s.url, s.section])).toEqual([
        [sampleSlug, `/world/${sampleSlug}`, 'World'],
      ]);
    });
  });

  it('saves from a story card on a section page', async () => {
    const { user } = await renderRoute('/world');
    await screen.findByRole('heading', { level: 1, name: 'World' });

    await user.click(screen.getByRole('button', { name: `Save for later “${sampleHeadline}”` }));

    expect(screen.getByRole('button', { name: `Saved “${sampleHeadline}”` })).toBeInTheDocument();
  });

  it('shares the story: a Copy link button and an Email link with its canonical URL', async () => {
    const { content } = await real();
    await renderRoute(`/world/${sampleSlug}`);
    const story = await screen.findByRole('article');

    expect(within(story).getByRole('button', { name: 'Copy link' })).toBeVisible();
    const email = within(story).getByRole('link', { name: 'Email' });
    expect(email.getAttribute('href')).toContain(
      encodeURIComponent(new URL(`/world/${sampleSlug}`, content.site.origin).href),
    );
  });
});
