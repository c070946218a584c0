import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveButton } from '../../../src/features/saved/SaveButton';
import { saveFailureMessage, storageKey } from '../../../src/features/saved/savedStore';
import type { StoryToSave } from '../../../src/features/saved/savableStory';

const story: StoryToSave = {
  slug: 'fish-and-chips',
  url: '/world/fish-and-chips',
  headline: 'Fish & chips: the town that saved its quay',
  dek: 'A dek.',
  section: { id: 'world', name: 'World', description: 'News from around the world.' },
  published: '2012-11-07T12:00:00-05:00',
};

/** The story as the saved list keeps it: its section by name. */
const kept = { ...story, section: 'World' };

function stored(): unknown {
  return JSON.parse(localStorage.getItem(storageKey) ?? 'null');
}

beforeEach(() => {
  localStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('SaveButton', () => {
  it('saves the story, then unsaves it, saying which with aria-pressed', async () => {
    const user = userEvent.setup();
    render(<SaveButton story={story} />);

    const button = screen.getByRole('button', { name: 'Save for later' });
    expect(button).toHaveAttribute('aria-pressed', 'false');

    await user.click(button);
    expect(screen.getByRole('button', { name: 'Saved', pressed: true })).toBe(button);
    // The saved list keeps the section's name.
    expect(stored()).toEqual([{ ...kept, savedAt: expect.any(String) as string }]);

    await user.click(button);
    expect(screen.getByRole('button', { name: 'Save for later', pressed: false })).toBe(button);
    expect(stored()).toEqual([]);
  });

  it('shows a story saved earlier as saved', () => {
    localStorage.setItem(
      storageKey,
      JSON.stringify([{ ...kept, savedAt: '2024-01-01T10:00:00Z' }]),
    );
    render(<SaveButton story={story} />);

    expect(screen.getByRole('button', { name: 'Saved', pressed: true })).toBeInTheDocument();
  });

  it('names the story in lists, where many buttons would otherwise read alike', async () => {
    const user = userEvent.setup();
    render(<SaveButton story={story} nameWithHeadline />);

    const button = screen.getByRole('button', { name: `Save for later “${story.headline}”` });
    await user.click(button);
    expect(button).toHaveAccessibleName(`Saved “${story.headline}”`);
    // The headline is for screen readers; sighted readers see it beside the button.
    expect(button).toHaveTextContent(`Saved “${story.headline}”`);
    expect(screen.getByText(`“${story.headline}”`)).toHaveClass('visually-hidden');
  });

  it('says in words when storage is full, and stays unsaved', async () => {
    const user = userEvent.setup();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    render(<SaveButton story={story} />);
    const alert = screen.getByRole('alert');
    expect(alert).toBeEmptyDOMElement();

    await user.click(screen.getByRole('button', { name: 'Save for later' }));

    expect(alert).toHaveTextContent(saveFailureMessage);
    expect(saveFailureMessage).toBe(
      "Could not save: your browser's storage is full or turned off.",
    );
    expect(screen.getByRole('button', { name: 'Save for later' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('says so when storage is turned off altogether', async () => {
    const user = userEvent.setup();
    render(<SaveButton story={story} />);
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });

    await user.click(screen.getByRole('button', { name: 'Save for later' }));

    expect(screen.getByRole('alert')).toHaveTextContent(saveFailureMessage);
  });

  it('keeps every button for the story in step: another tab, or the same page twice', () => {
    render(
      <>
        <SaveButton story={story} />
        <SaveButton story={story} nameWithHeadline />
      </>,
    );
    const value = JSON.stringify([{ ...kept, savedAt: '2024-01-01T10:00:00Z' }]);
    localStorage.setItem(storageKey, value);
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: storageKey, newValue: value }));
    });

    expect(screen.getAllByRole('button', { pressed: true })).toHaveLength(2);
  });

  it('is in the server HTML, and hydrates without a mismatch though the story is saved', async () => {
    localStorage.setItem(
      storageKey,
      JSON.stringify([{ ...kept, savedAt: '2024-01-01T10:00:00Z' }]),
    );
    // The server cannot know what this browser saved; its place is held from the first paint.
    const html = renderToString(<SaveButton story={story} />);
    expect(html).toContain('Save for later');

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const onRecoverableError = vi.fn();
    const root = await act(() =>
      hydrateRoot(container, <SaveButton story={story} />, { onRecoverableError }),
    );

    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Saved', pressed: true })).toBeInTheDocument();
    act(() => root.unmount());
    container.remove();
  });
});
