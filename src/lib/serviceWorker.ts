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

export async function registerServiceWorker(url = '/sw.js'): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
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
