import { configDefaults, defineConfig } from 'vitest/config';

// Child processes and busy loops measure CPU share: too many parallel files on 2 cores distort them.
// Tests whose verdict rests on energy estimated from CPU share across many runs (*.quiet.test.ts) run
// last, one file at a time, so no other test file's load moves what they measure.
export default defineConfig({
  test: {
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'parallel',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/**/*.quiet.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: { name: 'quiet', include: ['test/**/*.quiet.test.ts'], fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
