// Comment body assembly around the comparison Markdown: where the baseline came from (both SHAs), what
// was skipped and why, and the plain "no baseline yet" message. Pure. Every untrusted string (branch
// names, PR titles, reasons that quote artifact names) goes through src/render/escape.ts.
import { escapeMarkdown } from './escape.ts';

export interface BaselineReport {
  baseRef: string;
  /** head SHAs of the baseline runs, newest first */
  baseShas: string[];
  mergeBaseSha: string | null;
  usedMergeBase: boolean;
  runIds: number[];
  runs: number;
  headSha: string;
  /** why candidate runs gave no baseline (expired, unreadable, too big, ...) */
  notes: string[];
}

/** Untrusted text, inline (branch names, reasons quoting artifact names): the engine's escaping. */
export function escapeInline(s: string, max = 200): string {
  return escapeMarkdown(s, { maxLength: max });
}

export const short = (sha: string) => (/^[0-9a-f]{7,40}$/.test(sha) ? sha.slice(0, 7) : escapeInline(sha, 12));

export function baselineLine(b: BaselineReport): string {
  const base = b.baseShas.length ? b.baseShas.map((s) => `\`${short(s)}\``).join(', ') : 'none';
  const how = b.usedMergeBase ? 'merge-base' : b.mergeBaseSha ? `latest runs (no usable run of merge-base \`${short(b.mergeBaseSha)}\`)` : 'latest runs';
  return `Base \`${escapeInline(b.baseRef, 100)}\` ${base} (${how}, ${b.runs} run${b.runs === 1 ? '' : 's'}) · head \`${short(b.headSha)}\``;
}

export function notesBlock(notes: string[]): string {
  if (notes.length === 0) return '';
  const items = notes.slice(0, 20).map((n) => `- ${escapeInline(n, 300)}`);
  if (notes.length > 20) items.push(`- … and ${notes.length - 20} more`);
  return `<details><summary>Baseline notes</summary>\n\n${items.join('\n')}\n\n</details>\n`;
}

/** Web page of a workflow run: `<server>/<owner>/<repo>/actions/runs/<id>`. */
export function runPageUrl(serverUrl: string, owner: string, repo: string, runId: number): string {
  return `${serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/actions/runs/${runId}`;
}

/** Web page of one artifact of a run (downloads it): `<run page>/artifacts/<id>`. */
export function artifactPageUrl(serverUrl: string, owner: string, repo: string, runId: number, artifactId: number): string {
  return `${runPageUrl(serverUrl, owner, repo, runId)}/artifacts/${artifactId}`;
}

/**
 * The line that links the HTML appendix. `artifactUrl` when the upload returned the artifact's id;
 * otherwise the run page (the artifact is listed there). `file`: the page's path inside the artifact.
 */
export function appendixLine(o: { artifact: string; file: string; runUrl: string; artifactUrl: string | null }): string {
  const name = escapeInline(o.artifact, 120);
  const file = escapeInline(o.file, 120);
  return o.artifactUrl
    ? `📎 **Appendix:** [artifact \`${name}\`](${o.artifactUrl}), open \`${file}\` (HTML: hardware, runs, power over time, carbon statement)`
    : `📎 **Appendix:** \`${file}\` in artifact \`${name}\` of [this run](${o.runUrl}) (HTML: hardware, runs, power over time, carbon statement)`;
}

/** The comparison Markdown with extra lines (what-if, appendix link) after it; null lines are left out. */
export function withExtras(markdown: string, extras: readonly (string | null)[]): string {
  const lines = extras.filter((x): x is string => x !== null && x !== '');
  return lines.length ? `${markdown.trimEnd()}\n\n${lines.join('\n\n')}\n` : markdown;
}
