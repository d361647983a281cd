// `joulecheck ab`: options checked before anything runs; real git repositories in temp dirs and real
// metered runs of a shell workload (head doing twice the work -> a regression whose CI holds the truth;
// identical trees -> no regression; a failing side stops the session with its exit code).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAbArgs } from '../../src/cli/ab.ts';
import { UsageError } from '../../src/cli/types.ts';
import { Comparison } from '../../src/model/comparison.ts';
import { Summary } from '../../src/model/summary.ts';

const CLI = resolve(import.meta.dirname, '../../src/cli.ts');

function cli(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((res) => {
    const p = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    p.on('close', (code) => res({ code, stdout, stderr }));
  });
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' }).trim();

/** A shell workload: a busy loop of `n` iterations (CPU time grows linearly with n). */
const work = (n: number, exit = 0) => `i=0; while [ $i -lt ${n} ]; do i=$((i+1)); done; echo done-${n}; exit ${exit}\n`;

/** A repository whose base commit has work(baseN) and a worktree at a head commit with work(headN). */
function repos(baseN: number, headN: number, headExit = 0): { root: string; base: string; head: string; baseSha: string; headSha: string } {
  const root = mkdtempSync(join(tmpdir(), 'jc-ab-'));
  const head = join(root, 'repo');
  execFileSync('git', ['init', '-q', '-b', 'main', head]);
  writeFileSync(join(head, 'work.sh'), work(baseN));
  git(head, 'add', 'work.sh');
  git(head, 'commit', '-qm', 'base');
  const baseSha = git(head, 'rev-parse', 'HEAD');
  writeFileSync(join(head, 'work.sh'), work(headN, headExit));
  git(head, 'commit', '-qam', 'head', '--allow-empty');
  const headSha = git(head, 'rev-parse', 'HEAD');
  const base = join(root, 'base');
  git(head, 'worktree', 'add', '-q', '--detach', base, baseSha);
  return { root, base, head, baseSha, headSha };
}

function usage(argv: string[], cwd = '/'): string {
  try {
    parseAbArgs(argv, cwd);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error(`expected a UsageError for ${argv.join(' ')}`);
}

describe('parseAbArgs', () => {
  const d = mkdtempSync(join(tmpdir(), 'jc-ab-args-'));
  const b = join(d, 'b');
  const h = join(d, 'h');
  execFileSync('mkdir', ['-p', b, h]);
  const dirs = ['--base-dir', b, '--head-dir', h];

  it('defaults, ab options and run options side by side, the command after -- keeps its own options', () => {
    const p = parseAbArgs([...dirs, '--label', 'train', '--pairs=6', '--interval-ms', '200', '--order', 'alternate', '--warmup', '0', '--setup', 'make deps', '--format', 'json', '--fail-on-regression', '--', 'make', '--pairs', 'x'], d);
    expect(p.ab).toMatchObject({ baseDir: b, headDir: h, pairs: 6, order: 'alternate', warmup: 0, setup: 'make deps' });
    expect(p.options).toMatchObject({ label: 'train', intervalMs: 200 });
    expect(p.format).toBe('json');
    expect(p.failOnRegression).toBe(true);
    expect(p.command).toEqual(['make', '--pairs', 'x']);
    const q = parseAbArgs(['--base-dir', 'b', '--head-dir', 'h', 'sh', 'x.sh'], d);
    expect(q.ab).toMatchObject({ pairs: 3, order: 'abba', warmup: 1, setup: null });
    expect(q.command).toEqual(['sh', 'x.sh']);
  });

  const BAD: Array<[string[], string]> = [
    [['--head-dir', 'h', '--', 'true'], '--base-dir is required'],
    [['--base-dir', 'nope', '--head-dir', 'h', '--', 'true'], "--base-dir must be an existing directory, got 'nope'"],
    [['--base-dir', 'b', '--head-dir', 'b', '--', 'true'], '--base-dir and --head-dir must be two different directories'],
    [['--base-dir', 'b', '--head-dir', 'h', '--pairs', '1', '--', 'true'], "--pairs must be an integer between 2 and 50, got '1'"],
    [['--base-dir', 'b', '--head-dir', 'h', '--pairs', '51', '--', 'true'], "--pairs must be an integer between 2 and 50, got '51'"],
    [['--base-dir', 'b', '--head-dir', 'h', '--order', 'abab', '--', 'true'], "--order must be one of 'abba', 'alternate', got 'abab'"],
    [['--base-dir', 'b', '--head-dir', 'h', '--warmup', '-1', '--', 'true'], "--warmup must be an integer between 0 and 10, got '-1'"],
    [['--base-dir', 'b', '--head-dir', 'h', '--setup', '', '--', 'true'], "--setup must be a non-empty value, got ''"],
    [['--base-dir', 'b', '--head-dir', 'h', '--format', 'html', '--', 'true'], "--format must be one of 'markdown', 'json', got 'html'"],
    [['--base-dir', 'b', '--head-dir', 'h', '--min-effect', 'big', '--', 'true'], "--min-effect expects a fraction"],
    [['--base-dir', 'b', '--head-dir', 'h', '--repeat', '3', '--', 'true'], '--repeat does not apply to ab: use --pairs N'],
    [['--base-dir', 'b', '--head-dir', 'h', '--attach', '12'], '--attach does not apply to ab'],
    [['--base-dir', 'b', '--head-dir', 'h', '--pue', 'abc', '--', 'true'], "--pue must be a number >= 1, got 'abc'"],
    [['--base-dir', 'b', '--head-dir', 'h', '--pairs'], '--pairs needs a value'],
    [['--base-dir', 'b', '--head-dir', 'h'], 'missing command'],
  ];
  it.each(BAD)('%j -> %s', (argv, message) => {
    expect(usage(argv, d)).toContain(message);
  });
});

describe('joulecheck ab (real git trees, real runs)', () => {
  it('bad input exits 2 naming the option, and nothing runs or is written', async () => {
    const r = repos(10, 10);
    const marker = join(r.root, 'ran');
    const res = await cli(['ab', '--base-dir', r.base, '--head-dir', r.head, '--pairs', 'many', '--out', 'o', '--', 'sh', '-c', `touch ${marker}`], r.root);
    expect(res.code).toBe(2);
    expect(res.stderr).toBe("joulecheck ab: --pairs must be an integer between 2 and 50, got 'many'\n");
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(join(r.root, 'o'))).toBe(false);
  });

  it('head doing twice the work: a regression whose CI holds the true +100 %; files per side, warm-ups marked', async () => {
    // over a second of CPU per base run, so tick granularity stays a small part of it. Twice the work, 8
    // pairs: on a shared CI VM the host now and then slows whole runs down, the same loop then taking up to
    // 1.7x its CPU time (seen: 4 of 16 runs); a +30 % change drowns in that at 8 pairs (the A/B rightly says
    // inconclusive), +100 % stands out even when such runs fall on one side
    const r = repos(1_500_000, 3_000_000);
    const res = await cli(
      ['ab', '--base-dir', r.base, '--head-dir', r.head, '--pairs', '8', '--warmup', '1', '--out', 'out', '--label', 'w', '--intensity', '300', '--setup', 'echo setup > setup-ran', '--fail-on-regression', '--', 'sh', 'work.sh'],
      r.root,
    );
    // on failure, the pair table (stdout) says which run was off
    expect(res.stderr, res.stdout).toMatch(/energy regression over 8 pairs/);
    expect(res.code).toBe(3);
    // the command's own output is passed through
    expect(res.stdout).toContain('done-1500000');
    expect(res.stdout).toContain('done-3000000');
    expect(existsSync(join(r.base, 'setup-ran'))).toBe(true);
    expect(existsSync(join(r.head, 'setup-ran'))).toBe(true);
    const out = join(r.root, 'out');
    for (const side of ['base', 'head']) {
      const files = readdirSync(join(out, side)).sort();
      expect(files).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`w-${n}.log.ndjson`, `w-${n}.summary.json`]).sort());
      // warm-up marked in its raw log; the measured runs say so too
      expect(readFileSync(join(out, side, 'w-1.log.ndjson'), 'utf8')).toMatch(/warm-up run \(metered and kept, left out of the statistics\)/);
      expect(readFileSync(join(out, side, 'w-2.log.ndjson'), 'utf8')).toMatch(/measured run/);
      const s = Summary.parse(JSON.parse(readFileSync(join(out, side, 'w-2.summary.json'), 'utf8')));
      expect(s.git?.sha).toBe(side === 'base' ? r.baseSha : r.headSha);
    }
    const c = Comparison.parse(JSON.parse(readFileSync(join(out, 'comparison.json'), 'utf8')));
    expect(c.design).toBe('paired');
    expect(c.base.shas).toEqual([r.baseSha]);
    expect(c.head.shas).toEqual([r.headSha]);
    expect(c.ab?.runs.map((x) => `${x.side[0]}${x.n}${x.warmup ? 'w' : ''}`).join(' ')).toBe('b1w h1w b2 h2 h3 b3 b4 h4 h5 b5 b6 h6 h7 b7 b8 h8 h9 b9');
    // the verdict is on the active energy by default, the attributed shown beside it
    expect(c.headline.metric).toBe('energy_active');
    expect(c.metrics.find((m) => m.id === 'energy_total')?.pairs).toHaveLength(8);
    const e = c.metrics.find((m) => m.id === 'energy_active')!;
    expect(e.pairs).toHaveLength(8);
    expect(e.tests.paired_t?.df).toBe(7);
    expect(e.verdict).toBe('regression');
    // The truth is +100 % of CPU work; energy here is the CPU estimate from the tree's CPU time, which
    // follows the work up to tick granularity and the scheduler: the CI must hold +100 % within 5 points.
    expect(e.change!.ci_low!).toBeLessThanOrEqual(1.05);
    expect(e.change!.ci_high!).toBeGreaterThanOrEqual(0.95);
    expect(readFileSync(join(out, 'comparison.md'), 'utf8')).toMatch(/same-job A\/B, 8 pairs, ABBA/);
    expect(res.stdout).toContain('| Pair | Order | Base active energy | Head active energy | Head / base | Other load, CPU % (B / H) |');
    expect(res.stderr).toMatch(/active energy regression over 8 pairs/);
  }, 300_000);

  it('identical trees: no regression; --format json prints comparison.json', async () => {
    const r = repos(300_000, 300_000);
    const res = await cli(['ab', '--base-dir', r.base, '--head-dir', r.head, '--pairs', '4', '--warmup', '0', '--out', 'out', '--intensity', '300', '--format', 'json', '--fail-on-regression', '--', 'sh', 'work.sh'], r.root);
    expect(res.code).toBe(0);
    const printed = JSON.parse(res.stdout.slice(res.stdout.indexOf('{\n')));
    const c = Comparison.parse(JSON.parse(readFileSync(join(r.root, 'out', 'comparison.json'), 'utf8')));
    expect(printed).toEqual(JSON.parse(JSON.stringify(c)));
    expect(c.headline.verdict).not.toBe('regression');
    expect(c.ab?.warmup).toBe(0);
    expect(c.ab?.runs.every((x) => !x.warmup)).toBe(true);
  }, 120_000);

  it('a run failing on one side stops the session with its exit code, naming the side and run; logs kept', async () => {
    const r = repos(1000, 1000, 7);
    const res = await cli(['ab', '--base-dir', r.base, '--head-dir', r.head, '--pairs', '3', '--out', 'out', '--intensity', '300', '--', 'sh', 'work.sh'], r.root);
    expect(res.code).toBe(7);
    expect(res.stderr).toMatch(/the command failed with exit code 7 in the head run 1 \(warm-up\)/);
    expect(existsSync(join(r.root, 'out', 'base', 'run-1.log.ndjson'))).toBe(true);
    expect(existsSync(join(r.root, 'out', 'head', 'run-1.log.ndjson'))).toBe(true);
    expect(existsSync(join(r.root, 'out', 'comparison.json'))).toBe(false);
  }, 60_000);

  it('a failing setup stops before anything is metered, naming the side', async () => {
    const r = repos(1000, 1000);
    writeFileSync(join(r.head, 'setup.sh'), 'exit 5\n');
    const res = await cli(['ab', '--base-dir', r.base, '--head-dir', r.head, '--setup', 'test ! -f setup.sh', '--out', 'out', '--intensity', '300', '--', 'sh', 'work.sh'], r.root);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/the setup command failed in the head directory .* with exit code 1; nothing was metered/);
    expect(readdirSync(join(r.root, 'out', 'base'))).toEqual([]);
  }, 60_000);
});
