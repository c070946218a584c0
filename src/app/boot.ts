// The boot script: the only script a page runs before its first paint. The build compiles it to
// one small classic script, inlines it at the top of every page's <head> and allows it in the
// Content-Security-Policy by its SHA-256 hash (the policy never allows inline script in
// general). It must not import React or anything that pulls code in: keep it tiny.
//
// 1. Applies the reader's theme and text size, so a dark or larger page never flashes.
// 2. Says what the page can count on (`data-js`, `data-can-share` on <html>), so the CSS shows
//    controls that need JavaScript with their space in the layout from the first paint, and
//    whether the reader has stories in progress (`data-reading`, `data-resume`), so the places
//    that offer them are kept from the first paint too.
// 3. Loads the app after the page has painted: after `load`, or sooner when the reader reaches
//    for the page. The script element carries the app's entry (`data-app`) and the modules that
//    page needs (`data-preload`), written by the build for each page.
// 4. Until a control's code is ready, keeps what the reader did with it
//    (src/lib/pendingActions.ts).
import {
  applyPreferences,
  parsePreferences,
  storageKey,
} from '../features/preferences/preferences';
import { markReading, storageKey as readingKey } from '../features/reading-position/readingMarks';
import { pendingActionAttribute, pendingControls, readyAttribute } from '../lib/pendingActions';
import { readStored } from '../lib/safeStorage';

const root = document.documentElement;
const script = document.currentScript;

applyPreferences(parsePreferences(readStored(storageKey)));
root.setAttribute('data-js', '');
if (typeof navigator.share === 'function') root.setAttribute('data-can-share', '');
markReading(root, readStored(readingKey), window.location.pathname);

// Give up waiting for `load` (a slow image, say) this long after the page began.
const loadPatience = 3000;
let started = false;

function injectApp() {
  const entry = script?.getAttribute('data-app');
  if (!entry) return;
  for (const href of (script?.getAttribute('data-preload') ?? '').split(' ').filter(Boolean)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  const app = document.createElement('script');
  app.type = 'module';
  app.src = entry;
  document.head.append(app);
}

/** Loads the app once, never before the page has painted. */
function startApp() {
  if (started) return;
  started = true;
  if (PerformanceObserver.supportedEntryTypes.includes('paint')) {
    new PerformanceObserver((_, observer) => {
      observer.disconnect();
      injectApp();
    }).observe({ type: 'paint', buffered: true });
  } else requestAnimationFrame(() => setTimeout(injectApp, 0));
}

if (document.readyState === 'complete') startApp();
else window.addEventListener('load', startApp, { once: true });
setTimeout(startApp, loadPatience);
for (const intent of ['pointerdown', 'keydown', 'touchstart', 'focusin']) {
  window.addEventListener(intent, startApp, { capture: true, once: true, passive: true });
}

/** A click or change on a control that is not ready yet: kept, and the app is on its way. */
function hold(event: Event) {
  const target = event.target instanceof Element ? event.target : null;
  const control = target?.closest(`[${pendingActionAttribute}="${event.type}"]`);
  if (!control || control.hasAttribute(readyAttribute)) return;
  event.preventDefault();
  event.stopPropagation();
  pendingControls().set(control, control instanceof HTMLSelectElement ? control.value : undefined);
  control.setAttribute('aria-busy', 'true');
  startApp();
}
document.addEventListener('click', hold, true);
document.addEventListener('change', hold, true);
