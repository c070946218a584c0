import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentDevServer } from './scripts/contentPlugin.ts';
import { prerenderedPages } from './scripts/previewPlugin.ts';

export default defineConfig({
  plugins: [react(), contentDevServer(), prerenderedPages()],
  build: { target: 'es2022' },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
  },
});
