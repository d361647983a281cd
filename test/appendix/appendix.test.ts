import { formatEnergy } from '../../src/render/format.ts';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendix } from '../../src/cli/appendix.ts';
import { buildAppendixModel, digestLog } from '../../src/render/appendix/model.ts';
import { renderAppendix } from '../../src/render/appendix/render.ts';
import { capture, logText, makeLog, makeSummary } from '../helpers/reports.ts';

const chartPaths = (html: string) => [...html.matchAll(/<path class="series" d="([^"]*)"/g)].map((m) => m[1]!);

describe('appendix model', () => {
  it('collects hardware, sensors, runs and spread from summaries and logs', () => {
    const log = makeLog({ samples: 50, gpus: 2 });
    const m = buildAppendixModel(
      [
        { summary: makeSummary({ label: 'train', repeat: 1, total_j: 10e3 }), log: digestLog(log), source: 'a' },
        { summary: makeSummary({ label: 'train', repeat: 2, total_j: 14e3 }), log: null, source: 'b' },
      ],
      { toolVersion: '9.9.9', now: new Date('2026-01-01T00:00:00Z') },
    );
    expect(m.hardware.cpus).toEqual(['Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz']);
    expect(m.hardware.systems).toEqual(['linux x64']);
    expect(m.hardware.commands).toEqual(['python train.py']);
    expect(m.hardware.gpus).toEqual([{ name: 'NVIDIA H100 80GB HBM3', driver: '550.54.15', count: 2 }]);
    expect(m.hardware.notes).toEqual(['psys zone not counted: it contains package']);
    const dram = m.hardware.components.find((c) => c.component === 'dram')!;
    expect(dram.kind).toBe('none');
    expect(dram.details).toContain('no dram zone under /sys/class/powercap');
    expect(m.runs.map((r) => [r.repeat, r.series !== null])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(m.groups[0]).toMatchObject({ label: 'train', n: 2, mean: 12e3 });
    expect(m.totals.energy_j).toBe(24e3);
    expect(m.totals.co2eq_g).toBeCloseTo((24e3 / 3.6e6) * 200, 12);
    expect(m.statement!.regions).toEqual([expect.objectContaining({ region: 'US-CAL-CISO', source: 'test data', runs: 2 })]);
    expect(m.statement!.kwh).toBeCloseTo(24e3 / 3.6e6, 12);
  });
});

describe('renderAppendix', () => {
  it('escapes every untrusted string and never prints NaN', () => {
    const log = makeLog({ samples: 20, gpus: 1, label: '<img src=x onerror=alert(1)>', hostname: '"><script>x()</script>' });
    log.header.sensors.notes.push('<b>bold</b> & co');
    const s = makeSummary({ label: '<img src=x onerror=alert(1)>', total_j: 5e3 });
    s.carbon.source = '<a href="http://evil">src</a>';
    const html = renderAppendix(buildAppendixModel([{ summary: s, log: digestLog(log), source: '<x>.summary.json' }], { toolVersion: '1' }));
    expect(html).not.toMatch(/<img|<script|<b>|<a href="http/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt; &amp; co');
    expect(html).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('shows absurd values as n/a, never NaN or Infinity', () => {
    // Two runs near the largest double: their sum overflows; one log has a negative and a huge power.
    const a = makeSummary({ total_j: 1.5e308 });
    const b = makeSummary({ repeat: 2, total_j: 1.6e308 });
    const log = makeLog({ samples: 5, pkgW: (i) => (i === 2 ? 1e306 : -5) });
    const html = renderAppendix(
      buildAppendixModel([{ summary: a, log: digestLog(log), source: 'a' }, { summary: b, log: null, source: 'b' }], { toolVersion: '1' }),
    );
    expect(html).not.toMatch(/NaN|Infinity|undefined/);
    expect(html).toMatch(/used <strong>n\/a<\/strong>/);
    expect(html).toContain('No statement sentence: the totals overflow');
    expect(html.match(/<path class="series"/g)!.length).toBe(2);
  });

  it('labels every energy and CO2eq figure measured or estimated', () => {
    const s = makeSummary({ total_j: 5e3 });
    s.methods.cpu = { kind: 'estimated', model: 'tdp-linear' };
    const html = renderAppendix(buildAppendixModel([{ summary: s, log: null, source: 's' }], { toolVersion: '1' }));
    const runRow = html.split('\n').find((l) => l.includes(`<td class="num">${formatEnergy(5e3)}`))!;
    expect(runRow).toContain('kind-estimated');
    expect(html).toMatch(/emitted <strong>[^<]+ CO2eq<\/strong> <span class="kind kind-estimated">/);
    expect(html).toContain('No raw log for this run');
  });
});

describe('joulecheck appendix', () => {
  it('builds one self-contained page from logs, summaries and directories', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jc-appendix-'));
    // Two raw logs (summarized by the command) and one summary alone.
    writeFileSync(join(dir, 'train-1.log.ndjson'), logText(makeLog({ repeat: 1, samples: 600, gpus: 2, pkgW: (i) => 80 + (i % 50) })));
    writeFileSync(join(dir, 'train-2.log.ndjson'), logText(makeLog({ repeat: 2, samples: 600, gpus: 2, pkgW: (i) => 90 + (i % 30) })));
    writeFileSync(join(dir, 'eval-1.summary.json'), JSON.stringify(makeSummary({ label: 'eval', total_j: 2e4 })));
    const c = capture(dir);
    expect(await appendix(['.', '--out', 'site', '--cloud-region', 'aws:us-west-1'], c.io)).toBe(0);
    expect(c.out()).toMatch(/3 run\(s\)/);
    const html = readFileSync(join(dir, 'site', 'index.html'), 'utf8');
    // No external resource of any kind.
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/<script|<link/);
    expect(html).toContain("default-src 'none'");
    // One power chart per run with a log: CPU and GPU, machine and attributed (DRAM absent, said so).
    const ds = chartPaths(html);
    expect(ds).toHaveLength(8);
    expect(ds.every((d) => d.startsWith('M'))).toBe(true);
    expect(html).toContain('No readings for DRAM in this log');
    expect(html.match(/<tr class="run"><td>train<\/td>/g)).toHaveLength(2);
    expect(html.match(/<tr class="run"><td>eval<\/td>/g)).toHaveLength(1);
    expect(html).toContain('NVIDIA H100 80GB HBM3');
    expect(html).not.toMatch(/NaN|Infinity/);
    // The carbon module's impact statement, with every source.
    expect(html).toMatch(/<blockquote>This work contributed [\d.]+ kg of CO2eq to the atmosphere and used [\d.]+ kWh of electricity/);
    expect(html).toContain('<h3>Social cost of carbon</h3>');
    // All runs at one intensity: the what-if line names the provider's lowest-intensity region.
    expect(html).toMatch(/<strong>What-if:<\/strong> the same [^<]+ \(measured\) would emit [^<]+ in aws:eu-north-1/);
  });

  it('draws the log a summary names, and says so when it is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jc-appendix-pair-'));
    writeFileSync(join(dir, 'train-1.log.ndjson'), logText(makeLog({ samples: 30 })));
    writeFileSync(join(dir, 'train-1.summary.json'), JSON.stringify({ ...makeSummary({ total_j: 1e4 }), log: 'train-1.log.ndjson' }));
    writeFileSync(join(dir, 'train-2.summary.json'), JSON.stringify({ ...makeSummary({ repeat: 2, total_j: 1e4 }), log: 'gone.ndjson' }));
    writeFileSync(join(dir, 'train-3.summary.json'), JSON.stringify({ ...makeSummary({ repeat: 3, total_j: 1e4 }), log: 'bad.ndjson' }));
    writeFileSync(join(dir, 'bad.ndjson'), '{"type":"header","schema":"joulecheck/log@1"}\n');
    expect(await appendix(['.', '--out', 'site'], capture(dir).io)).toBe(0);
    const html = readFileSync(join(dir, 'site', 'index.html'), 'utf8');
    // The log paired with its summary is not counted again as a run of its own.
    expect(html.match(/<tr class="run">/g)).toHaveLength(3);
    expect(chartPaths(html)).toHaveLength(2);
    expect(html).toContain("its log &#39;gone.ndjson&#39; is not beside the summary: no power over time");
    expect(html).toMatch(/its log could not be read \([^)]*bad\.ndjson:1: invalid header/);
  });

  it('rejects missing inputs and other schema versions clearly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jc-appendix-bad-'));
    await expect(appendix(['nope', '--out', 'x'], capture(dir).io)).rejects.toThrow(/'.*nope' does not exist/);
    await expect(appendix([dir], capture(dir).io)).rejects.toThrow(/--out DIR is required/);
    writeFileSync(join(dir, 'old.summary.json'), JSON.stringify({ schema: 'joulecheck/summary@2' }));
    await expect(appendix([dir, '--out', 'x'], capture(dir).io)).rejects.toThrow(/is joulecheck\/summary@2; this tool reads joulecheck\/summary@1/);
    const log = logText(makeLog({ samples: 2 })).replace('joulecheck/log@1', 'joulecheck/log@2');
    writeFileSync(join(dir, 'old.summary.json'), '');
    writeFileSync(join(dir, 'old.ndjson'), log);
    await expect(appendix([join(dir, 'old.ndjson'), '--out', 'x'], capture(dir).io)).rejects.toThrow(/joulecheck\/log@2, this tool reads joulecheck\/log@1/);
  });
});
