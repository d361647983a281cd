// What goes into the step's artifact: the HTML appendix (`appendix: true`, built before the upload so
// that it is inside), then the upload of summaries, raw logs, the appendix and a pending comment.
import * as core from '@actions/core';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { buildAppendix } from '../appendix/build.ts';
import type { History } from '../render/appendix/history.ts';
import * as artifacts from '../github/artifacts.ts';
import { VERSION } from '../model/version.ts';
import type { MeterResult } from './meter-result.ts';
import { uploadSignal, warn, type Session } from './session.ts';

/** Where the appendix goes, inside the out directory (and so inside the artifact). */
const APPENDIX_DIR = 'appendix';

/**
 * The HTML appendix of this step's runs at `<out>/appendix/index.html`, with the history's trend when
 * there is one. Any failure is a warning and null: never a failed step.
 */
export async function buildStepAppendix(s: Session, result: MeterResult, history: History | null): Promise<{ file: string } | null> {
  // summaries bring their own logs (the `log` they name); logs alone only when no summary was written
  const pages = result.summaryPaths.length ? result.summaryPaths : result.logs;
  if (pages.length === 0) {
    core.warning('joulecheck: appendix not built: this step wrote no summaries or logs');
    return null;
  }
  const { ctx, inputs } = s;
  const sha = (ctx.pr?.headSha ?? ctx.sha).slice(0, 7);
  try {
    let historyFile: string | null = null;
    if (history) {
      const dir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'joulecheck-history-'));
      historyFile = join(dir, 'history.json');
      await writeFile(historyFile, JSON.stringify(history));
    }
    const built = await buildAppendix({
      inputs: pages,
      out: join(resolve(result.outDir), APPENDIX_DIR),
      cwd: resolve(result.outDir),
      toolVersion: VERSION,
      title: `${ctx.owner}/${ctx.repo} · ${ctx.job}${inputs.label === 'run' ? '' : ` · ${inputs.label}`} · ${sha}`,
      cloudRegion: inputs.cloudRegion,
      history: historyFile,
    });
    for (const w of built.warnings) core.warning(`joulecheck: appendix: ${w}`);
    core.info(`joulecheck: appendix of ${built.runs} run(s) written to ${built.file} (${built.bytes} bytes)`);
    return { file: built.file };
  } catch (err) {
    warn('the appendix was not built (the rest of the report is not affected)', err);
    return null;
  }
}

/** Uploads the artifact; returns its id, or null when unknown (not uploaded: a warning says why). */
export async function uploadArtifact(s: Session, name: string, files: string[]): Promise<number | null> {
  if (files.length === 0) {
    core.warning('joulecheck: nothing to upload (no logs or summaries were written)');
    return null;
  }
  try {
    const r = await artifacts.uploadFiles(name, files, commonRoot(files), s.inputs.retentionDays, uploadSignal());
    if (r.id !== null) core.setOutput('artifact-id', String(r.id));
    core.info(`joulecheck: uploaded artifact ${name} (id ${r.id ?? '?'}, ${r.size ?? '?'} bytes)`);
    return r.id;
  } catch (err) {
    const hint = /conflict|already exists|409/i.test(String((err as Error)?.message)) ? ' (two steps of this run use the same job and label: give each a distinct `label`)' : '';
    warn(`artifact ${name} was not uploaded${hint}`, err);
    return null;
  }
}

/** common root directory of files (the artifact keeps paths relative to it) */
export function commonRoot(files: string[]): string {
  let root = dirname(resolve(files[0]!));
  for (const f of files) {
    while (!resolve(f).startsWith(root + '/') && root !== dirname(root)) root = dirname(root);
  }
  return root;
}
