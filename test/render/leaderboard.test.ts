import { formatEnergy } from '../../src/render/format.ts';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leaderboard } from '../../src/cli/leaderboard.ts';
import { buildLeaderboard, meanCi } from '../../src/analysis/leaderboard.ts';
import { energyIntervalChart, leaderboardHtml, leaderboardMarkdown } from '../../src/render/leaderboard.ts';
import { capture, makeSummary } from '../helpers/reports.ts';

describe('meanCi', () => {
  it('is mean +- t(0.975, n-1) * sd / sqrt(n)', () => {
    // values 10, 12, 14: mean 12, sd 2, t(0.975, 2) = 4.302652729749464 (tables; scipy.stats.t.ppf).
    const r = meanCi([10, 12, 14]);
    expect(r.mean).toBe(12);
    expect(r.sd).toBeCloseTo(2, 12);
    const half = 4.302652729749464 * (2 / Math.sqrt(3));
    expect(r.ci!.low).toBeCloseTo(12 - half, 9);
    expect(r.ci!.high).toBeCloseTo(12 + half, 9);
  });
  it('cuts the interval at zero: energy is never negative', () => {
    // 2 and 18: mean 10, sd 11.31, t(0.975, 1) = 12.706 -> 10 - 101.6 < 0.
    const r = meanCi([2, 18]);
    expect(r.ci!.low).toBe(0);
    expect(r.ci!.high).toBeCloseTo(10 + 12.706204736174707 * (Math.sqrt(128) / Math.sqrt(2)), 8);
  });
  it('has no interval for one value', () => {
    expect(meanCi([5])).toEqual({ mean: 5, sd: null, ci: null });
  });
});

describe('buildLeaderboard', () => {
  const runs = [
    ...[100, 110, 105].map((e, i) => makeSummary({ label: 'resnet', repeat: i + 1, total_j: e * 1e3 })),
    ...[50, 52, 51].map((e, i) => makeSummary({ label: 'mobilenet', repeat: i + 1, total_j: e * 1e3 })),
    makeSummary({ label: 'vit', total_j: 104e3 }),
  ];
  it('ranks by mean energy per run, lowest first, with n and overlap flags', () => {
    const b = buildLeaderboard(runs);
    expect(b.entries.map((e) => [e.rank, e.label, e.n])).toEqual([
      [1, 'mobilenet', 3],
      [2, 'vit', 1],
      [3, 'resnet', 3],
    ]);
    expect(b.entries[0]!.energy_j.mean).toBeCloseTo(51e3, 9);
    // mobilenet's CI (51 +- 2.48 kJ) ends below vit's 104 kJ, but vit has no CI: order not established.
    expect(b.entries[0]!.overlaps_next).toBe(true);
    expect(b.entries[1]!.energy_j.ci95).toBeNull();
    expect(b.entries[1]!.warnings).toContain('one run: no confidence interval');
    expect(b.entries[2]!.overlaps_next).toBe(false);
  });
  it('separates entries whose intervals do not overlap', () => {
    const b = buildLeaderboard(runs.filter((r) => r.label !== 'vit'));
    expect(b.entries[0]!.overlaps_next).toBe(false);
  });
  it('flags mixed measured/estimated runs and mixed regions under one label', () => {
    const a = makeSummary({ label: 'x', repeat: 1, total_j: 1e3 });
    const b = makeSummary({ label: 'x', repeat: 2, total_j: 1e3, region: 'FR' });
    b.methods.cpu = { kind: 'estimated', model: 'tdp-linear' };
    const [e] = buildLeaderboard([a, b]).entries;
    expect(e!.kind).toBe('mixed');
    expect(e!.warnings.join(' ')).toMatch(/measured, some estimated/);
    expect(e!.warnings.join(' ')).toMatch(/mixes regions/);
  });
});

describe('rendering', () => {
  const board = buildLeaderboard([
    makeSummary({ label: 'a|b @team <x>', repeat: 1, total_j: 2e3 }),
    makeSummary({ label: 'a|b @team <x>', repeat: 2, total_j: 4e3 }),
  ]);
  it('Markdown keeps the table intact with untrusted labels', () => {
    const md = leaderboardMarkdown(board);
    const row = md.split('\n').find((l) => l.startsWith('| 1'))!;
    // 8 columns -> 9 pipes; the label's own pipe is an entity, its mention and tag are neutralised.
    expect(row.split('|')).toHaveLength(10);
    expect(md).not.toContain('@team');
    expect(md).not.toContain('<x>');
    expect(md).toContain(`${formatEnergy(3000)} (measured)`);
  });
  it('HTML escapes labels and draws the chart', () => {
    const html = leaderboardHtml(board);
    expect(html).not.toContain('<x>');
    expect(html).toContain('a|b @team &lt;x&gt;');
    expect(html).toMatch(/<svg[^>]*class="chart"/);
    expect(html.match(/<circle/g)).toHaveLength(2);
    expect(html).toContain("default-src 'none'");
  });
});

describe('joulecheck leaderboard', () => {
  it('reads directories of summaries and writes Markdown, HTML or JSON', async () => {
    const root = mkdtempSync(join(tmpdir(), 'jc-lb-'));
    for (const [dir, label, es] of [['exp-a', 'small', [1e3, 1.1e3]], ['exp-b', 'large', [5e3, 5.5e3]]] as const) {
      mkdirSync(join(root, dir));
      es.forEach((e, i) =>
        writeFileSync(join(root, dir, `${label}-${i + 1}.summary.json`), JSON.stringify(makeSummary({ label, repeat: i + 1, total_j: e }))),
      );
    }
    const c = capture(root);
    expect(await leaderboard(['exp-a', 'exp-b', '--format', 'json'], c.io)).toBe(0);
    const b = JSON.parse(c.out());
    expect(b.entries.map((e: { label: string; n: number }) => `${e.label}:${e.n}`)).toEqual(['small:2', 'large:2']);
    const h = capture(root);
    expect(await leaderboard(['exp-a', 'exp-b', '--format', 'html', '--out', 'lb.html'], h.io)).toBe(0);
    expect(h.out()).toMatch(/2 experiment\(s\), 4 run\(s\)/);
    await expect(leaderboard([root, '--format', 'pdf'], capture(root).io)).rejects.toThrow(/--format must be 'markdown', 'html' or 'json', got 'pdf'/);
    mkdirSync(join(root, 'empty'));
    await expect(leaderboard(['empty'], capture(root).io)).rejects.toThrow(/no summaries/);
  });
});

describe('energyIntervalChart', () => {
  it('draws in the unit that suits the values', () => {
    const small = String(energyIntervalChart('t', 'energy', [{ name: 'a', values: [8.3, 11.7], mean: 10, ci: { low: 0, high: 31.5 } }]));
    expect(small).toContain('>energy, J<');
    const big = String(energyIntervalChart('t', 'energy', [{ name: 'a', values: [2.5e6], mean: 2.5e6, ci: null }]));
    expect(big).toContain('>energy, MJ<');
    // Axis 0..2.5 in steps of 0.5 over x = 180..740 (default width 760): 2.5 MJ at the right end, 1 MJ at 404.
    expect(big).toContain('cx="740"');
    expect(big).toMatch(/<text class="tick" x="404"[^>]*>1</);
  });
});
