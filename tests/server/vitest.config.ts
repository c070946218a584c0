import { defineConfig } from 'vitest/config';

// `npm run test:server`: the sign-up service against a real HTTP server and real SQLite files,
// after `npm run build` (the pages it renders come from the built site).
export default defineConfig({
  test: {
    include: ['tests/server/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The load and fault tests measure and kill processes: one file at a time.
    fileParallelism: false,
  },
});
