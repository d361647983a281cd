// The base branch's summaries for a comparison: the same workflow's latest successful runs on the base
// branch, their artifact of this job and label. Which runs qualify, and in what order, is decided in
// github/baseline.ts; this module makes the calls. Never throws: every problem becomes a note under the
// report (and a line in the log).
import * as core from '@actions/core';
import type { Summary } from '../model/summary.ts';
import { describeError } from '../github/errors.ts';
import { eligibleBaseRuns, orderCandidates, uniqueShas, type RunLite } from '../github/baseline.ts';
import { parseArtifactZip } from '../github/artifact-content.ts';
import * as rest from '../github/rest.ts';
import * as artifacts from '../github/artifacts.ts';
import { baselineLine, notesBlock, type BaselineReport } from '../render/comment-parts.ts';
import { renderReport, type Rendered } from '../render/report.ts';
import { compareWithBaseline } from '../analysis/report-compare.ts';
import { transferSignal, warn, type Session } from './session.ts';

export interface Baseline {
  summaries: Summary[];
  report: BaselineReport;
  /** why there is no baseline, short (when summaries is empty) */
  reason: string;
}

export interface BaselineQuery {
  /** the workflow file name (or id) whose runs are looked up; null when unknown */
  workflow: string | number | null;
  baseRef: string;
  baseSha: string;
  headSha: string;
  /** artifact name and summary label of this step */
  name: string;
  label: string;
}

/** The query for a pull request's base branch (the event's PR, or one read from the API). */
export function prQuery(
  pr: { baseRef: string; baseSha: string; headSha: string },
  workflow: string | number | null,
  name: string,
  label: string,
): BaselineQuery {
  return { workflow, baseRef: pr.baseRef, baseSha: pr.baseSha, headSha: pr.headSha, name, label };
}

export async function discoverBaseline(s: Session, q: BaselineQuery): Promise<Baseline> {
  const { ctx, inputs, octokit } = s;
  const report: BaselineReport = {
    baseRef: q.baseRef, baseShas: [], mergeBaseSha: null, usedMergeBase: false, runIds: [], runs: 0, headSha: q.headSha, notes: [],
  };
  const none = (note: string): Baseline => {
    report.notes.push(note);
    core.info(`joulecheck: baseline: ${note}`);
    return { summaries: [], report, reason: note };
  };
  if (!octokit || !s.token) return none('no github-token: cannot look up base-branch runs');
  if (q.workflow === null) return none('GITHUB_WORKFLOW_REF is not set: cannot tell which workflow to look up');
  const repo = { owner: ctx.owner, repo: ctx.repo };
  try {
    report.mergeBaseSha = await rest.mergeBase(octokit, repo, q.baseSha, q.headSha);
  } catch (err) {
    report.notes.push(`merge-base unknown (${describeError(err)}); using the latest runs`);
  }
  let runs: RunLite[];
  try {
    runs = await rest.listBranchRuns(octokit, repo, q.workflow, q.baseRef, Math.max(20, inputs.baselineRuns * 4));
  } catch (err) {
    warn('listing base-branch runs failed', err);
    return none(`could not list runs of ${q.baseRef} (${describeError(err)})`);
  }
  const { ok } = eligibleBaseRuns(runs, { branch: q.baseRef, repo: `${ctx.owner}/${ctx.repo}`, currentRunId: ctx.runId });
  if (ok.length === 0) return none(`no successful run of this workflow on ${q.baseRef} yet`);
  const { mergeBaseRuns, otherRuns } = orderCandidates(ok, report.mergeBaseSha);
  const findBy = (runId: number): artifacts.FindBy => ({ token: s.token!, workflowRunId: runId, repositoryOwner: ctx.owner, repositoryName: ctx.repo });

  const used: { run: RunLite; summaries: Summary[] }[] = [];
  const maxTries = inputs.baselineRuns * 2 + 2;
  let tries = 0;
  const take = async (list: RunLite[]) => {
    for (const run of list) {
      if (used.length >= inputs.baselineRuns || tries >= maxTries || s.deadline.aborted) return;
      tries++;
      try {
        const a = await artifacts.findArtifact(q.name, findBy(run.id), transferSignal(s));
        if (!a) {
          report.notes.push(`run ${run.id} (${run.head_sha.slice(0, 7)}): no artifact ${q.name} (expired, or not uploaded)`);
          continue;
        }
        const zip = await artifacts.downloadZip(a, findBy(run.id), undefined, transferSignal(s));
        const content = parseArtifactZip(zip);
        for (const p of content.problems) report.notes.push(`run ${run.id}: ${p}`);
        const mine = content.summaries.filter((x) => x.label === q.label);
        if (mine.length === 0) {
          report.notes.push(`run ${run.id}: artifact ${q.name} has no valid summary of label ${q.label}`);
          continue;
        }
        used.push({ run, summaries: mine });
      } catch (err) {
        const why = describeError(err);
        report.notes.push(`run ${run.id}: baseline artifact unusable (${why})`);
        core.warning(`joulecheck: baseline run ${run.id} skipped: ${why}`);
      }
    }
  };
  await take(mergeBaseRuns);
  report.usedMergeBase = used.length > 0;
  if (used.length === 0) await take(otherRuns);
  report.runIds = used.map((u) => u.run.id);
  report.runs = used.length;
  report.baseShas = uniqueShas(used.map((u) => u.run));
  core.info(`joulecheck: baseline ${q.baseRef} ${report.baseShas.join(', ') || 'none'} (runs ${report.runIds.join(', ') || 'none'}), head ${q.headSha}`);
  const reason = used.length ? '' : `none of the last ${tries} run(s) of ${q.baseRef} has a usable artifact ${q.name}: see the notes`;
  return { summaries: used.flatMap((u) => u.summaries), report, reason };
}

/** The head's summaries compared with the base branch's, rendered with the baseline line and notes. */
export async function compareWithBase(s: Session, head: Summary[], q: BaselineQuery, title?: string): Promise<Rendered> {
  const baseline = await discoverBaseline(s, q);
  const against = compareWithBaseline(baseline.summaries, head, { alpha: s.inputs.alpha, minEffect: s.inputs.minEffect, noBaseline: baseline.reason });
  return renderReport(head, against, {
    ...(title !== undefined ? { title } : {}),
    context: baselineLine(baseline.report),
    notes: notesBlock(baseline.report.notes),
    baseRef: q.baseRef,
  });
}

/** No pull request (a push): the head's own figures. */
export function renderHeadOnly(s: Session, head: Summary[], title?: string): Rendered {
  return renderReport(head, null, { ...(title !== undefined ? { title } : {}), context: '', notes: '', baseRef: null });
}
