import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // The end-to-end suites each start a local Discord-compatible server; keep them from fighting over two cores.
    maxWorkers: 2,
  },
});
