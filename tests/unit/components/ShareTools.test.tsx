import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareTools } from '../../../src/features/share/ShareTools';

const url = 'https://broadsheet.example/world/fish-and-chips';
const title = 'Fish & chips? "Yes," said the quay\'s keeper';

afterEach(() => {
  vi.restoreAllMocks();
  // Only some tests give the browser a share sheet.
  Reflect.deleteProperty(navigator, 'share');
});

/** The parameters of a mailto: link, each decoded exactly once, as a mail client reads them. */
function mailtoParams(href: string): Record<string, string> {
  expect(href.startsWith('mailto:?')).toBe(true);
  return Object.fromEntries(
    href
      .slice('mailto:?'.length)
      .split('&')
      .map((pair) => {
        const [name = '', value = ''] = pair.split('=');
        return [name, decodeURIComponent(value)];
      }),
  );
}

describe('ShareTools: Copy link', () => {
  it('copies the link and says so in a status message', async () => {
    // user-event stands in for the system clipboard.
    const user = userEvent.setup();
    render(<ShareTools url={url} title={title} />);
    const status = screen.getByRole('status');
    expect(status).toBeEmptyDOMElement();

    await user.click(screen.getByRole('button', { name: 'Copy link' }));

    expect(await navigator.clipboard.readText()).toBe(url);
    expect(status).toHaveTextContent('Link copied');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('shows the link, selected, in a labelled read-only field when the clipboard refuses', async () => {
    const user = userEvent.setup();
    const writeText = vi
      .spyOn(navigator.clipboard, 'writeText')
      .mockRejectedValue(new DOMException('Write permission denied.', 'NotAllowedError'));
    render(<ShareTools url={url} title={title} />);

    await user.click(screen.getByRole('button', { name: 'Copy link' }));

    expect(writeText).toHaveBeenCalledWith(url);
    const field = await screen.findByRole('textbox', { name: 'Copy this link:' });
    expect(field).toHaveValue(url);
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
    expect(field).toHaveProperty('selectionStart', 0);
    expect(field).toHaveProperty('selectionEnd', url.length);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('falls back to the field where the browser has no clipboard API', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue(undefined as unknown as Clipboard);
    render(<ShareTools url={url} title={title} />);

    await user.click(screen.getByRole('button', { name: 'Copy link' }));

    expect(await screen.findByRole('textbox', { name: 'Copy this link:' })).toHaveValue(url);
  });
});

describe('ShareTools: Share', () => {
  it("opens the browser's share sheet with the title and link where there is one", async () => {
    const user = userEvent.setup();
    const share = vi.fn<(data?: ShareData) => Promise<void>>().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    render(<ShareTools url={url} title={title} />);

    await user.click(screen.getByRole('button', { name: 'Share' }));

    expect(share).toHaveBeenCalledWith({ title, url });
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('does nothing more when the reader closes the share sheet', async () => {
    const user = userEvent.setup();
    const share = vi
      .fn<(data?: ShareData) => Promise<void>>()
      .mockRejectedValue(new DOMException('Share canceled', 'AbortError'));
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    render(<ShareTools url={url} title={title} />);

    await user.click(screen.getByRole('button', { name: 'Share' }));

    expect(share).toHaveBeenCalled();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });
});

describe('ShareTools: Email', () => {
  it('encodes a headline with &, ? and quotes so the subject and body arrive whole', () => {
    render(<ShareTools url={url} title={title} />);

    const href = screen.getByRole('link', { name: 'Email' }).getAttribute('href') ?? '';
    // Nothing in the headline may end the subject early or start a parameter of its own.
    expect(Object.keys(mailtoParams(href))).toEqual(['subject', 'body']);
    expect(href).not.toContain('"');
    expect(href).not.toContain(' ');
    expect(href).not.toContain('+');
    expect(href).toContain('Fish%20%26%20chips%3F%20%22Yes%2C%22');
    expect(mailtoParams(href)).toEqual({ subject: title, body: `${title}\r\n\r\n${url}` });
  });

  it('is in the server HTML whole: the Email link works without JavaScript', () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<ShareTools url={url} title={title} />);

    const links = container.querySelectorAll('a');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveTextContent('Email');
    expect(mailtoParams(links[0]?.getAttribute('href') ?? '').subject).toBe(title);
    // The buttons hold their place from the first paint; the CSS hides them without JavaScript
    // (tests/e2e/no-javascript.spec.ts), and Share where there is no share sheet.
    expect([...container.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Share',
      'Copy link',
    ]);
  });

  it('hydrates without a mismatch', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<ShareTools url={url} title={title} />);
    document.body.append(container);
    const onRecoverableError = vi.fn();

    const root = await act(() =>
      hydrateRoot(container, <ShareTools url={url} title={title} />, { onRecoverableError }),
    );

    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    act(() => root.unmount());
    container.remove();
  });
});
