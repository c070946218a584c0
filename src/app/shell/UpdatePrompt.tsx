import { useSyncExternalStore } from 'react';
import { applyUpdate, subscribeToUpdate, updateWaiting } from '../../lib/serviceWorker';

/** Offers the reader a reload when a new version of the site is ready. */
export function UpdatePrompt() {
  const ready = useSyncExternalStore(subscribeToUpdate, updateWaiting, () => false);
  return (
    <div className="update-prompt" role="status">
      {ready && (
        <p>
          A new version of Broadsheet is available.{' '}
          <button type="button" className="button" onClick={applyUpdate}>
            Reload
          </button>
        </p>
      )}
    </div>
  );
}
