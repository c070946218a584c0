import { useNavigation } from 'react-router-dom';

/**
 * A slim bar at the top while a page is on its way. It fades in only after 300 ms (in CSS), so
 * the usual instant change shows nothing, and a slow one never leaves the reader unsure.
 */
export function LoadingBar() {
  const { state } = useNavigation();
  if (state !== 'loading') return null;
  return <div className="loading-bar" role="progressbar" aria-label="Loading page" />;
}
