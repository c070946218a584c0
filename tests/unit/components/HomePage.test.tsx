import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { real, renderRoute } from './renderRoute';

async function storiesNewestFirst() {
  const { content } = await real();
  return [...content.stories].sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
}

async function renderedStories() {
  await renderRoute('/');
  await screen.findByRole('heading', { level: 1, name: 'Latest stories' });
  return within(screen.getByRole('main')).getAllByRole('listitem');
}

describe('HomePage', () => {
  it('lists every story as a link, newest first', async () => {
    const expected = await storiesNewestFirst();
    const items = await renderedStories();

    const links = items.map((item) => {
      const link = within(item).getByRole('link');
      return { name: link.textContent, href: link.getAttribute('href') };
    });
    expect(links).toEqual(
      expected.map((a) => ({ name: a.headline, href: `/${a.section}/${a.slug}` })),
    );
  });

  it("shows each story's dek and publication date", async () => {
    const { content } = await real();
    const day = new Intl.DateTimeFormat('en-US', {
      dateStyle: 'long',
      timeZone: content.site.timeZone,
    });
    const expected = await storiesNewestFirst();
    const items = await renderedStories();

    expect(items).toHaveLength(expected.length);
    items.forEach((item, i) => {
      const story = expected[i];
      if (!story) throw new Error(`no story ${i}`);
      expect(within(item).getByText(story.dek)).toBeVisible();
      const date = within(item).getByText(day.format(new Date(story.published)));
      expect(date.tagName).toBe('TIME');
      expect(date).toHaveAttribute('datetime', story.published);
    });
  });

  it("shows each story's section and marks sample stories", async () => {
    const { content } = await real();
    const expected = await storiesNewestFirst();
    const items = await renderedStories();

    items.forEach((item, i) => {
      const story = expected[i];
      const section = content.site.sections.find((s) => s.id === story?.section);
      if (!story || !section) throw new Error(`no story ${i}`);
      expect(within(item).getByText(section.name)).toBeVisible();
      const tag = within(item).queryByText(/Sample story/);
      if (story.sample) expect(tag).toBeVisible();
      else expect(tag).not.toBeInTheDocument();
    });
  });

  it('keeps teaser images out of the accessibility tree, as the headline says it all', async () => {
    const items = await renderedStories();

    for (const item of items) expect(within(item).queryByRole('img')).not.toBeInTheDocument();
  });

  it('loads teaser photos lazily, in the small widths a 12rem slot needs', async () => {
    const items = await renderedStories();
    const photos = items.flatMap((item) => [...item.querySelectorAll('picture img')]);
    expect(photos.length).toBeGreaterThan(0);
    for (const photo of photos) {
      expect(photo).toHaveAttribute('loading', 'lazy');
      expect(photo).not.toHaveAttribute('fetchpriority', 'high');
      const widths = (photo.getAttribute('srcset') ?? '').split(',').map((c) => c.split(' ')[1]);
      expect(widths).toEqual(['320w', '480w', '640w']);
    }
  });
});
