import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendix } from '../../src/cli/appendix.ts';
import {
  appendHistory,
  emptyHistory,
  historySection,
  MAX_ENTRIES,
  MAX_HISTORY_BYTES,
  parseHistory,
  trendChart,
} from '../../src/render/appendix/history.ts';
import { capture, makeSummary } from '../helpers/reports.ts';

const sha = (i: number) => i.toString(16).padStart(40, '0');

describe('history', () => {
  it('adds one entry per commit with the mean of its runs, replacing a re-run', () => {
    let h = emptyHistory('train');
    h = appendHistory(h, [makeSummary({ total_j: 100e3 }), makeSummary({ repeat: 2, total_j: 140e3 })], { sha: sha(1) });
    expect(h.entries).toHaveLength(1);
    expect(h.entries[0]).toMatchObject({ sha: sha(1), n: 2, energy_j: 120e3, kind: 'measured', region: 'US-CAL-CISO' });
    expect(h.entries[0]!.co2eq_g).toBeCloseTo((120e3 / 3.6e6) * 200, 12);
    h = appendHistory(h, [makeSummary({ total_j: 90e3 })], { sha: sha(1) });
    expect(h.entries.map((e) => [e.sha, e.energy_j])).toEqual([[sha(1), 90e3]]);
  });

  it(`keeps only the newest ${MAX_ENTRIES} commits`, () => {
    let h = emptyHistory('train');
    for (let i = 0; i < MAX_ENTRIES + 5; i++) h = appendHistory(h, [makeSummary({ total_j: 1e3 + i })], { sha: sha(i) });
    expect(h.entries).toHaveLength(MAX_ENTRIES);
    expect(h.entries[0]!.sha).toBe(sha(5));
    expect(h.entries.at(-1)!.sha).toBe(sha(MAX_ENTRIES + 4));
    // Round trip through JSON stays valid and well under the size bound.
    const text = JSON.stringify(h);
    expect(Buffer.byteLength(text)).toBeLessThan(MAX_HISTORY_BYTES / 4);
    expect(parseHistory(text, 'h.json').entries).toHaveLength(MAX_ENTRIES);
  });

  it('refuses runs of another label (no mixed series)', () => {
    expect(() => appendHistory(emptyHistory('train'), [makeSummary({ label: 'eval', total_j: 1 })], { sha: sha(1) })).toThrow(
      "history is for label 'train', got a run labelled 'eval'",
    );
  });

  it('rejects corrupt, too big, other-version and absurd files with the file named', () => {
    expect(() => parseHistory('{"schema":"joulecheck/his', 'h.json')).toThrow('h.json: history is not JSON (corrupt?)');
    expect(() => parseHistory(' '.repeat(MAX_HISTORY_BYTES + 1), 'big.json')).toThrow(/big\.json: history is \d+ bytes, over the limit/);
    expect(() => parseHistory('{"schema":"joulecheck/history@2"}', 'v2.json')).toThrow('v2.json: history is joulecheck/history@2');
    const bad = { ...emptyHistory('t'), entries: [{ sha: 'a', at: 'x', n: 1, energy_j: -5, co2eq_g: 1, duration_s: 1, kind: 'measured', region: 'X' }] };
    expect(() => parseHistory(JSON.stringify(bad), 'neg.json')).toThrow(/neg\.json: not a valid joulecheck\/history@1 file: entries\.0\.energy_j/);
  });

  it('draws a trend chart of energy and CO2eq per commit with short SHAs', () => {
    let h = emptyHistory('train');
    [100, 120, 90].forEach((kj, i) => (h = appendHistory(h, [makeSummary({ total_j: kj * 1e3 })], { sha: `abcdef${i}ffff` })));
    const html = String(historySection(h));
    expect(html.match(/<svg/g)).toHaveLength(2);
    expect(html.match(/<path class="series"/g)).toHaveLength(2);
    expect(html).toContain('>abcdef1<');
    expect(html.match(/<circle/g)).toHaveLength(6);
    expect(html).toContain('Every point was measured.');
  });

  it('makes a standalone SVG file for the badge branch', () => {
    let h = emptyHistory('train');
    [100, 120].forEach((kj, i) => (h = appendHistory(h, [makeSummary({ total_j: kj * 1e3 })], { sha: sha(i) })));
    const svg = String(trendChart(h, 'co2eq', { standalone: true }));
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<style>svg.chart');
    expect(svg).toContain('CO2eq per run, train');
    expect(String(trendChart(h, 'energy'))).not.toContain('<style>');
  });
});

describe('joulecheck appendix --history', () => {
  it('shows the trend, or a labelled gap when the history is corrupt', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jc-hist-'));
    writeFileSync(join(dir, 'train-1.summary.json'), JSON.stringify(makeSummary({ total_j: 1e5 })));
    let h = emptyHistory('train');
    h = appendHistory(h, [makeSummary({ total_j: 1e5 })], { sha: sha(7) });
    h = appendHistory(h, [makeSummary({ total_j: 2e5 })], { sha: sha(8) });
    writeFileSync(join(dir, 'history.json'), JSON.stringify(h));
    expect(await appendix(['train-1.summary.json', '--out', 'a', '--history', 'history.json'], capture(dir).io)).toBe(0);
    expect(readFileSync(join(dir, 'a', 'index.html'), 'utf8')).toMatch(/<section id="history">[\s\S]*<path class="series"/);

    writeFileSync(join(dir, 'broken.json'), '{"schema": "joulecheck/history@1", "entries": [');
    const c = capture(dir);
    expect(await appendix(['train-1.summary.json', '--out', 'b', '--history', 'broken.json'], c.io)).toBe(0);
    expect(c.err()).toMatch(/warning: broken\.json: history is not JSON/);
    const html = readFileSync(join(dir, 'b', 'index.html'), 'utf8');
    expect(html).toContain('History not shown: broken.json: history is not JSON');
    expect(html).toContain('id="carbon"');
  });
});
