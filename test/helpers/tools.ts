// Tests that need a program this machine may lack (Chromium, SciPy, unshare, SLURM...). On a developer's
// machine without it they are skipped, loudly; in CI (CI=true) a missing program is a failed test, never
// a silent pass.
import { it } from 'vitest';

export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

/** True when the tests that need `tool` must be skipped here; in CI registers a failing test instead. */
export function skipWithout(tool: string, have: boolean, install: string): boolean {
  if (have) return false;
  if (IN_CI) {
    it(`${tool} is available (CI runs every test that needs it)`, () => {
      throw new Error(`${tool} is missing on this CI machine: ${install}`);
    });
  } else {
    console.warn(`\n*** SKIPPED: the tests that need ${tool} (${install}) ***\n`);
  }
  return true;
}
