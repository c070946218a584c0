import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sampleSlug } from '../realContent';
import { expectLinkTo, real, renderRoute, siteBanner } from './renderRoute';

const skipLinks = [
  { name: 'Skip to content', id: 'maincontent' },
  { name: 'Skip to site navigation', id: 'navigation' },
  { name: 'Skip to search', id: 'search' },
];

const pages = ['/', '/usa', `/world/${sampleSlug}`, '/search?q=reset', '/subscribe', '/nope'];

describe('Shell: skip links', () => {
  it.each(pages)('on %s, come first and point at ids that exist exactly once', async (url) => {
    await renderRoute(url);
    await screen.findByRole('heading', { level: 1 });

    const firstLinks = screen.getAllByRole('link').slice(0, skipLinks.length);
    expect(firstLinks.map((a) => a.textContent)).toEqual(skipLinks.map((s) => s.name));
    firstLinks.forEach((link, i) => {
      const id = skipLinks[i]?.id ?? '';
      expect(link).toHaveAttribute('href', `#${id}`);
      expect(document.querySelectorAll(`[id="${id}"]`)).toHaveLength(1);
    });
  });

  it.each(pages)('on %s, no id is used twice', async (url) => {
    await renderRoute(url);
    await screen.findByRole('heading', { level: 1 });

    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('"Skip to content" moves focus to the main content', async () => {
    const { user } = await renderRoute('/');
    await screen.findByRole('heading', { level: 1 });

    await user.click(screen.getByRole('link', { name: 'Skip to content' }));
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('"Skip to site navigation" moves focus to the section navigation', async () => {
    const { user } = await renderRoute('/');
    await screen.findByRole('heading', { level: 1 });

    await user.click(screen.getByRole('link', { name: 'Skip to site navigation' }));
    expect(screen.getByRole('navigation', { name: 'Sections' })).toHaveFocus();
  });

  it('"Skip to search" moves focus to the search box in the header', async () => {
    const { user } = await renderRoute('/');
    await screen.findByRole('heading', { level: 1 });

    await user.click(screen.getByRole('link', { name: 'Skip to search' }));
    const header = siteBanner();
    // Opened, if folded under its button.
    expect(within(header).getByRole('searchbox', { name: 'Search stories' })).toBeVisible();
    expect(within(header).getByRole('searchbox', { name: 'Search stories' })).toHaveFocus();
  });

  it('skipping moves focus without changing the address (which the router would navigate on)', async () => {
    const { user, router } = await renderRoute(`/world/${sampleSlug}`);
    await screen.findByRole('heading', { level: 1 });
    const before = window.location.href;

    for (const { name } of skipLinks) {
      await user.click(screen.getByRole('link', { name }));
      expect(window.location.href).toBe(before);
    }
    expect(router.state.location.pathname).toBe(`/world/${sampleSlug}`);
  });
});

describe('Shell: header', () => {
  it('has the masthead linking home and a Subscribe link', async () => {
    const { content } = await real();
    await renderRoute('/');
    await screen.findByRole('heading', { level: 1 });

    const header = siteBanner();
    expect(within(header).getByRole('link', { name: content.site.name })).toHaveAttribute(
      'href',
      '/',
    );
    expectLinkTo(within(header).getByRole('link', { name: 'Subscribe' }), '/subscribe', {
      placement: 'header',
    });
  });

  it("on a story, the Subscribe link carries the story's slug", async () => {
    await renderRoute(`/world/${sampleSlug}`);
    await screen.findByRole('heading', { level: 1 });

    expectLinkTo(within(siteBanner()).getByRole('link', { name: 'Subscribe' }), '/subscribe', {
      placement: 'header',
      story: sampleSlug,
    });
  });

  it('has a navigation landmark with every section from site.json', async () => {
    const { content } = await real();
    await renderRoute('/');
    await screen.findByRole('heading', { level: 1 });

    const nav = within(siteBanner()).getByRole('navigation', { name: 'Sections' });
    expect(within(nav).getByRole('link', { name: 'Front page' })).toHaveAttribute('href', '/');
    const sectionLinks = within(nav)
      .getAllByRole('link')
      .filter((a) => content.site.sections.some((s) => s.name === a.textContent))
      .map((a) => ({ name: a.textContent, href: a.getAttribute('href') }));
    expect(sectionLinks).toEqual(
      content.site.sections.map((s) => ({ name: s.name, href: `/${s.id}` })),
    );
  });

  it('marks the current section in the navigation', async () => {
    await renderRoute('/usa');
    await screen.findByRole('heading', { level: 1, name: 'USA' });

    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(within(nav).getByRole('link', { name: 'USA' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Front page' })).not.toHaveAttribute(
      'aria-current',
    );
  });

  it('has a search form with a labelled search box, behind a Search disclosure', async () => {
    const { user } = await renderRoute('/');
    await screen.findByRole('heading', { level: 1 });

    const search = within(siteBanner()).getByRole('search');
    expect(search).not.toBeVisible();
    await user.click(within(siteBanner()).getByText('Search', { selector: 'summary' }));
    expect(within(search).getByRole('searchbox', { name: 'Search stories' })).toHaveAttribute(
      'name',
      'q',
    );
    expect(within(search).getByRole('button', { name: 'Search' })).toBeVisible();
  });
});

describe('Shell: footer', () => {
  it('has the follow links and the feeds link', async () => {
    const { content } = await real();
    await renderRoute('/');
    await screen.findByRole('heading', { level: 1 });

    const footer = screen.getByRole('contentinfo');
    expect(content.site.follow.links.length).toBeGreaterThan(0);
    for (const link of content.site.follow.links) {
      const name = link.sample ? `${link.label} (sample account)` : link.label;
      expect(within(footer).getByRole('link', { name })).toHaveAttribute('href', link.href);
    }
    expect(within(footer).queryByRole('link', { name: /Google\+/ })).not.toBeInTheDocument();
    expect(within(footer).getByRole('link', { name: 'See our feeds!' })).toHaveAttribute(
      'href',
      '/rss.xml',
    );
  });

  it('links to every section and to the subscribe page', async () => {
    const { content } = await real();
    await renderRoute(`/world/${sampleSlug}`);
    await screen.findByRole('heading', { level: 1 });

    const nav = within(screen.getByRole('contentinfo')).getByRole('navigation');
    for (const section of content.site.sections) {
      expect(within(nav).getByRole('link', { name: section.name })).toHaveAttribute(
        'href',
        `/${section.id}`,
      );
    }
    expectLinkTo(within(nav).getByRole('link', { name: 'Subscribe' }), '/subscribe', {
      placement: 'footer',
      story: sampleSlug,
    });
  });
});

describe('Shell: page changes', () => {
  it('moves focus to the new page heading and announces its title', async () => {
    const { user } = await renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Latest stories' });
    const announcer = document.querySelector('[aria-live="polite"]');
    expect(announcer).toBeEmptyDOMElement();

    const nav = screen.getByRole('navigation', { name: 'Sections' });
    await user.click(within(nav).getByRole('link', { name: 'USA' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'USA' });
    expect(heading).toHaveFocus();
    await waitFor(() => expect(announcer).toHaveTextContent('USA | Broadsheet'));
  });
});
