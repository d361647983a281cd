// Reporting after a metering step (mode run and stop in main, and the post step for what main did not
// report): on a pull request, compare with the base branch and post the sticky comment; on a push to the
// default branch, the badge and history; then the artifact, and the job summary last, with the artifact
// linked. Every failure is a warning; only `fail-on-regression` fails the step.
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { Comparison } from '../model/comparison.ts';
import { renderPaired, type Rendered } from '../render/report.ts';
import type { Summary } from '../model/summary.ts';
import { isDefaultBranchPush } from '../github/event.ts';
import { artifactName, stickyKey, stickyMarker } from '../github/names.ts';
import { COMMENT_FILE } from '../github/artifact-content.ts';
import { appendixLine, artifactPageUrl, runPageUrl, withExtras } from '../render/comment-parts.ts';
import { whatIfLine } from '../carbon/whatif.ts';
import type { ActionInputs } from './inputs.ts';
import { readStepSummaries, type MeterResult } from './meter-result.ts';
import { markReported } from './state.ts';
import { inSession, warn, type Session } from './session.ts';
import { compareWithBase, discoverBaseline, prQuery, renderHeadOnly } from './baseline-fetch.ts';
import { setComparisonOutputs, writeJobSummary } from './outputs.ts';
import { editSticky, postSticky, savePendingComment } from './sticky-post.ts';
import { nextHistory, publishBadge } from './history-badge.ts';
import { buildStepAppendix, commonRoot, uploadArtifact } from './appendix-upload.ts';
import { planReport, regressionFailure } from './report-plan.ts';
import { contextComparison } from '../analysis/report-compare.ts';

/** Main's reporting: never decides the step's fate (but `fail-on-regression`), and is done only once. */
export async function reportInMain(inputs: ActionInputs, result: MeterResult): Promise<void> {
  try {
    await reportAfterMeter(inputs, result);
  } catch (err) {
    core.warning(`joulecheck: reporting failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  markReported();
}

export async function reportAfterMeter(inputs: ActionInputs, result: MeterResult): Promise<void> {
  await inSession(inputs, (s) => reportStep(s, result));
}

/** The what-if line for the comment and job summary, or null (none to show, or the data failed). */
function safeWhatIf(head: Summary, cloudRegion: string | null): string | null {
  try {
    return whatIfLine(head, cloudRegion);
  } catch (err) {
    warn('no what-if line', err);
    return null;
  }
}

async function reportStep(s: Session, result: MeterResult): Promise<void> {
  const { ctx, inputs } = s;
  const name = artifactName(ctx.job, inputs.label);
  // mode ab: the session's paired comparison decides; its head side's runs are the step's own figures
  const paired = result.comparison ? readPaired(result.comparison) : null;
  const head = await stepHead(inputs, result);
  const plan = planReport({ eventName: ctx.eventName, pr: ctx.pr, defaultBranchPush: isDefaultBranchPush(ctx) }, inputs, {
    headCount: head.length,
    paired: paired !== null,
  });
  const extraFiles: string[] = [];

  // Before the upload, so that the appendix is inside the artifact; the history first, so that the
  // appendix shows the trend with this commit in it.
  const history = plan.publish ? await nextHistory(s, head) : null;
  const appendix = plan.appendix ? await buildStepAppendix(s, result, history) : null;
  if (appendix && !plan.upload) core.info(`joulecheck: upload is false: the appendix stays at ${appendix.file}, not linked`);
  const linked = appendix && plan.linkAppendix ? appendix : null;
  const appendixRel = linked ? relative(commonRoot([...result.summaryPaths, ...result.logs, linked.file]), linked.file) : '';
  const whatIf = head.length > 0 ? safeWhatIf(head[0]!, inputs.cloudRegion) : null;
  const runUrl = runPageUrl(ctx.serverUrl, ctx.owner, ctx.repo, ctx.runId);
  /** what-if and appendix lines under the report; the link names the artifact once its id is known */
  const extras = (artifactUrl: string | null) => [whatIf, linked ? appendixLine({ artifact: name, file: appendixRel, runUrl, artifactUrl }) : null];

  let rendered: Rendered | null = null;
  let sticky: { id: number; marker: string; markdown: string } | null = null;
  if (plan.kind === 'pr' && ctx.pr) {
    const pr = ctx.pr;
    const query = prQuery(pr, ctx.workflowFile, name, inputs.label);
    // the A/B decides; runs of the base branch from other workflow runs are one line of context under it
    rendered = paired
      ? renderPaired(paired, {
          context: { against: contextComparison((await discoverBaseline(s, query)).summaries, measuredHead(paired, head), { alpha: inputs.alpha, minEffect: inputs.minEffect }), line: '' },
        })
      : await compareWithBase(s, head, query);
    setComparisonOutputs(rendered);
    // The comment goes out before the upload (a comment that cannot be posted travels in the artifact),
    // so it first links the run page; it is edited to link the artifact once the upload returned its id.
    const body = withExtras(rendered.markdown, extras(null));
    const marker = stickyMarker(stickyKey(ctx.job, inputs.label));
    let denied = false;
    if (plan.comment === 'off') {
      core.info('joulecheck: comment: false; the report is in the job summary');
    } else if (plan.comment === 'pending') {
      denied = true;
      core.warning(
        `joulecheck: pull request #${pr.number} comes from a fork: its token is read-only, so the comment is saved in artifact ${name} (${COMMENT_FILE}). ` +
          'A workflow_run workflow with `mode: comment` posts it (see the README).',
      );
    } else {
      const posted = await postSticky(s, pr.number, marker, body);
      if (posted.url) core.setOutput('comment-url', posted.url);
      if (posted.id !== null) sticky = { id: posted.id, marker, markdown: rendered.markdown };
      if (posted.denied) {
        denied = true;
        core.warning(`joulecheck: the comment is saved in artifact ${name} (${COMMENT_FILE}) for a \`mode: comment\` workflow to post`);
      }
    }
    if (denied && plan.saveDenied) {
      const file = await savePendingComment(s, result.outDir, pr, marker, body);
      if (file) extraFiles.push(file);
    }
  } else if (plan.kind === 'paired' && paired) {
    // an A/B outside a pull request (base-ref given): the comparison goes to the job summary and outputs
    rendered = renderPaired(paired, {});
    setComparisonOutputs(rendered);
  } else if (plan.kind === 'head') {
    rendered = renderHeadOnly(s, head);
    if (plan.publish) await publishBadge(s, head, history);
    else if (plan.badgeSkipped) core.info(`joulecheck: badge: only published on pushes to the default branch (${ctx.defaultBranch ?? 'unknown'}); this is ${ctx.eventName} ${ctx.ref}`);
  } else {
    core.warning('joulecheck: no valid summary was produced: nothing to compare or publish');
  }
  if (rendered && plan.comparisonOutputs) {
    const failure = regressionFailure(inputs.failOnRegression, 'step', [rendered]);
    if (failure) core.setFailed(failure);
  }

  let artifactId: number | null = null;
  if (plan.upload) {
    const files = [...result.summaryPaths, ...result.logs, ...extraFiles, ...(linked ? [linked.file] : [])];
    if (files.length) artifactId = await uploadArtifact(s, name, files);
  }
  const artifactUrl = artifactId === null ? null : artifactPageUrl(ctx.serverUrl, ctx.owner, ctx.repo, ctx.runId, artifactId);
  if (sticky && linked && artifactUrl) await editSticky(s, sticky.id, sticky.marker, withExtras(sticky.markdown, extras(artifactUrl)));
  if (rendered && plan.jobSummary) await writeJobSummary(withExtras(rendered.markdown, extras(artifactUrl)));
}

/** The step's own summaries (mode ab: its head side's): main's in memory, the post step's read back from disk. */
async function stepHead(inputs: ActionInputs, result: MeterResult): Promise<Summary[]> {
  if (inputs.mode !== 'ab') return result.summaries ?? readStepSummaries(result.summaryPaths);
  // mode ab: the head side is told by the path (`<out>/head/`)
  const headDir = resolve(result.outDir, 'head') + '/';
  return readStepSummaries(result.summaryPaths.filter((p) => resolve(p).startsWith(headDir)));
}

function readPaired(path: string): Comparison | null {
  try {
    return Comparison.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (err) {
    warn(`cannot read the A/B comparison ${path}`, err);
    return null;
  }
}

/** The head side's measured runs of an A/B session (its warm-ups left out). */
function measuredHead(cmp: Comparison, head: Summary[]): Summary[] {
  const keep = new Set((cmp.ab?.runs ?? []).filter((r) => r.side === 'head' && !r.warmup).map((r) => r.n));
  return head.filter((x) => keep.has(x.repeat));
}
