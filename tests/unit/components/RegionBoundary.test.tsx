import { render, screen, within } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { RegionBoundary } from '../../../src/components/RegionBoundary';
import { dataPaths } from '../../../src/content/payloads';
import { sampleSlug } from '../realContent';
import { real, renderRoute, sourceFrom, type DataSource } from './renderRoute';

// Regions whose content comes from code rather than the story's data are broken by a flag: the
// mocks render the real component unless the test names it here.
const broken = vi.hoisted(() => new Set<'sidebar offer' | 'share tools' | 'newsletter'>());

function fail(): never {
  throw new Error('broken on purpose');
}

vi.mock('../../../src/features/subscribe/SidebarOffer', async (importOriginal) => {
  const original =
    await importOriginal<typeof import('../../../src/features/subscribe/SidebarOffer')>();
  return {
    SidebarOffer: (props: ComponentProps<typeof original.SidebarOffer>) =>
      broken.has('sidebar offer') ? fail() : <original.SidebarOffer {...props} />,
  };
});

vi.mock('../../../src/features/share/ShareTools', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/features/share/ShareTools')>();
  return {
    ShareTools: (props: ComponentProps<typeof original.ShareTools>) =>
      broken.has('share tools') ? fail() : <original.ShareTools {...props} />,
  };
});

vi.mock('../../../src/features/newsletter/NewsletterForm', async (importOriginal) => {
  const original =
    await importOriginal<typeof import('../../../src/features/newsletter/NewsletterForm')>();
  return {
    NewsletterForm: (props: ComponentProps<typeof original.NewsletterForm>) =>
      broken.has('newsletter') ? fail() : <original.NewsletterForm {...props} />,
  };
});

let consoleError: MockInstance<typeof console.error>;

beforeEach(() => {
  // React reports every error a boundary catches with console.error; these tests cause them.
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  broken.clear();
  consoleError.mockRestore();
});

/** The real content, with the sample story's payload altered (malformed on purpose). */
async function sourceWithStory(alter: (story: Record<string, unknown>) => void) {
  const content = await real();
  const payloads = new Map(content.payloads);
  const story = structuredClone(content.story(sampleSlug)) as unknown as Record<string, unknown>;
  alter(story);
  payloads.set(dataPaths.story(sampleSlug), story);
  return sourceFrom(payloads);
}

async function renderSample(source?: DataSource) {
  const view = await renderRoute(`/world/${sampleSlug}`, source);
  const { story } = view.real.story(sampleSlug);
  await screen.findByRole('heading', { level: 1, name: story.headline });
  return { ...view, story };
}

/** The story itself is whole: the headline, the first paragraph and every paragraph after it. */
function expectStoryReadable(story: Awaited<ReturnType<typeof renderSample>>['story']) {
  expect(screen.getByRole('heading', { level: 1, name: story.headline })).toBeVisible();
  const paragraphs = story.body.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
  expect(screen.getByText(paragraphs[0] ?? 'no paragraphs')).toBeVisible();
  expect(document.querySelectorAll('.story-body > p')).toHaveLength(paragraphs.length);
}

const sidebar = () => screen.getByRole('complementary', { name: 'More from Broadsheet' });

describe('RegionBoundary', () => {
  it('renders its children while nothing fails', () => {
    render(
      <RegionBoundary name="Related stories">
        <p>Fine</p>
      </RegionBoundary>,
    );
    expect(screen.getByText('Fine')).toBeVisible();
    expect(screen.queryByText(/could not be shown/)).not.toBeInTheDocument();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('replaces a failing child with a note naming what is missing', () => {
    function Broken(): never {
      return fail();
    }
    render(
      <>
        <RegionBoundary name="Related stories">
          <Broken />
        </RegionBoundary>
        <p>Still here</p>
      </>,
    );
    const note = screen.getByRole('region', { name: 'Related stories' });
    expect(note).toHaveTextContent('Related stories could not be shown.');
    expect(screen.getByText('Still here')).toBeVisible();
  });
});

describe('StoryPage: a broken region leaves the story readable', () => {
  it('all regions render when nothing is broken', async () => {
    await renderSample();
    expect(
      await within(sidebar()).findByRole('heading', { name: 'Related stories' }),
    ).toBeVisible();
    expect(screen.queryByText(/could not be shown/)).not.toBeInTheDocument();
  });

  it('a promo without its story', async () => {
    const source = await sourceWithStory((story) => {
      story.promos = [{ id: 'broken', title: 'Broken', blurb: 'No story', story: null }];
    });
    const { story } = await renderSample(source);

    expectStoryReadable(story);
    expect(screen.getByText('Series promotions could not be shown.')).toBeVisible();
    expect(within(sidebar()).getByRole('heading', { name: 'Related stories' })).toBeVisible();
    expect(within(sidebar()).getByRole('heading', { name: 'Subscribe' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Save for later' })).toBeVisible();
  });

  it('related stories that are null', async () => {
    const source = await sourceWithStory((story) => {
      story.related = [null, null];
    });
    const { story, real: content } = await renderSample(source);

    expectStoryReadable(story);
    expect(screen.getByText('Related stories could not be shown.')).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Related stories' })).not.toBeInTheDocument();
    const [promo] = content.story(sampleSlug).promos;
    expect(promo).toBeDefined();
    expect(within(sidebar()).getByRole('heading', { name: promo?.title })).toBeVisible();
  });

  it('an inline offer whose points are not a list', async () => {
    const source = await sourceWithStory((story) => {
      const offers = story.inlineOffers as Record<string, Record<string, unknown>>;
      for (const offer of Object.values(offers)) offer.points = 'not a list';
    });
    const { story } = await renderSample(source);

    expectStoryReadable(story);
    const body = document.querySelector('.story-body');
    expect(body).not.toBeNull();
    expect(
      within(body as HTMLElement).getByText('Subscription offer could not be shown.'),
    ).toBeVisible();
    // The sidebar's own offer is a separate region and still there.
    expect(within(sidebar()).getByRole('heading', { name: 'Subscribe' })).toBeVisible();
    expect(within(sidebar()).getByRole('heading', { name: 'Related stories' })).toBeVisible();
  });

  it('the sidebar offer', async () => {
    broken.add('sidebar offer');
    const { story } = await renderSample();

    expectStoryReadable(story);
    expect(within(sidebar()).getByText('Subscription offer could not be shown.')).toBeVisible();
    expect(within(sidebar()).getByRole('heading', { name: 'Related stories' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Subscription offer' })).toBeVisible();
  });

  it('the save and share tools', async () => {
    broken.add('share tools');
    const { story } = await renderSample();

    expectStoryReadable(story);
    expect(screen.getByText('Save and share tools could not be shown.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Save for later' })).not.toBeInTheDocument();
    expect(within(sidebar()).getByRole('heading', { name: 'Related stories' })).toBeVisible();
  });

  it('the footer newsletter form, keeping the footer links', async () => {
    broken.add('newsletter');
    const { story } = await renderSample();

    expectStoryReadable(story);
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByText('Newsletter sign-up could not be shown.')).toBeVisible();
    expect(within(footer).getByRole('navigation', { name: 'Footer' })).toBeVisible();
    expect(within(sidebar()).getByRole('heading', { name: 'Related stories' })).toBeVisible();
  });

  it('a story whose data fails to load offers to try again', async () => {
    const source: DataSource = () => Promise.reject(new Error('Failed to fetch'));
    await renderRoute(`/world/${sampleSlug}`, source);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'This page could not be loaded' }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
    expect(screen.queryByText(/could not be shown/)).not.toBeInTheDocument();
  });
});
