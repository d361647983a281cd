import { describe, expect, it } from 'vitest';
import { compareSummaries } from '../../src/analysis/compare.ts';
import type { Comparison, Verdict } from '../../src/model/comparison.ts';
import { renderComparisonMarkdown, renderNoBaselineMarkdown, VERDICT_LABEL } from '../../src/render/markdown.ts';
import type { Summary } from '../../src/model/summary.ts';
import { BASE10, BASE_SHA, HEAD_PLUS5, HEAD_SHA, scale, side } from '../analysis/compare-fixtures.ts';

const EVIL = [
  '@octocat',
  '<img src=x onerror=alert(1)>',
  '</details><details open><summary>pwned',
  'a | b',
  'x\ny',
  '`` ` ``',
  '[x](javascript:alert(1))',
  '![i](https://evil.example/i.png)',
  '<!-- -->',
].join(' ');

function hostile(runs: Summary[]): Summary[] {
  return runs.map((s) => ({
    ...s,
    label: `train ${EVIL}`,
    command: ['python', EVIL],
    host: { ...s.host!, hostname: `host ${EVIL}`, cpu_model: `cpu ${EVIL}`, gpus: [{ uuid: 'g', name: `gpu ${EVIL}`, driver: EVIL }] },
    methods: { ...s.methods, gpu: { kind: 'measured' as const, sensor: `nvidia-smi ${EVIL}` } },
    carbon: { ...s.carbon, region: `DE ${EVIL}` },
    git: { sha: `deadbeef ${EVIL}`, ref: `refs/heads/${EVIL}` },
    warnings: [`gap ${EVIL}`],
  }));
}

/** Structural checks that hold for any body we render. */
function assertWellFormed(md: string, maxLength = 65_000): void {
  expect(md.length).toBeLessThanOrEqual(maxLength);
  // Only our own tags: details/summary/sub/code and the hidden marker.
  const tags = md.match(/<\/?[A-Za-z!][^>]*>/g) ?? [];
  for (const t of tags) expect(t).toMatch(/^<(\/?(details|summary|sub|code)|!-- [A-Za-z0-9 _.:/=-]* --)>$/);
  expect((md.match(/<details>/g) ?? []).length).toBe((md.match(/<\/details>/g) ?? []).length);
  expect((md.match(/<code>/g) ?? []).length).toBe((md.match(/<\/code>/g) ?? []).length);
  expect(md).not.toMatch(/@[A-Za-z0-9]/);
  // No link or image syntax outside our own chart and alert: every '[' and ']' is escaped.
  const prose = md.replace(/```mermaid[\s\S]*?```/g, '').replace(/^> \[!WARNING\]$/m, '');
  expect(prose).not.toMatch(/(?<!\\)[[\]]/);
  // Code fences: only ours (mermaid), balanced.
  const fences = md.split('\n').filter((l) => l.startsWith('```'));
  expect(fences.length % 2).toBe(0);
  for (let i = 0; i < fences.length; i += 2) expect(fences[i]).toBe('```mermaid');
  // Tables: every row has as many cell separators as its header.
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('|') || (i > 0 && lines[i - 1]!.startsWith('|'))) continue;
    const pipes = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    const cols = pipes(lines[i]!);
    for (let j = i; j < lines.length && lines[j]!.startsWith('|'); j++) expect(pipes(lines[j]!)).toBe(cols);
  }
}

describe('renderComparisonMarkdown', () => {
  it('renders the headline, table, SHAs, n, methods, region, chart and per-run details', () => {
    const c = compareSummaries(side(BASE10, { sha: BASE_SHA }), side(HEAD_PLUS5, { sha: HEAD_SHA }));
    const md = renderComparisonMarkdown(c, { marker: 'joulecheck:train', title: 'Energy of train' });
    assertWellFormed(md);
    const lines = md.split('\n');
    expect(lines[0]).toBe('<!-- joulecheck:train -->');
    expect(lines[1]).toContain('Energy of train');
    expect(md).toMatch(/Energy regression: \+5\.1%/);
    expect(md).toContain(BASE_SHA.slice(0, 12));
    expect(md).toContain(HEAD_SHA.slice(0, 12));
    expect(md).toContain('Base (n=10)');
    expect(md).toContain('Head (n=10)');
    expect(md).toMatch(/GPU measured \(nvidia\\?-smi\)/);
    expect(md).toMatch(/CO2eq at 250 g\/kWh \(DE\)/);
    expect(md).toContain('```mermaid\nxychart-beta');
    expect(md).toMatch(/bar \[(\d+(\.\d+)?, ){19}\d+(\.\d+)?\]/);
    expect(md).toMatch(/<details><summary>Per-run values \(20 runs\)<\/summary>/);
    expect(md).toMatch(/dE ≈ dP·t \+ P·dt/);
    expect(md).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('shows flagged metrics first and collapses the rest', () => {
    // energy up 5% through power only: duration is not flagged
    const c = compareSummaries(side(BASE10), side(HEAD_PLUS5));
    const md = renderComparisonMarkdown(c);
    const firstDetails = md.indexOf('<details>');
    const top = md.slice(0, firstDetails);
    expect(top).toContain('Mean power');
    expect(top).not.toMatch(/^\| Duration/m);
    expect(md.slice(firstDetails)).toMatch(/Other metrics \(1\)[\s\S]*\| Duration/);
  });

  it('lets no hostile string from a summary through', () => {
    const c = compareSummaries(hostile(side(BASE10)), hostile(side(HEAD_PLUS5)));
    const md = renderComparisonMarkdown(c, { title: `PR ${EVIL}`, marker: 'joulecheck --> <b>' });
    assertWellFormed(md);
    expect(md).toContain('octocat'); // shown, just not as a mention
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<details open>');
  });

  it('stays under the limit with thousands of runs, trimming per-run rows and never the verdict', () => {
    const many = (xs: number[], n: number) => Array.from({ length: n }, (_, i) => xs[i % xs.length]! + (i % 7));
    const base = side(many(BASE10, 1500), {}, { host: { hostname: 'h'.repeat(60), cpu_model: 'c', logical_cpus: 1, gpus: [] } });
    const head = side(many(HEAD_PLUS5, 1500));
    const c = compareSummaries(base, head);
    const md = renderComparisonMarkdown(c, { marker: 'm' });
    assertWellFormed(md);
    expect(md.length).toBeGreaterThan(50_000); // it used the room
    expect(md).toMatch(/Energy regression/);
    expect(md).toMatch(/more runs not shown/);
    const small = renderComparisonMarkdown(c, { maxLength: 3000 });
    assertWellFormed(small, 3000);
    expect(small).toMatch(/Energy regression/);
  });

  // One comparison per verdict: the headline and the energy row must say the same thing.
  const cases: [Verdict, () => Comparison][] = [
    ['regression', () => compareSummaries(side(BASE10), side(HEAD_PLUS5))],
    ['improvement', () => compareSummaries(side(BASE10), side(scale(BASE10, 0.9)))],
    ['no_significant_change', () => compareSummaries(side(BASE10), side(scale(BASE10, 1.001)))],
    ['inconclusive', () => compareSummaries(side([100000, 130000, 90000, 120000]), side([105000, 140000, 95000, 125000]))],
    ['not_enough_data', () => compareSummaries(side([180000]), side([190000]))],
  ];
  const HEADLINE: Record<Verdict, RegExp> = {
    regression: /\*\*Energy regression: \+/,
    improvement: /\*\*Energy improvement: −/,
    no_significant_change: /\*\*No significant change in energy: .*equivalence/,
    inconclusive: /\*\*Energy change inconclusive: .*would likely settle it/,
    not_enough_data: /\*\*Not enough data to compare energy\*\*/,
  };
  for (const [verdict, make] of cases) {
    it(`headline agrees with the energy row: ${verdict}`, () => {
      const c = make();
      expect(c.headline.verdict).toBe(verdict);
      const md = renderComparisonMarkdown(c);
      assertWellFormed(md);
      const headlineLine = md.split('\n').find((l) => l.includes('**'))!;
      expect(headlineLine).toMatch(HEADLINE[verdict]);
      expect(headlineLine.startsWith(VERDICT_LABEL[verdict].split(' ')[0]!)).toBe(true);
      const row = md.split('\n').find((l) => l.startsWith('| Energy (total'))!;
      expect(row.endsWith(`| ${VERDICT_LABEL[verdict]} |`)).toBe(true);
      // no other verdict is claimed for energy anywhere in the headline
      for (const other of Object.keys(HEADLINE) as Verdict[]) {
        if (other !== verdict) expect(headlineLine).not.toMatch(HEADLINE[other]);
      }
      expect(md).toContain(`n=${c.base.n}`);
      expect(md).not.toMatch(/NaN|Infinity|undefined/);
    });
  }
});

describe('renderNoBaselineMarkdown', () => {
  it('says plainly that there is no baseline, with the head figures', () => {
    const md = renderNoBaselineMarkdown(side(HEAD_PLUS5.slice(0, 3), { sha: HEAD_SHA }), 'no runs on main yet', { marker: 'jc' });
    assertWellFormed(md);
    expect(md.split('\n')[0]).toBe('<!-- jc -->');
    expect(md).toMatch(/No baseline yet: no runs on main yet\./);
    expect(md).toMatch(/Merge to the base branch once/);
    expect(md).toContain('Head (n=3)');
    expect(md).toContain(HEAD_SHA.slice(0, 12));
    expect(md).toMatch(/52\.\d Wh/);
    const own = renderNoBaselineMarkdown(side([1000]), 'merge to main once (artifacts expired)');
    expect(own.match(/merge/gi)).toHaveLength(1);
  });
  it('escapes the reason and the summaries', () => {
    const md = renderNoBaselineMarkdown(hostile(side([1000])), `expired ${EVIL}`);
    assertWellFormed(md);
  });
});
