// The out directory: created with its parents; where Node's recursive mkdir would spin (procfs answers
// ENOENT under an existing parent) or the place is not a directory, a clear error naming the input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeOutDir, OutDirError } from '../../src/log/out-dir.ts';
import { InputError } from '../../src/model/errors.ts';

describe('makeOutDir', () => {
  it('creates the directory and its missing parents, and accepts an existing one', () => {
    const root = mkdtempSync(join(tmpdir(), 'jc-out-'));
    const d = join(root, 'a', 'b', 'c');
    expect(makeOutDir(d)).toBe(d);
    expect(statSync(d).isDirectory()).toBe(true);
    expect(makeOutDir(d)).toBe(d);
  });
  it('a file in the way, or a filesystem that refuses entries (procfs), is bad input named in the error', () => {
    const root = mkdtempSync(join(tmpdir(), 'jc-out-'));
    writeFileSync(join(root, 'f'), '');
    expect(() => makeOutDir(join(root, 'f', 'x'))).toThrow(/out \(--out, input 'out'\) directory .*f\/x: a part of the path exists and is not a directory/);
    expect(() => makeOutDir(join(root, 'f'))).toThrow(/f exists and is not a directory/);
    let err: unknown;
    try {
      makeOutDir('/proc/joulecheck-out/x');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(OutDirError);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/\/proc\/joulecheck-out\/x cannot be created \(ENOENT.*\): choose a directory on a writable filesystem/);
  });
  it('joulecheck run --out under /proc exits 2 with that error instead of hanging', () => {
    const cli = resolve(import.meta.dirname, '../../src/cli.ts');
    const r = spawnSync(process.execPath, [cli, 'run', '--out', '/proc/joulecheck-out', '--', 'true'], { encoding: 'utf8', timeout: 20_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot be created .*writable filesystem/);
    // joulecheck summarize --out takes the same path
    const s = spawnSync(process.execPath, [cli, 'summarize', '--out', '/proc/joulecheck-out', 'run-1.log.ndjson'], { encoding: 'utf8', timeout: 20_000 });
    expect(s.signal).toBeNull();
    expect(s.status).toBe(2);
    expect(s.stderr).toMatch(/out \(--out\) directory \/proc\/joulecheck-out cannot be created/);
  });
});
