// Debian's Chromium, never a downloaded browser (CHROME_PATH points elsewhere), with the flags
// that keep it off the network (the machine reaches only package registries) and runnable as
// root without a GPU. Shared by the browser tests and the bench.
export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromeFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
