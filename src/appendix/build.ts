// The appendix from files to a page on disk: what `joulecheck appendix` and the action (`appendix: true`)
// both call. File I/O only here; the model and the HTML are pure (model.ts, render.ts).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { HistoryError, historySection, parseHistory } from '../render/appendix/history.ts';
import { loadRuns } from './load.ts';
import { type AppendixModel, buildAppendixModel } from '../render/appendix/model.ts';
import { greenerPlaces } from '../carbon/whatif.ts';
import type { Greener } from '../render/whatif.ts';
import { renderAppendix } from '../render/appendix/render.ts';
import type { SafeHtml } from '../render/html.ts';

export interface BuildAppendixOptions {
  /** logs, summaries or directories of them */
  inputs: readonly string[];
  /** output directory; the page is `<out>/index.html` */
  out: string;
  /** base for relative paths */
  cwd: string;
  toolVersion: string;
  title?: string;
  /** the runner's cloud region: the what-if line names that provider's lowest-intensity regions */
  cloudRegion?: string | null;
  /** a joulecheck/history@1 file (as kept on the badge branch) for the trend charts */
  history?: string | null;
}

export interface BuiltAppendix {
  file: string;
  bytes: number;
  runs: number;
  /** things the caller should tell the user (e.g. a history that could not be read) */
  warnings: string[];
}

/** Throws InputError (model/errors.ts) for unusable inputs; a bad history is a warning and a labelled gap. */
export async function buildAppendix(o: BuildAppendixOptions): Promise<BuiltAppendix> {
  const runs = await loadRuns(o.inputs, o.cwd);
  const model = buildAppendixModel(runs, { toolVersion: o.toolVersion, ...(o.title ? { title: o.title } : {}) });
  const warnings: string[] = [];
  let history: SafeHtml | null = null;
  if (o.history) {
    try {
      history = historySection(parseHistory(await readFile(resolve(o.cwd, o.history), 'utf8'), o.history));
    } catch (err) {
      const message = err instanceof HistoryError ? err.message : `${o.history}: cannot read the history: ${(err as Error).message}`;
      // A bad or missing history must not cost the reader the rest of the appendix.
      warnings.push(message);
      history = historySection(null, `History not shown: ${message}`);
    }
  }
  const html = renderAppendix(model, { whatIf: appendixWhatIf(model, o.cloudRegion ?? null), ...(history ? { history } : {}) });
  const dir = resolve(o.cwd, o.out);
  await mkdir(dir, { recursive: true });
  const file = join(dir, 'index.html');
  await writeFile(file, html);
  return { file, bytes: Buffer.byteLength(html), runs: runs.length, warnings };
}

/** The what-if line's places for all runs together; null when the runs used several intensities. */
export function appendixWhatIf(m: AppendixModel, cloudRegion: string | null): Greener | null {
  const [only, ...rest] = m.statement?.regions ?? [];
  const kind = m.totals.kind;
  if (!only || rest.length > 0 || kind === 'none') return null;
  return greenerPlaces(
    { energy_j: m.totals.energy_j, co2eq_g: m.totals.co2eq_g, region: only.region, intensity_g_per_kwh: only.intensity_g_per_kwh, kind },
    cloudRegion,
  );
}
