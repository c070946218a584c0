import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ReaderPreferences } from '../../../src/features/preferences/ReaderPreferences';
import { parsePreferences, storageKey } from '../../../src/features/preferences/preferences';
import { renderRoute, siteBanner } from './renderRoute';

const root = document.documentElement;

function stored(): unknown {
  const raw = localStorage.getItem(storageKey);
  return raw === null ? null : JSON.parse(raw);
}

/** What another tab does: writes storage, and this tab hears a `storage` event. */
function otherTabWrites(value: string | null) {
  if (value === null) localStorage.removeItem(storageKey);
  else localStorage.setItem(storageKey, value);
  act(() => {
    window.dispatchEvent(new StorageEvent('storage', { key: storageKey, newValue: value }));
  });
}

function setup() {
  const user = userEvent.setup();
  render(<ReaderPreferences />);
  return {
    user,
    theme: () => screen.getByRole('combobox', { name: 'Theme' }),
    size: () => screen.getByRole('combobox', { name: 'Text size' }),
  };
}

beforeEach(() => {
  localStorage.clear();
  root.removeAttribute('data-theme');
  root.removeAttribute('data-text-size');
});

describe('ReaderPreferences', () => {
  it('starts at Auto and Normal with nothing stored, setting no attributes', () => {
    const { theme, size } = setup();
    expect(theme()).toHaveValue('auto');
    expect(size()).toHaveValue('normal');
    expect(root).not.toHaveAttribute('data-theme');
    expect(root).not.toHaveAttribute('data-text-size');
  });

  it('choosing Dark sets the attribute on <html> and remembers it', async () => {
    const { user, theme } = setup();
    await user.selectOptions(theme(), 'Dark');

    expect(theme()).toHaveValue('dark');
    expect(root).toHaveAttribute('data-theme', 'dark');
    expect(stored()).toEqual({ theme: 'dark', textSize: 'normal' });

    // Back to Auto: the system decides again, so the attribute goes.
    await user.selectOptions(theme(), 'Auto');
    expect(root).not.toHaveAttribute('data-theme');
    expect(stored()).toEqual({ theme: 'auto', textSize: 'normal' });
  });

  it('choosing Larger sets the text size attribute and remembers it', async () => {
    const { user, size } = setup();
    await user.selectOptions(size(), 'Larger');

    expect(root).toHaveAttribute('data-text-size', 'larger');
    expect(stored()).toEqual({ theme: 'auto', textSize: 'larger' });
  });

  it('shows what was stored before', () => {
    localStorage.setItem(storageKey, JSON.stringify({ theme: 'light', textSize: 'large' }));
    const { theme, size } = setup();
    expect(theme()).toHaveValue('light');
    expect(size()).toHaveValue('large');
  });

  it.each(['{oops', '"dark"', 'null', '[1,2]', '{"theme":"neon","textSize":9}'])(
    'falls back to the defaults when storage holds %s, and can still be changed',
    async (raw) => {
      localStorage.setItem(storageKey, raw);
      const { user, theme, size } = setup();
      expect(theme()).toHaveValue('auto');
      expect(size()).toHaveValue('normal');
      expect(root).not.toHaveAttribute('data-theme');

      await user.selectOptions(theme(), 'Dark');
      expect(stored()).toEqual({ theme: 'dark', textSize: 'normal' });
    },
  );

  it('keeps the valid half of a half-valid choice', () => {
    expect(parsePreferences('{"theme":"dark","textSize":"huge"}')).toEqual({
      theme: 'dark',
      textSize: 'normal',
    });
  });

  it('follows a change made in another tab', () => {
    const { theme, size } = setup();
    otherTabWrites(JSON.stringify({ theme: 'dark', textSize: 'larger' }));

    expect(theme()).toHaveValue('dark');
    expect(size()).toHaveValue('larger');
    expect(root).toHaveAttribute('data-theme', 'dark');
    expect(root).toHaveAttribute('data-text-size', 'larger');

    // Storage cleared over there: back to the defaults here.
    otherTabWrites(null);
    expect(theme()).toHaveValue('auto');
    expect(root).not.toHaveAttribute('data-theme');
    expect(root).not.toHaveAttribute('data-text-size');
  });

  it('applies the choice for this page when storage refuses it, and says so', async () => {
    const { user, theme } = setup();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      await user.selectOptions(theme(), 'Dark');
      expect(root).toHaveAttribute('data-theme', 'dark');
      expect(theme()).toHaveValue('dark');
      expect(screen.getByRole('status')).toHaveTextContent(/this page only/);
    } finally {
      setItem.mockRestore();
    }
    // Storing works again: the message goes.
    await user.selectOptions(theme(), 'Light');
    expect(stored()).toEqual({ theme: 'light', textSize: 'normal' });
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('sits in the site header, after Subscribe and after the skip links', async () => {
    await renderRoute('/');
    await screen.findByRole('heading', { level: 1 });

    const header = siteBanner();
    const group = await within(header).findByRole('group', { name: 'Reading preferences' });
    const subscribe = within(header).getByRole('link', { name: 'Subscribe' });
    expect(
      subscribe.compareDocumentPosition(group) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    const firstLink = screen.getAllByRole('link')[0];
    expect(firstLink).toHaveTextContent('Skip to content');
  });
});
