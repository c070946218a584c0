import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { real, renderRoute } from './renderRoute';

describe('SectionPage', () => {
  it('is headed with the section name and description', async () => {
    const { content } = await real();
    const usa = content.site.sections.find((s) => s.id === 'usa');
    if (!usa) throw new Error('site.json has a usa section');
    await renderRoute('/usa');

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(/^USA$/);
    expect(screen.getByText(usa.description)).toBeVisible();
  });

  it('lists only the USA stories, newest first', async () => {
    const { content } = await real();
    const expected = content.stories
      .filter((a) => a.section === 'usa')
      .sort((a, b) => Date.parse(b.published) - Date.parse(a.published))
      .map((a) => ({ name: a.headline, href: `/usa/${a.slug}` }));
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.length).toBeLessThan(content.stories.length);
    await renderRoute('/usa');
    await screen.findByRole('heading', { level: 1, name: 'USA' });

    const links = within(screen.getByRole('main'))
      .getAllByRole('listitem')
      .map((item) => {
        const link = within(item).getByRole('link');
        return { name: link.textContent, href: link.getAttribute('href') };
      });
    expect(links).toEqual(expected);
  });

  it('does not repeat the section name on every story', async () => {
    await renderRoute('/usa');
    await screen.findByRole('heading', { level: 1, name: 'USA' });

    for (const item of within(screen.getByRole('main')).getAllByRole('listitem')) {
      expect(within(item).queryByText('USA')).not.toBeInTheDocument();
    }
  });
});
