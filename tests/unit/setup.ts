import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // The app marks <html> once a page has hydrated; each test starts from a page that has not.
  if (typeof document !== 'undefined') document.documentElement.removeAttribute('data-hydrated');
});
