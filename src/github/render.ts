// Comparison + Markdown for one job/label, as the reporting side needs it: a verdict, the outputs and
// the Markdown body (headline first). Pure.
// INTERIM: the statistics and the full table come from src/report/compare.ts and markdown.ts (issue 4);
// until they land this computes means only and says so.
import type { Summary } from '../report/summary-schema.ts';
import { escapeInline, noBaselineText } from './comment.ts';
import { formatGrams, formatJoules } from './badge.ts';

export interface Rendered {
  verdict: string;
  /** relative energy change, percent */
  energyChangePct: number | null;
  pValue: number | null;
  markdown: string;
}

export interface RenderOptions {
  alpha: number;
  minEffect: number;
  title: string;
  /** the baseline line (both SHAs) */
  context: string;
  /** the collapsed notes block */
  notes: string;
  /** null: no PR (push run): just the head's figures */
  baseRef: string | null;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function headTable(head: Summary[]): string {
  const e = mean(head.map((s) => s.energy_j.total));
  const c = mean(head.map((s) => s.carbon.co2eq_g));
  const d = mean(head.map((s) => s.duration_s));
  return `| | energy | CO2eq | duration | n |\n|---|---|---|---|---|\n| head | ${formatJoules(e)} | ${formatGrams(c)} | ${d.toFixed(1)} s | ${head.length} |`;
}

export function compareAndRender(base: Summary[], head: Summary[], o: RenderOptions): Rendered {
  const title = `### joulecheck · ${escapeInline(o.title, 100)}`;
  if (o.baseRef === null) {
    return { verdict: 'no baseline', energyChangePct: null, pValue: null, markdown: `${title}\n\n${headTable(head)}\n` };
  }
  if (base.length === 0) {
    return {
      verdict: 'no baseline',
      energyChangePct: null,
      pValue: null,
      markdown: `${title}\n\n${noBaselineText(o.baseRef)}\n\n${o.context}\n\n${headTable(head)}\n\n${o.notes}`,
    };
  }
  const b = mean(base.map((s) => s.energy_j.total));
  const h = mean(head.map((s) => s.energy_j.total));
  const pct = b > 0 ? (h / b - 1) * 100 : null;
  const verdict = base.length < 2 && head.length < 2 ? 'not enough data' : 'inconclusive';
  const md =
    `${title}\n\n**${verdict}**: energy ${pct === null ? 'n/a' : `${pct >= 0 ? '+' : ''}${pct.toFixed(1)}%`} (base n=${base.length}, head n=${head.length})\n\n` +
    `${o.context}\n\n| | energy | n |\n|---|---|---|\n| base | ${formatJoules(b)} | ${base.length} |\n| head | ${formatJoules(h)} | ${head.length} |\n\n${o.notes}`;
  return { verdict, energyChangePct: pct, pValue: null, markdown: md };
}
