// Markdown for one job/label, as the reporting side needs it: a verdict for the outputs and the Markdown
// body (headline first, then where the baseline came from). Pure. The comparison arrives computed
// (src/analysis/report-compare.ts); the table is markdown.ts's; this adds the baseline line (both SHAs),
// the baseline notes, and the plain "no baseline yet" case.
import type { Summary } from '../model/summary.ts';
import type { StepVerdict } from '../model/verdict.ts';
import type { Comparison } from '../analysis/compare.ts';
import type { BaseComparison } from '../analysis/report-compare.ts';
import { renderComparisonMarkdown, renderNoBaselineMarkdown, formatValue } from './markdown.ts';
import { escapeMarkdown } from './escape.ts';
import { signedPct } from './format.ts';

export interface Rendered {
  /** the step's verdict; the action's output spells it with verdictOutput() */
  verdict: StepVerdict;
  /** relative energy change, percent */
  energyChangePct: number | null;
  /** Holm-adjusted p-value of the energy comparison */
  pValue: number | null;
  markdown: string;
  comparison: Comparison | null;
}

export interface ReportOptions {
  /** heading (escaped by the renderer); default: the engine's "joulecheck: energy of <label>" */
  title?: string;
  /** the baseline line (both SHAs), already escaped */
  context: string;
  /** the collapsed notes block, already escaped */
  notes: string;
  /** null: no PR (push run): just the head's figures */
  baseRef: string | null;
}

/** room left for the baseline line and notes under GitHub's 65,536 characters */
const MAX_BODY = 56_000;

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function headOnly(head: Summary[], title: string | undefined): string {
  const label = head[0]?.label ?? 'step';
  const h = title !== undefined ? escapeMarkdown(title, { maxLength: 200 }) : `joulecheck: energy of ${escapeMarkdown(label, { maxLength: 100 })}`;
  return [
    `### ⚡ ${h}`,
    '',
    `| Metric | Mean (n=${head.length}) |`,
    '|---|---|',
    `| Energy (total, incl. PUE) | ${formatValue('J', mean(head.map((s) => s.energy_j.total)))} |`,
    `| CO2eq | ${formatValue('g', mean(head.map((s) => s.carbon.co2eq_g)))} |`,
    `| Duration | ${formatValue('s', mean(head.map((s) => s.duration_s)))} |`,
    '',
  ].join('\n');
}

/** The head's report: its figures alone (`against` null: no pull request), or compared with the base branch. */
export function renderReport(head: Summary[], against: BaseComparison | null, o: ReportOptions): Rendered {
  const tail = [o.context, o.notes].filter((x) => x !== '').join('\n\n');
  const join = (md: string) => (tail ? `${md.trimEnd()}\n\n${tail}\n` : md);
  if (o.baseRef === null || against === null) {
    return { verdict: 'no_baseline', energyChangePct: null, pValue: null, markdown: headOnly(head, o.title), comparison: null };
  }
  if (against.comparison === null) {
    return {
      verdict: 'no_baseline',
      energyChangePct: null,
      pValue: null,
      markdown: join(renderNoBaselineMarkdown(head, `merge to ${o.baseRef} once (${against.reason})`, { title: o.title, maxLength: MAX_BODY })),
      comparison: null,
    };
  }
  const cmp = against.comparison;
  const energy = cmp.metrics.find((m) => m.id === cmp.headline.metric);
  return {
    verdict: cmp.headline.verdict,
    energyChangePct: energy?.change ? energy.change.relative * 100 : null,
    pValue: energy?.p_adjusted ?? null,
    markdown: join(renderComparisonMarkdown(cmp, { title: o.title, maxLength: MAX_BODY })),
    comparison: cmp,
  };
}

/**
 * A same-job A/B comparison (design paired) as the reporting side needs it. It decides: the verdict and
 * outputs are its own. When base-branch runs from other workflow runs exist too, their independent
 * comparison is shown under it as context only (other hours, other machines), one line.
 */
export function renderPaired(cmp: Comparison, o: { title?: string; context?: { against: BaseComparison | null; line: string } | null }): Rendered {
  const energy = cmp.metrics.find((m) => m.id === cmp.headline.metric);
  let md = renderComparisonMarkdown(cmp, { title: o.title, maxLength: MAX_BODY });
  const against = o.context?.against ?? null;
  if (against) {
    let line: string;
    const ind = against.comparison;
    if (ind) {
      const e = ind.metrics.find((m) => m.id === ind.headline.metric);
      line =
        `Context only (the A/B above decides): against ${ind.base.n} base-branch run(s) from other workflow runs, energy ` +
        `${ind.headline.verdict.replace(/_/g, ' ')}${e?.change ? ` (${signedPct(e.change.relative)})` : ''}.`;
    } else {
      line = `Context only: the base-branch runs could not be compared (${escapeMarkdown(against.reason, { maxLength: 200 })}).`;
    }
    const extra = o.context?.line ?? '';
    md = `${md.trimEnd()}\n\n<sub>${line}${extra ? ` ${extra}` : ''}</sub>\n`;
  }
  return {
    verdict: cmp.headline.verdict,
    energyChangePct: energy?.change ? energy.change.relative * 100 : null,
    pValue: energy?.p_adjusted ?? null,
    markdown: md,
    comparison: cmp,
  };
}
