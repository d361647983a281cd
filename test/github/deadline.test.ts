// The one bound on GitHub calls: an AbortSignal raced against calls of clients that take none.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { afterMs, bounded, TimeoutError } from '../../src/github/deadline.ts';
import { describeError } from '../../src/github/errors.ts';

/** the error a promise rejects with (a resolved promise fails the test) */
const failure = (p: Promise<unknown>): Promise<Error> =>
  p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e as Error,
  );
const sleep = (ms: number, v?: unknown) => new Promise((r) => setTimeout(() => r(v), ms));

describe('bounded', () => {
  it('returns what the call returns, and passes its failure through', async () => {
    expect(await bounded(afterMs(5_000, 'x'), 'call', async () => 42)).toBe(42);
    await expect(bounded(afterMs(5_000, 'x'), 'call', async () => Promise.reject(new Error('HTTP 500')))).rejects.toThrow('HTTP 500');
  });

  it('ends a hanging call when the signal fires, naming the call and why', async () => {
    const t0 = performance.now();
    const err = await failure(bounded(afterMs(150, 'did not finish within 0.15 s'), 'download of artifact a', () => sleep(10_000)));
    const ms = performance.now() - t0;
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.message).toBe('download of artifact a: did not finish within 0.15 s');
    expect(describeError(err)).toMatch(/^timed out \(download of artifact a/);
    expect(ms).toBeGreaterThanOrEqual(140);
    expect(ms).toBeLessThan(1_000);
  });

  it('the earlier of a call budget and the deadline wins (AbortSignal.any)', async () => {
    const deadline = afterMs(100, 'reporting deadline reached (after 0.1 s)');
    const err = await failure(bounded(AbortSignal.any([afterMs(5_000, 'did not finish within 5 s'), deadline]), 'listing', () => sleep(10_000)));
    expect(err.message).toBe('listing: reporting deadline reached (after 0.1 s)');
  });

  it('does not start a call once the signal has fired', async () => {
    const c = new AbortController();
    c.abort(new TimeoutError('reporting deadline reached'));
    let started = false;
    const err = await failure(bounded(c.signal, 'upload', async () => {
      started = true;
    }));
    expect(err.message).toBe('upload: reporting deadline reached');
    expect(started).toBe(false);
  });

  it('a budget never holds the process: a script with a pending 60 s budget exits at once', () => {
    const mod = resolve(import.meta.dirname, '../../src/github/deadline.ts');
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', `const { afterMs } = await import(${JSON.stringify(mod)}); afterMs(60_000, 'x'); console.log('done')`], { encoding: 'utf8', timeout: 20_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('done\n');
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});
