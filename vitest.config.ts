import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Child processes and busy loops measure CPU share: too many parallel files on 2 cores distort them.
    maxWorkers: 2,
  },
});
