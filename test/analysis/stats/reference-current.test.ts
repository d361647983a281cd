// The committed reference JSON is what scripts/stats-reference.py prints today (CI fails without SciPy).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { skipWithout } from '../../helpers/tools.ts';

const root = new URL('../../../', import.meta.url);
const hasScipy = spawnSync('python3', ['-c', 'import scipy'], { stdio: 'ignore' }).status === 0;

describe.skipIf(skipWithout('python3 with SciPy', hasScipy, 'apt-get install python3-scipy; .ci/run installs it'))('stats reference fixture', () => {
  it('is current', () => {
    const fresh = execFileSync('python3', ['scripts/stats-reference.py'], { cwd: root, encoding: 'utf8' });
    const committed = readFileSync(new URL('test/fixtures/stats-reference.json', root), 'utf8');
    const a = JSON.parse(fresh);
    const b = JSON.parse(committed);
    // Another SciPy version may differ in the last bits; the cases and values must still agree closely.
    expect(Object.keys(a)).toEqual(Object.keys(b));
    for (const key of ['welch', 'mann_whitney', 'prediction', 'fieller'] as const) {
      expect(a[key].map((c: { name: string }) => c.name)).toEqual(b[key].map((c: { name: string }) => c.name));
      a[key].forEach((c: Record<string, unknown>, i: number) => {
        for (const f of ['t', 'df', 'p', 'u', 'low', 'high']) {
          const x = c[f];
          const y = b[key][i][f];
          if (typeof x === 'number') expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(y)));
        }
      });
    }
  });
});
