// Badge content: an SVG (badge-maker) and a shields.io endpoint JSON with the latest CO2eq and energy of
// the default branch, plus the Markdown to embed them. Pure (badge-maker renders strings only).
import { makeBadge } from 'badge-maker';
import type { Summary } from '../model/summary.ts';
import { formatEnergy, formatGrams } from '../render/format.ts';

export interface BadgeFiles {
  /** path of the SVG in the badge branch */
  svgPath: string;
  svg: string;
  /** path of the shields.io endpoint JSON in the badge branch */
  jsonPath: string;
  json: string;
  message: string;
  /** Markdown lines a README can embed */
  markdown: { svg: string; shields: string };
}

export function badgeColor(co2eqG: number): string {
  if (co2eqG < 1) return 'brightgreen';
  if (co2eqG < 10) return 'green';
  if (co2eqG < 100) return 'yellowgreen';
  if (co2eqG < 1000) return 'yellow';
  if (co2eqG < 10_000) return 'orange';
  return 'red';
}

export function badgeFiles(
  summaries: Summary[],
  opts: { stem: string; owner: string; repo: string; branch: string; rawBaseUrl?: string },
): BadgeFiles {
  if (summaries.length === 0) throw new Error('no summaries for the badge');
  const mean = (f: (s: Summary) => number) => summaries.reduce((a, s) => a + f(s), 0) / summaries.length;
  const co2 = mean((s) => s.carbon.co2eq_g);
  const energy = mean((s) => s.energy_j.total);
  const message = `${formatGrams(co2)} CO2eq · ${formatEnergy(energy)}`;
  const color = badgeColor(co2);
  const label = 'joulecheck';
  const svg = makeBadge({ label, message, color, style: 'flat' });
  const json = JSON.stringify({ schemaVersion: 1, label, message, color }, null, 2) + '\n';
  const svgPath = `joulecheck/${opts.stem}.svg`;
  const jsonPath = `joulecheck/${opts.stem}.json`;
  const raw = (opts.rawBaseUrl ?? 'https://raw.githubusercontent.com').replace(/\/+$/, '');
  const enc = (s: string) => encodeURIComponent(s);
  const svgUrl = `${raw}/${enc(opts.owner)}/${enc(opts.repo)}/${enc(opts.branch)}/${svgPath}`;
  const jsonUrl = `${raw}/${enc(opts.owner)}/${enc(opts.repo)}/${enc(opts.branch)}/${jsonPath}`;
  return {
    svgPath,
    svg,
    jsonPath,
    json,
    message,
    markdown: {
      svg: `![joulecheck](${svgUrl})`,
      shields: `![joulecheck](https://img.shields.io/endpoint?url=${encodeURIComponent(jsonUrl)})`,
    },
  };
}

/**
 * Paths of the history and its trend charts on the badge branch, beside the badge
 * (`joulecheck/<stem>.svg`). In folders of their own: a stem never contains '/', so these can never be
 * taken for another job's badge, whatever its label.
 */
export function historyPaths(stem: string): { history: string; energy: string; co2eq: string } {
  return { history: `joulecheck/history/${stem}.json`, energy: `joulecheck/trend/energy/${stem}.svg`, co2eq: `joulecheck/trend/co2eq/${stem}.svg` };
}

/** Markdown a README embeds to show a trend chart from the badge branch. */
export function trendMarkdown(path: string, opts: { owner: string; repo: string; branch: string; rawBaseUrl?: string }): string {
  const raw = (opts.rawBaseUrl ?? 'https://raw.githubusercontent.com').replace(/\/+$/, '');
  const enc = (s: string) => encodeURIComponent(s);
  return `![joulecheck trend](${raw}/${enc(opts.owner)}/${enc(opts.repo)}/${enc(opts.branch)}/${path})`;
}
