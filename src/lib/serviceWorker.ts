// Registers the service worker and tells the page when a new version is waiting, so the reader
// can choose to reload (a prompt, never a silent swap).

type Listener = () => void;
let waiting: ServiceWorker | undefined;
const listeners = new Set<Listener>();

export function subscribeToUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const updateWaiting = (): boolean => waiting !== undefined;

function offer(worker: ServiceWorker): void {
  waiting = worker;
  listeners.forEach((listener) => {
    listener();
  });
}

/** Activates the waiting version; the page reloads once it has taken over. */
export function applyUpdate(): void {
  if (!waiting) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    window.location.reload();
  });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

/** What the app's router tells of the page on screen (react-router's router, loosely typed). */
interface ShownPages {
  state: PageState;
  subscribe(listener: (state: PageState) => void): unknown;
}
interface PageState {
  location: { pathname: string; search: string; key: string };
  navigation: { state: string };
  errors: unknown;
}

/**
 * Keeps every page the reader opens for offline reading. A page loaded in full went through the
 * service worker, which kept it; a client-side visit fetched only the page's data, so its HTML
 * is asked for here, with `Accept: text/html`, which the worker keeps as it keeps pages
 * (scripts/serviceWorker.ts). Until a worker controls the page (a first visit), the pages wait.
 */
function keepPagesOffline(pages: ShownPages): void {
  const { serviceWorker } = navigator;
  const waiting = new Set<string>();
  const fetchPage = (path: string) =>
    void fetch(path, { headers: { accept: 'text/html' }, priority: 'low' }).catch(() => {});
  // Once the new page has painted and the browser is idle: the page change comes first.
  const keep = (path: string) => {
    if (!serviceWorker.controller) waiting.add(path);
    else if ('requestIdleCallback' in window)
      requestIdleCallback(() => fetchPage(path), { timeout: 2000 });
    else setTimeout(() => fetchPage(path), 200);
  };
  const { location } = pages.state;
  let shown = location.key;
  if (!serviceWorker.controller) waiting.add(location.pathname + location.search);
  pages.subscribe(({ location: next, navigation, errors }) => {
    if (navigation.state !== 'idle' || errors || next.key === shown) return;
    shown = next.key;
    keep(next.pathname + next.search);
  });
  serviceWorker.addEventListener('controllerchange', () => {
    waiting.forEach(keep);
    waiting.clear();
  });
}

export async function registerServiceWorker(pages: ShownPages, url = '/sw.js'): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  keepPagesOffline(pages);
  // Typed loosely: a browser that blocks service workers (or a test harness) may give nothing.
  const registration = (await navigator.serviceWorker.register(url)) as
    ServiceWorkerRegistration | undefined;
  if (!registration) return;
  const track = (worker: ServiceWorker | null) => {
    worker?.addEventListener('statechange', () => {
      // With a controller present this is an update, not the first install.
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
    });
  };
  // A version found earlier may already be waiting, or still installing.
  if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
  track(registration.installing);
  registration.addEventListener('updatefound', () => {
    track(registration.installing);
  });
  // Look for a new version when the reader comes back to the tab, so none stays stale.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void registration.update();
  });
}
