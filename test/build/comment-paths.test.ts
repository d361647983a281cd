// The lint's path check: passes on this repository, fails naming a path that does not exist.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const execP = promisify(execFile);
const SCRIPT = resolve(import.meta.dirname, '../../scripts/check-comment-paths.mjs');
const dir = mkdtempSync(join(tmpdir(), 'jc-paths-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('check-comment-paths', () => {
  it('every path named in src, scripts, docs, bench and the README exists', async () => {
    const r = await execP(process.execPath, [SCRIPT], { cwd: resolve(import.meta.dirname, '../..') });
    expect(r.stdout).toMatch(/every named path exists/);
  });

  it('a stale path fails, named with file and line; globs, templates and src-relative paths that exist pass', async () => {
    mkdirSync(join(dir, 'src', 'meter'), { recursive: true });
    mkdirSync(join(dir, 'docs'), { recursive: true });
    writeFileSync(join(dir, 'src', 'meter', 'a.ts'), '// see meter/a.ts and src/meter/*.ts and src/cli/<name>.ts\n');
    writeFileSync(join(dir, 'docs', 'x.md'), 'ok: src/meter/a.ts\nstale: src/report/gone.ts\n');
    const err = await execP(process.execPath, [SCRIPT, dir]).then(() => null, (e: { code: number; stderr: string }) => e);
    expect(err?.code).toBe(1);
    expect(err?.stderr).toMatch(/1 path\(s\) that do not exist:\n {2}docs\/x\.md:2: src\/report\/gone\.ts\n$/);
  });
});
