import { useEffect, useRef, useState } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router-dom';
import { forgetSocialMeta } from '../../components/PageMeta';

// For each history entry, the address of the link the reader last clicked (or pressed Enter on)
// there: the link Back and Forward return focus to.
let shown = '';
const followed = new Map<string, string | null>();
if (typeof document !== 'undefined') {
  document.addEventListener(
    'click',
    (event) => {
      const link = (event.target as Element).closest('a');
      if (link) followed.set(shown, link.getAttribute('href'));
    },
    true,
  );
}

/**
 * After a client-side page change, move focus and announce the new page's title once, politely
 * (what Simorgh #8531 asks for). A new page focuses its <h1>; going Back or Forward returns focus
 * to the link the reader followed from that page, when it is still there, so the next Tab goes
 * on from where they were. Nothing happens on the first load.
 */
export function RouteAnnouncer() {
  const { key } = useLocation();
  const type = useNavigationType();
  const first = useRef<string | null>(key);
  const [message, setMessage] = useState('');

  useEffect(() => {
    shown = key;
    if (key === first.current) return;
    first.current = null;
    forgetSocialMeta();
    const href = type === NavigationType.Pop && followed.get(key);
    const target =
      (href && [...document.links].find((link) => link.getAttribute('href') === href)) ||
      document.querySelector<HTMLElement>('main h1');
    target?.focus({ preventScroll: true });
    setMessage(document.title);
  }, [key, type]);

  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {message}
    </p>
  );
}
