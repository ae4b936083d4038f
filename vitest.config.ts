import { defineConfig } from 'vitest/config';

// Three projects, one command: pure core tests, jsdom tests of the page layer and UI, and
// end-to-end tests that drive real Chromium and Firefox with the built extension.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'dom', include: ['test/dom/**/*.test.{ts,tsx}'], environment: 'jsdom' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Browsers are heavy on a two-core machine: one e2e file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
