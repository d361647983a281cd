// One run reads the same on every surface: the CLI line, the job summary, the PR comment, the badge, the
// leaderboard, the appendix and the what-if sentence all print its energy and CO2eq through one formatter.
import { describe, expect, it } from 'vitest';
import { badgeFiles } from '../../src/github/badge.ts';
import { greenerPlaces } from '../../src/carbon/whatif.ts';
import { runKind } from '../../src/model/kinds.ts';
import { buildAppendixModel } from '../../src/render/appendix/model.ts';
import { renderAppendix } from '../../src/render/appendix/render.ts';
import { formatEnergy, formatGrams, formatKwh, pct, pText, pValue, sig, signedPct } from '../../src/render/format.ts';
import { regressionFailure } from '../../src/action/report-plan.ts';
import { meterTable } from '../../src/render/job-summary.ts';
import { buildLeaderboard } from '../../src/analysis/leaderboard.ts';
import { leaderboardHtml, leaderboardMarkdown } from '../../src/render/leaderboard.ts';
import { renderPaired, renderReport } from '../../src/render/report.ts';
import { compareWithBaseline, contextComparison } from '../../src/analysis/report-compare.ts';
import { humanSummary } from '../../src/render/text.ts';
import { whatIfHtml } from '../../src/render/whatif.ts';
import { summary } from '../e2e/fixtures.ts';

describe('one formatter for every surface', () => {
  // 123,456 J (34.3 Wh) at 250 g/kWh: 8.57 g CO2eq
  const s = summary({ label: 'train', energy: 123_456, duration: 600 });
  const energy = formatEnergy(s.energy_j.total);
  const co2 = formatGrams(s.carbon.co2eq_g);

  it('prints the figures in the units of one ladder', () => {
    expect(energy).toBe('34.3 Wh');
    expect(co2).toBe('8.57 g');
    expect(formatEnergy(999)).toBe('999 J');
    expect(formatEnergy(3.6e6 * 4.561)).toBe('4.56 kWh');
    expect(formatKwh(1234)).toBe('1.23 MWh');
    expect(formatGrams(0.00154)).toBe('1.54 mg');
    expect(formatGrams(7.891e6)).toBe('7.89 t');
  });

  it('groups whole numbers from 1000 up as en-US does', () => {
    for (const x of [1000, 12_345, 999_999.6, 1_234_567, -1_234_567.4, -1000, 98_765_432_109]) expect(sig(x)).toBe(Math.round(x).toLocaleString('en-US'));
    expect(sig(1_234_567)).toBe('1,234,567');
    expect(sig(-12_345)).toBe('-12,345');
    expect(sig(999.6)).toBe('1,000');
  });

  it('shows the same energy and CO2eq strings on each surface', () => {
    const surfaces: Record<string, string> = {
      cli: humanSummary(s, { log: 'train-1.log.ndjson', summary: 'train-1.summary.json' }),
      jobSummary: meterTable([s]),
      prComment: renderReport([s], null, { context: '', notes: '', baseRef: null }).markdown,
      badge: badgeFiles([s], { stem: 'train', owner: 'o', repo: 'r', branch: 'joulecheck-badges' }).message,
      leaderboardMarkdown: leaderboardMarkdown(buildLeaderboard([s])),
      leaderboardHtml: leaderboardHtml(buildLeaderboard([s])),
      appendix: renderAppendix(buildAppendixModel([{ summary: s, log: null, source: 'train-1.summary.json' }], { toolVersion: 'test' })),
    };
    for (const [name, text] of Object.entries(surfaces)) {
      expect(text, `${name} energy`).toContain(energy);
      expect(text, `${name} CO2eq`).toContain(co2);
    }
    // the what-if sentence states the run's own CO2eq and its energy in the same ladder
    const g = greenerPlaces(
      { energy_j: s.energy_j.total, co2eq_g: s.carbon.co2eq_g, region: 'DE', intensity_g_per_kwh: 250, kind: runKind(s) },
      'aws:eu-central-1',
    );
    expect(g).not.toBeNull();
    const w = String(whatIfHtml(g!));
    expect(w).toContain(`instead of ${co2}`);
    expect(w).toContain(`the same ${energy}`);
  });

  it('prints percentages and p-values through one formatter', () => {
    expect(signedPct(0.04123)).toBe('+4.1%');
    expect(signedPct(-0.1234)).toBe('−12%');
    expect(signedPct(0.0004)).toBe('0.0%');
    expect(pct(0.95)).toBe('95%');
    expect(pct(0.025, 2)).toBe('2.5%');
    expect(pValue(0.0412)).toBe('0.04');
    expect(pValue(0.00312)).toBe('0.0031');
    expect(pValue(3e-7)).toBe('< 0.0001');
    expect(pValue(undefined)).toBe('–');
    expect(pText(0.0412)).toBe('p = 0.04');
    expect(pText(3e-7)).toBe('p < 0.0001');
  });

  it('shows the same change and p-value on the comment, the A/B context line and the failed step', () => {
    const base = [1000, 1010, 990, 1005, 995].map((e, i) => summary({ label: 'train', repeat: i + 1, energy: e }));
    const head = [1100, 1112, 1093, 1104, 1097].map((e, i) => summary({ label: 'train', repeat: i + 1, energy: e }));
    const r = renderReport(head, compareWithBaseline(base, head, { alpha: 0.05, minEffect: 0.02, noBaseline: 'none' }), { context: '', notes: '', baseRef: 'main' });
    const energy = r.comparison!.metrics.find((m) => m.id === r.comparison!.headline.metric)!;
    const change = signedPct(energy.change!.relative);
    const p = pText(energy.p_adjusted!);
    expect(r.verdict).toBe('regression');
    const surfaces: Record<string, string> = {
      prComment: r.markdown,
      abContext: renderPaired(r.comparison!, { context: { against: contextComparison(base, head, { alpha: 0.05, minEffect: 0.02 }), line: '' } }).markdown.split('Context only')[1]!,
      failedStep: regressionFailure(true, 'step', [r])!,
    };
    for (const [name, text] of Object.entries(surfaces)) expect(text, `${name} change`).toContain(change);
    expect(surfaces.prComment, 'prComment p-value').toContain(p);
    expect(surfaces.failedStep, 'failedStep p-value').toContain(p);
  });
});
