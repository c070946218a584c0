import { useEffect, useId, useRef, useState } from 'react';
import { useHydrated } from '../../lib/useHydrated';
import { mailtoHref } from './mailtoHref';
import './share.css';

interface Props {
  /** The story's absolute canonical URL. */
  url: string;
  title: string;
}

type CopyState = 'idle' | 'copied' | 'fallback';

// What each browser offers is known only in the browser: `share` is missing on most desktops,
// `clipboard` outside secure contexts. The DOM types claim both are always there.
type Sharing = Partial<Pick<Navigator, 'share' | 'clipboard'>>;
const sharing = (): Sharing => navigator;

const copiedFor = 5000;

/**
 * Share, Copy link and Email for one story. The Email link is plain HTML and works without
 * JavaScript; the buttons need it, so they appear once the page is hydrated (which also keeps
 * the server HTML and the first browser render the same).
 */
export function ShareTools({ url, title }: Props) {
  const hydrated = useHydrated();
  const [copy, setCopy] = useState<CopyState>('idle');
  const fieldRef = useRef<HTMLInputElement>(null);
  const fieldId = useId();

  // The field appears with the link selected, ready for the reader's own copy shortcut.
  useEffect(() => {
    if (copy !== 'fallback') return;
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [copy]);

  // Cleared after a while, so copying again later is announced again.
  useEffect(() => {
    if (copy !== 'copied') return;
    const timer = setTimeout(() => setCopy('idle'), copiedFor);
    return () => clearTimeout(timer);
  }, [copy]);

  const canShare = hydrated && typeof sharing().share === 'function';

  async function share() {
    try {
      await sharing().share?.({ title, url });
    } catch (error) {
      // The reader closed the share sheet: nothing went wrong.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setCopy('fallback');
    }
  }

  async function copyLink() {
    const clipboard = sharing().clipboard;
    try {
      if (!clipboard) throw new Error('This browser has no clipboard API here.');
      await clipboard.writeText(url);
      setCopy('copied');
    } catch {
      // Refused (no permission, page not focused) or missing: let the reader copy it by hand.
      setCopy('fallback');
      fieldRef.current?.select();
    }
  }

  return (
    <div className="share-tools">
      <ul className="share-tools-list">
        {canShare && (
          <li>
            <button type="button" className="button-quiet" onClick={() => void share()}>
              Share
            </button>
          </li>
        )}
        {hydrated && (
          <li>
            <button type="button" className="button-quiet" onClick={() => void copyLink()}>
              Copy link
            </button>
          </li>
        )}
        <li>
          <a className="button-quiet" href={mailtoHref(title, url)}>
            Email
          </a>
        </li>
      </ul>
      {hydrated && (
        // Present while empty, so the confirmation is announced when it arrives.
        <p role="status" className="share-status">
          {copy === 'copied' ? 'Link copied' : ''}
        </p>
      )}
      {copy === 'fallback' && (
        <p className="share-fallback">
          <label htmlFor={fieldId}>Copy this link:</label>
          <input
            ref={fieldRef}
            id={fieldId}
            type="text"
            readOnly
            value={url}
            spellCheck={false}
            onFocus={(event) => event.currentTarget.select()}
          />
        </p>
      )}
    </div>
  );
}
