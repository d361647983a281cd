import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { summarize } from '../../src/cli/summarize.ts';
import { UsageError, type CommandIO } from '../../src/cli/types.ts';
import { Summary } from '../../src/model/summary.ts';
import { makeHeader, makeSample } from '../fakes/log-builder.ts';
import { sampleLine } from '../../src/log/writer.ts';

const dir = mkdtempSync(join(tmpdir(), 'jc-sum-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io() {
  let out = '';
  let err = '';
  const o: CommandIO = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd: dir, env: {} };
  return { o, out: () => out, err: () => err };
}

// 2 intervals of 1 s; the tree owns every busy tick: attributed = machine = 100 + 100 J cpu, 0 dram
function writeLog(name: string, label = 'train', repeat = 1, footer = true): string {
  const p = join(dir, name);
  const lines = [
    JSON.stringify(makeHeader({ label, repeat, pue: 1.5, interval_ms: 1000 })),
    sampleLine(makeSample({ t: 1, dt: 1, pkg: 100, dram: 0, busy: 10, total: 10, tree: 10 })),
    sampleLine(makeSample({ t: 2, dt: 1, pkg: 100, dram: 0, busy: 10, total: 10, tree: 10 })),
  ];
  if (footer) lines.push(JSON.stringify({ type: 'footer', ended_at: '2026-11-23T07:00:02.000Z', duration_s: 2, exit_code: 0, signal: null, samples: 2 }));
  writeFileSync(p, lines.join('\n') + '\n');
  return p;
}

describe('joulecheck summarize', () => {
  it('writes <label>-<n>.summary.json beside the log, valid against the schema', async () => {
    writeLog('a.log.ndjson', 'train', 2);
    const t = io();
    expect(await summarize(['a.log.ndjson'], t.o)).toBe(0);
    const s = Summary.parse(JSON.parse(readFileSync(join(dir, 'train-2.summary.json'), 'utf8')));
    expect(s.energy_j.total).toBeCloseTo(1.5 * 200, 9);
    expect(s.log).toBe('a.log.ndjson');
    expect(t.out()).toMatch(/a\.log\.ndjson -> train-2\.summary\.json: 300 J/);
  });

  it('re-accounts with --pue into --out, and --json prints the summaries', async () => {
    writeLog('b.log.ndjson', 'eval', 1);
    const t = io();
    expect(await summarize(['b.log.ndjson', '--out', 'out', '--pue', '1.1', '--json'], t.o)).toBe(0);
    const s = JSON.parse(readFileSync(join(dir, 'out', 'eval-1.summary.json'), 'utf8'));
    expect(s.pue).toBe(1.1);
    expect(s.energy_j.total).toBeCloseTo(220, 9);
    expect(s.log).toBe('../b.log.ndjson');
    const printed = JSON.parse(t.out());
    expect(printed).toHaveLength(1);
    expect(printed[0].energy_j.total).toBeCloseTo(220, 9);
  });

  it('reads a torn log with a warning', async () => {
    const p = writeLog('torn.log.ndjson', 'torn', 1, false);
    appendFileSync(p, '{"type":"sample","t":3,"dt"');
    const t = io();
    expect(await summarize(['torn.log.ndjson'], t.o)).toBe(0);
    expect(t.err()).toMatch(/warning: torn\.log\.ndjson: the last line of the log was torn/);
    expect(t.err()).toMatch(/no footer/);
    expect(existsSync(join(dir, 'torn-1.summary.json'))).toBe(true);
  });

  it('reports each bad file clearly, still writes the good ones, exits 2 (bad input)', async () => {
    writeLog('good.log.ndjson', 'good', 1);
    writeFileSync(join(dir, 'bad.log.ndjson'), JSON.stringify(makeHeader()) + '\nnot json\n' + sampleLine(makeSample()) + '\n');
    const t = io();
    expect(await summarize(['bad.log.ndjson', 'missing.ndjson', 'good.log.ndjson'], t.o)).toBe(2);
    expect(t.err()).toMatch(/bad\.log\.ndjson:2: not a JSON line/);
    expect(t.err()).toMatch(/missing\.ndjson: cannot read/);
    expect(t.err()).toMatch(/2 of 3 log\(s\) could not be summarized/);
    writeFileSync(join(dir, 'v2.log.ndjson'), JSON.stringify({ ...makeHeader(), schema: 'joulecheck/log@2' }) + '\n');
    const v = io();
    expect(await summarize(['v2.log.ndjson'], v.o)).toBe(2);
    expect(v.err()).toMatch(/^joulecheck summarize: file v2\.log\.ndjson is joulecheck\/log@2, this tool reads joulecheck\/log@1\n/);
    expect(existsSync(join(dir, 'good-1.summary.json'))).toBe(true);
  });

  it('refuses to overwrite a summary it wrote in the same run', async () => {
    writeLog('c1.log.ndjson', 'same', 1);
    writeLog('c2.log.ndjson', 'same', 1);
    const t = io();
    expect(await summarize(['c1.log.ndjson', 'c2.log.ndjson', '--out', 'clash'], t.o)).toBe(1);
    expect(t.err()).toMatch(/c2\.log\.ndjson: its summary clash\/same-1\.summary\.json was already written from c1\.log\.ndjson/);
  });

  it('usage errors name the option', async () => {
    const t = io();
    await expect(summarize([], t.o)).rejects.toThrow(UsageError);
    await expect(summarize([], t.o)).rejects.toThrow(/no log given/);
    await expect(summarize(['x', '--pue', 'abc'], t.o)).rejects.toThrow("--pue must be a number >= 1, got 'abc'");
    await expect(summarize(['x', '--pue', '0.8'], t.o)).rejects.toThrow("--pue must be a number >= 1, got '0.8'");
    await expect(summarize(['x', '--max-log-bytes=1.5'], t.o)).rejects.toThrow(/--max-log-bytes must be a positive integer/);
    await expect(summarize(['x', '--bogus'], t.o)).rejects.toThrow(/Unknown option '--bogus'/);
    expect(await summarize(['--help'], t.o)).toBe(0);
    expect(t.out()).toMatch(/usage: joulecheck summarize/);
  });
});
