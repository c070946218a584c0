import { useState, useSyncExternalStore } from 'react';
import { applyUpdate, subscribeToUpdate, updateWaiting } from '../../lib/serviceWorker';
import type { SkipTarget } from './skipTargets';

const maincontent: SkipTarget = 'maincontent';

/**
 * Offers the reader a reload when a new version of the site is ready, or to carry on. It stands
 * in the page's flow under the header (early in Tab order, announced politely, covering nothing).
 */
export function UpdatePrompt() {
  const ready = useSyncExternalStore(subscribeToUpdate, updateWaiting, () => false);
  const [dismissed, setDismissed] = useState(false);
  return (
    <div className="update-prompt" role="status">
      {ready && !dismissed && (
        <p>
          A new version of Broadsheet is available.{' '}
          <button type="button" className="button" onClick={applyUpdate}>
            Reload
          </button>{' '}
          <button
            type="button"
            className="button-quiet"
            onClick={() => {
              setDismissed(true);
              // The button goes away: focus goes on to the page rather than back to its top.
              document.getElementById(maincontent)?.focus();
            }}
          >
            Not now
          </button>
        </p>
      )}
    </div>
  );
}
