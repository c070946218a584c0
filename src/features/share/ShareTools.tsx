import { useEffect, useId, useRef, useState } from 'react';
import { pendingAction } from '../../lib/pendingActions';
import { usePendingAction } from '../../lib/usePendingAction';
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
 * JavaScript. The buttons need it: they are in the prerendered page (so nothing shifts), hidden
 * without JavaScript, and Share only where the browser can share (the boot script says so on
 * <html> before the first paint). A click before the app has arrived is done once it has.
 */
export function ShareTools({ url, title }: Props) {
  const [copy, setCopy] = useState<CopyState>('idle');
  const fieldRef = useRef<HTMLInputElement>(null);
  const shareRef = useRef<HTMLButtonElement>(null);
  const copyRef = useRef<HTMLButtonElement>(null);
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

  async function share() {
    try {
      await sharing().share?.({ title, url });
    } catch (error) {
      // The reader closed the share sheet: nothing went wrong.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setCopy('fallback');
    }
  }

  usePendingAction(shareRef, () => void share());
  usePendingAction(copyRef, () => void copyLink());

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
    <div className="share-tools" role="group" aria-label="Share this story">
      <ul className="share-tools-list">
        <li className="share-native js-only">
          <button
            ref={shareRef}
            type="button"
            className="button-quiet"
            onClick={() => void share()}
            {...pendingAction('click')}
          >
            Share
          </button>
        </li>
        <li className="js-only">
          <button
            ref={copyRef}
            type="button"
            className="button-quiet"
            onClick={() => void copyLink()}
            {...pendingAction('click')}
          >
            Copy link
          </button>
        </li>
        <li>
          <a className="button-quiet" href={mailtoHref(title, url)}>
            Email
          </a>
        </li>
      </ul>
      {/* Present while empty, so the confirmation is announced when it arrives. */}
      <p role="status" className="share-status">
        {copy === 'copied' ? 'Link copied' : ''}
      </p>
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
