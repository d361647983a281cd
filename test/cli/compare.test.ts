import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_REGRESSION } from '../../src/cli/compare.ts';
import { main } from '../../src/cli/dispatch.ts';
import { MAX_SUMMARY_BYTES } from '../../src/model/summary-parse.ts';
import type { CommandIO } from '../../src/cli/types.ts';
import { Comparison } from '../../src/model/comparison.ts';
import type { Summary } from '../../src/model/summary.ts';
import { BASE10, HEAD_PLUS5, side } from '../analysis/compare-fixtures.ts';
import { parseInputs } from '../../src/action/inputs.ts';

let dir: string;

function write(sub: string, runs: Summary[]): string {
  const d = join(dir, sub);
  mkdirSync(d, { recursive: true });
  runs.forEach((s) => writeFileSync(join(d, `${s.label}-${s.repeat}.summary.json`), JSON.stringify(s)));
  return d;
}

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CommandIO = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd: dir, env: {} };
  // through the CLI's own dispatcher, which decides the exit code of every error
  const code = await main(['compare', ...argv], io);
  return { code, out, err };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jc-compare-'));
  write('base', side(BASE10));
  write('head', side(HEAD_PLUS5));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('joulecheck compare', () => {
  it('prints the PR-comment Markdown by default, from directories', async () => {
    const r = await run(['--base', 'base', '--head', 'head']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Energy regression: \+5\.1%/);
    expect(r.out).toContain('Base (n=10)');
  });

  it('prints valid comparison@1 JSON, files listed per run; several paths per option', async () => {
    const files = side(BASE10).map((s) => join('base', `${s.label}-${s.repeat}.summary.json`));
    const r = await run(['--format', 'json', '--base', ...files.slice(0, 5), '--base', ...files.slice(5), '--head', 'head']);
    expect(r.code).toBe(0);
    const c = Comparison.parse(JSON.parse(r.out));
    expect(c.schema).toBe('joulecheck/comparison@1');
    expect(c.base.n).toBe(10);
    expect(c.base.runs[0]!.file).toBe(files[0]);
    expect(r.out).not.toMatch(/NaN|Infinity/);
  });

  it('takes --alpha, --min-effect as a fraction or percent, --out and --fail-on-regression', async () => {
    const r = await run(['--base', 'base', '--head', 'head', '--min-effect', '10%', '--out', 'out/c.json', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/energy inconclusive|energy no significant change/);
    const fail = await run(['--base', 'base', '--head', 'head', '--fail-on-regression', '--alpha', '0.01']);
    expect(fail.code).toBe(EXIT_REGRESSION);
  });

  it('rejects bad options with a message naming the option', async () => {
    expect((await run(['--base', 'base'])).err).toMatch(/both --base and --head are required/);
    expect((await run(['base', '--head', 'head'])).err).toMatch(/'base' follows no --base or --head/);
    expect((await run(['--base', 'base', '--head', 'head', '--alpha', '2'])).err).toMatch(/--alpha expects a fraction > 0 and < 0.5.*'2'/);
    // the same range as the action's `alpha` input: 0.5 and 50% are out, 0 is out
    for (const a of ['0.5', '50%', '0']) expect((await run(['--base', 'base', '--head', 'head', '--alpha', a])).code).toBe(2);
    expect((await run(['--base', 'base', '--head', 'head', '--min-effect', '1'])).err).toMatch(/--min-effect expects a fraction >= 0 and < 1 .*'1'/);
    expect((await run(['--base', 'base', '--head', 'head', '--min-effect', 'lots'])).err).toMatch(/--min-effect .*'lots'/);
    expect((await run(['--base', 'base', '--head', 'head', '--format', 'html'])).err).toMatch(/--format must be markdown or json/);
    expect((await run(['--base', 'base', '--head', 'head', '--bogus'])).code).toBe(2);
  });

  it('accepts the same alpha and min-effect values as the action inputs', async () => {
    const action = (name: string, v: string) => {
      try {
        parseInputs((n) => ({ run: 'true', [name]: v })[n] ?? '');
        return true;
      } catch {
        return false;
      }
    };
    const cases: [string, string][] = [];
    for (const v of ['0', '1e-9', '0.05', '0.4999', '0.5', '0.9', '1', '-0.1']) cases.push(['alpha', v]);
    for (const v of ['0', '0.02', '0.9999', '1', '1.5', '-0.01']) cases.push(['min-effect', v]);
    for (const [name, v] of cases) {
      const cli = (await run(['--base', 'base', '--head', 'head', `--${name}`, v])).code !== 2;
      expect({ name, v, cli }).toEqual({ name, v, cli: action(name, v) });
    }
    // and both accept something on each side of a bound, so the loop above is not all-reject
    expect(action('alpha', '0.4999') && !action('alpha', '0.5')).toBe(true);
  });

  it('explains bad input: missing, empty, log instead of summary, other schema, NaN/negative, huge, mixed labels', async () => {
    const nope = await run(['--base', 'nope', '--head', 'head']);
    expect(nope.err).toMatch(/--base: 'nope' does not exist|--base:.*nope/);
    expect(nope.code).toBe(2);
    mkdirSync(join(dir, 'empty'), { recursive: true });
    expect((await run(['--base', 'empty', '--head', 'head'])).err).toMatch(/--base: no \*\.summary\.json files in 'empty'/);

    mkdirSync(join(dir, 'logs'), { recursive: true });
    writeFileSync(join(dir, 'logs', 'train-1.ndjson'), '{"type":"header"}\n');
    expect((await run(['--base', 'logs', '--head', 'head'])).err).toMatch(/run `joulecheck summarize` on the logs first/);

    const v2 = { ...side([1])[0]!, schema: 'joulecheck/summary@2' };
    writeFileSync(join(dir, 'v2.summary.json'), JSON.stringify(v2));
    expect((await run(['--base', 'v2.summary.json', '--head', 'head'])).err).toMatch(/joulecheck\/summary@2; this tool reads joulecheck\/summary@1/);

    writeFileSync(join(dir, 'nan.summary.json'), JSON.stringify(side([1])[0]).replace(/"total":1/, '"total":NaN'));
    const nan = await run(['--base', 'nan.summary.json', '--head', 'head']);
    // bad input exits 2 in every command, a malformed summary too
    expect(nan.code).toBe(2);
    expect(nan.err).toMatch(/nan\.summary\.json/);

    const neg = side([1])[0]!;
    neg.energy_j.total = -5;
    writeFileSync(join(dir, 'neg.summary.json'), JSON.stringify(neg));
    expect((await run(['--base', 'neg.summary.json', '--head', 'head'])).err).toMatch(/neg\.summary\.json.*energy_j\.total/);

    writeFileSync(join(dir, 'huge.summary.json'), Buffer.alloc(MAX_SUMMARY_BYTES + 1, 32));
    expect((await run(['--base', 'huge.summary.json', '--head', 'head'])).err).toMatch(/huge\.summary\.json' is 4\.0 MiB; a summary is a few KB/);

    write('mixed', [...side([1, 2]), ...side([3, 4], { label: 'eval' })]);
    const mixed = await run(['--base', 'mixed', '--head', 'head']);
    expect(mixed.code).toBe(2);
    expect(mixed.err).toMatch(/mix labels.*--label/);
    const picked = await run(['--base', 'mixed', '--head', 'head', '--label', 'train', '--format', 'json']);
    expect(picked.code).toBe(0);
    expect(JSON.parse(picked.out).base.n).toBe(2);
  });

  it('one run each: "not enough data", exit 0', async () => {
    write('one-b', side([180000]));
    write('one-h', side([190000]));
    const r = await run(['--base', 'one-b', '--head', 'one-h']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Not enough data to compare energy/);
  });

  it('runs through the real CLI entry', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(import.meta.dirname, '..', '..', 'src', 'cli.ts'), 'compare', '--base', 'base', '--head', 'head', '--format', 'json'],
      { cwd: dir },
    );
    expect(JSON.parse(stdout).headline.verdict).toBe('regression');
  });
});
