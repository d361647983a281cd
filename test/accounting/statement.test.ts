// `joulecheck statement` over summaries (and raw logs when the accounting modules are present).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Summary, SUMMARY_SCHEMA } from '../../src/model/summary.ts';
import { statement } from '../../src/cli/statement.ts';
import { UsageError } from '../../src/cli/types.ts';
import { buildStatement } from '../../src/accounting/statement.ts';
import { makeHeader } from '../fakes/log-builder.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jc-statement-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function summary(over: { kwh: number; co2eq_g: number; region: string; country?: string; kind?: Summary['carbon']['intensity_kind']; warning?: string; pue?: number; gpu?: 'measured' | 'estimated' }): Summary {
  const total = over.kwh * 3.6e6;
  const pue = over.pue ?? 1.2;
  const attributed = total / pue;
  return {
    schema: SUMMARY_SCHEMA,
    tool: { name: 'joulecheck', version: '0.1.0' },
    label: 'train',
    repeat: 1,
    command: ['python', 'train.py'],
    started_at: '2026-11-23T07:00:00.000Z',
    ended_at: '2026-11-23T07:10:00.000Z',
    duration_s: 600,
    exit_code: 0,
    signal: null,
    pue,
    energy_j: { machine: { cpu: attributed, dram: 0, gpu: 0 }, attributed: { cpu: attributed, dram: 0, gpu: 0 }, total },
    methods: {
      cpu: { kind: 'measured', sensor: 'rapl' },
      dram: { kind: 'none' },
      gpu: over.gpu === 'estimated' ? { kind: 'estimated', model: 'tdp-linear' } : { kind: 'measured', sensor: 'nvidia-smi' },
    },
    carbon: {
      region: over.region,
      ...(over.country ? { country: over.country } : {}),
      intensity_g_per_kwh: over.kwh > 0 ? over.co2eq_g / over.kwh : 0,
      intensity_kind: over.kind ?? 'annual',
      source: 'test source',
      year: 2025,
      co2eq_g: over.co2eq_g,
      ...(over.warning ? { warning: over.warning } : {}),
    },
  };
}

function write(name: string, s: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, JSON.stringify(s));
  return p;
}

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await statement(argv, { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd: dir, env: {} });
  return { code, out, err };
}

describe('joulecheck statement', () => {
  it("reproduces the paper's sentence for 8.021 kg and 24.344 kWh in the USA, aggregated over runs", async () => {
    write('a-1.summary.json', summary({ kwh: 15, co2eq_g: 5000, region: 'US-CAL-CISO', country: 'US' }));
    mkdirSync(join(dir, 'sub'));
    write('sub/b-1.summary.json', summary({ kwh: 9.344, co2eq_g: 3021, region: 'US-MIDA-PJM', country: 'US', gpu: 'estimated' }));
    const { code, out } = await run(['.', '--format', 'markdown']);
    expect(code).toBe(0);
    expect(out).toContain(
      'This work contributed 8.021 kg of CO2eq to the atmosphere and used 24.344 kWh of electricity, having a USA-specific social cost of carbon of $0.38 ($0.00, $0.95).',
    );
    expect(out).toContain('## Carbon impact statement');
    expect(out).toContain('Aggregated over 2 runs.');
    expect(out).toMatch(/US-CAL-CISO: 333\.3 g CO2eq\/kWh, annual 2025, 1 run/);
    expect(out).toMatch(/GPU: measured \(nvidia-smi\) x1, estimated \(tdp-linear\) x1/);
    expect(out).toMatch(/1\.2: 2 runs/);
    expect(out).toMatch(/USD of 2005 per tonne CO2, median \(16\.7th, 83\.3rd percentiles\)/);
    expect(out).not.toMatch(/NaN|undefined/);
  });

  it('labels the global substitute and sums mixed countries, in plain text', async () => {
    write('us.summary.json', summary({ kwh: 1, co2eq_g: 1_000_000, region: 'US-TEX-ERCO', country: 'US' }));
    write('de.summary.json', summary({ kwh: 1, co2eq_g: 1_000_000, region: 'DE', country: 'DE' }));
    const { out } = await run(['us.summary.json', 'de.summary.json', '--format=text']);
    // 1 t in the USA (47.38, 0, 118.44) + 1 t in DE at the global SCC (417, 177, 805)
    expect(out).toContain(
      'having a social cost of carbon of $464.38 ($177.00, $923.44), the sum of global $417.00 for 1 run and USA-specific $47.38 for 1 run.',
    );
    expect(out).toContain('no country-specific social cost of carbon for DE: the global figure is shown instead');
    expect(out).not.toMatch(/^##|\*\*/m);
    expect(out).toMatch(/^Carbon impact statement\n=+/);
  });

  it("carries the world-average warning and a summary's own social cost", () => {
    const s = summary({ kwh: 2, co2eq_g: 945.88, region: 'WORLD', kind: 'default', warning: 'no region given: world average used' });
    s.carbon.social_cost = {
      country: 'GLOBAL',
      currency: 'USD',
      year: 2005,
      per_tonne: { median: 417, low: 177, high: 805 },
      cost: { median: 0.3944, low: 0.1674, high: 0.7614 },
      source: 'Ricke et al. 2018',
    };
    const st = buildStatement([{ file: 'x', summary: s }]);
    expect(st.sentence).toBe(
      'This work contributed 0.946 kg of CO2eq to the atmosphere and used 2.000 kWh of electricity, having a global social cost of carbon of $0.39 ($0.17, $0.76).',
    );
    expect(st.warnings).toContain('no region given: world average used');
  });

  it('fails clearly on bad input', async () => {
    await expect(run([])).rejects.toThrow(UsageError);
    await expect(run(['--format', 'html', 'x'])).rejects.toThrow(/--format must be markdown or text, got 'html'/);
    await expect(run(['--bogus'])).rejects.toThrow(/unknown option '--bogus'/);
    // the paths are read as every command that takes runs reads them, with the same words
    await expect(run(['missing.summary.json'])).rejects.toThrow(/missing\.summary\.json' does not exist; expected a run log \(\.ndjson\), a summary \(\.summary\.json\) or a directory of them/);
    write('broken.summary.json', '{');
    writeFileSync(join(dir, 'broken.summary.json'), '{');
    await expect(run(['broken.summary.json'])).rejects.toThrow(/broken\.summary\.json: not a JSON summary/);
    const bad = summary({ kwh: 1, co2eq_g: 1, region: 'DE' }) as unknown as { carbon: { co2eq_g: unknown } };
    bad.carbon.co2eq_g = 'NaN';
    write('bad.summary.json', bad);
    await expect(run(['bad.summary.json'])).rejects.toThrow(/bad\.summary\.json: not a joulecheck\/summary@1 \(carbon\.co2eq_g/);
    mkdirSync(join(dir, 'empty'));
    await expect(run(['empty'])).rejects.toThrow("no run logs (.ndjson) or summaries (.summary.json) found in 'empty'");
    write('notes.txt', 'x');
    await expect(run(['notes.txt'])).rejects.toThrow(/notes\.txt' is neither a run log \(\.ndjson\) nor a summary \(\.summary\.json\)/);
  });
});

describe('joulecheck statement over raw logs', () => {
  const header = makeHeader({
    interval_ms: 1000,
    pue: 1.5,
    sensors: { cpu: { kind: 'measured', sensor: 'rapl' }, dram: { kind: 'none' }, gpu: { kind: 'none' } },
    carbon: { region: 'US-CAL-CISO', country: 'US', intensity_g_per_kwh: 208, intensity_kind: 'annual', source: 'test', year: 2025 },
  });
  const sample = (t: number) => ({ type: 'sample', t, dt: 1, pkg: 100, dram: null, busy: 400, total: 400, tree: 400, rss: 1e6, used: 2e6, procs: 1 });
  const footer = { type: 'footer', ended_at: '2026-11-23T07:00:03.000Z', duration_s: 3, exit_code: 0, signal: null, samples: 3 };

  it('summarises a log, and counts a log once when its summary is given too', async () => {
    const { summarize } = await import('../../src/accounting/summarize.ts');
    const { parseRunLog } = await import('../../src/log/reader.ts');
    const text = [header, sample(1), sample(2), sample(3), footer].map((l) => JSON.stringify(l)).join('\n') + '\n';
    writeFileSync(join(dir, 'train-1.ndjson'), text);
    const fromLog = await run(['train-1.ndjson']);
    expect(fromLog.out).toContain('Aggregated over 1 run.');
    const s = summarize(parseRunLog(text, 'train-1.ndjson'), { logName: 'train-1.ndjson' });
    expect(s.energy_j.total).toBeGreaterThan(0);
    expect(s.log).toBe('train-1.ndjson');
    write('train-1.summary.json', s);
    const both = await run(['.']);
    expect(both.out).toContain('Aggregated over 1 run.');
    const sentence = (o: string) => o.split('\n').find((l) => l.startsWith('This work'));
    expect(sentence(both.out)).toBe(sentence(fromLog.out));
    expect(sentence(both.out)).toContain(`used ${(s.energy_j.total / 3.6e6).toFixed(3)} kWh`);
  });
});
