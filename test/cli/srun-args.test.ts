// `joulecheck srun` argument splitting: joulecheck's own options anywhere before `--`, srun's passed through
// in their order, --label after an srun option left to srun.
import { describe, expect, it } from 'vitest';
import { parseSrunArgs } from '../../src/cli/srun.ts';

describe('parseSrunArgs', () => {
  it('own options after srun options are joulecheck\'s; srun options keep their order', () => {
    const p = parseSrunArgs(['-N2', '--ntasks-per-node=2', '--out', 'DIR', '--interval-ms=200', '--node-timeout', '5', '--', 'cmd', 'a']);
    expect(p.srunArgs).toEqual(['-N2', '--ntasks-per-node=2']);
    expect(p.meterOptions).toEqual(['--out=DIR', '--interval-ms=200']);
    expect(p.out).toBe('DIR');
    expect(p.nodeTimeoutS).toBe(5);
    expect(p.command).toEqual(['cmd', 'a']);
  });

  it('--label before any srun option is joulecheck\'s, after one it is srun\'s own flag (no value taken)', () => {
    const first = parseSrunArgs(['--label', 'mn', '-N2', '--', 'cmd']);
    expect(first.label).toBe('mn');
    expect(first.srunArgs).toEqual(['-N2']);
    const after = parseSrunArgs(['-N2', '--label', '--out', 'DIR', '--', 'cmd']);
    expect(after.srunArgs).toEqual(['-N2', '--label']);
    expect(after.label).toBe('run');
    expect(after.out).toBe('DIR');
  });

  it('srun values that are separate tokens stay with srun', () => {
    const p = parseSrunArgs(['--nodes', '2', '-p', 'debug', '--out', 'D', '--gpus-per-node=8', '--', 'cmd']);
    expect(p.srunArgs).toEqual(['--nodes', '2', '-p', 'debug', '--gpus-per-node=8']);
    expect(p.out).toBe('D');
  });

  it('an own option without its value is refused, naming the option and the rule', () => {
    expect(() => parseSrunArgs(['-N2', '--out', '--ntasks-per-node=2', '--', 'cmd'])).toThrow(/--out needs a value .*joulecheck's own option; for srun's, spell it in full, e.g. --output/);
    expect(() => parseSrunArgs(['-N2', '--interval-ms', 'fast', '--', 'cmd'])).toThrow(/--interval-ms/);
  });
});
