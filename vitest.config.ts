import { configDefaults, defineConfig } from 'vitest/config';

// Every file runs in the parallel group, the A/B and busy-runner tests included: their verdicts rest on
// the active energy and name other load, so the suite's own load must not move them (a test that only
// passes on a quiet machine is a bug of the product or of the test). Two workers on a 2-core machine.
export default defineConfig({
  test: {
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'parallel', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude] },
      },
    ],
  },
});
