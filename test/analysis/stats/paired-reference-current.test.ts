// The committed paired reference JSON is what scripts/paired-stats-reference.py prints today. Needs python3
// with SciPy: skipped without it locally, a failure under CI=true (the reference must be checkable there).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url);
const hasScipy = spawnSync('python3', ['-c', 'import scipy'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!hasScipy && process.env.CI !== 'true')('paired stats reference fixture', () => {
  it('is current', () => {
    const fresh = JSON.parse(execFileSync('python3', ['scripts/paired-stats-reference.py'], { cwd: root, encoding: 'utf8' }));
    const committed = JSON.parse(readFileSync(new URL('test/fixtures/paired-stats-reference.json', root), 'utf8'));
    expect(Object.keys(fresh)).toEqual(Object.keys(committed));
    for (const key of ['paired', 'wilcoxon', 'trend'] as const) {
      expect(fresh[key].map((c: { name: string }) => c.name)).toEqual(committed[key].map((c: { name: string }) => c.name));
      fresh[key].forEach((c: Record<string, unknown>, i: number) => {
        for (const [f, x] of Object.entries(c)) {
          const y = committed[key][i][f];
          if (typeof x === 'number') expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(y)));
          else expect(x).toEqual(y);
        }
      });
    }
  });
});
