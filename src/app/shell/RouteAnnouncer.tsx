import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { forgetSocialMeta } from '../../components/PageMeta';

/**
 * After a client-side page change, move focus to the new page's <h1> and announce its title
 * once, politely (what Simorgh #8531 asks for). Nothing happens on the first load.
 */
export function RouteAnnouncer() {
  const { pathname, search } = useLocation();
  const page = `${pathname}${search}`;
  const first = useRef(page);
  const [message, setMessage] = useState('');

  useEffect(() => {
    if (page === first.current) return;
    first.current = '';
    forgetSocialMeta();
    const heading = document.querySelector<HTMLElement>('main h1');
    heading?.focus({ preventScroll: true });
    setMessage(document.title);
  }, [page]);

  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {message}
    </p>
  );
}
