// Reporting side of the action (issue 5): artifacts, base-branch baseline, one sticky PR comment, job
// summary, outputs, badge, fork-safe comments. Orchestration only: the decisions live in pure modules
// (src/github/{baseline,artifact-content,zip,sticky,comment,badge,names,context}.ts), the GitHub calls in
// thin adapters (src/github/{octokit,rest,artifacts}.ts).
//
// Issue 7's reports: `appendix: true` builds the HTML appendix into the artifact (before the upload) and
// links it; the what-if line goes under the comment and job summary; default-branch pushes with
// `badge: true` extend the history on the badge branch and publish its trend charts beside the badge.
//
// Every reporting failure (HTTP 403/404/422/429/5xx, timeouts, unreadable artifacts) becomes a warning
// with its reason; the whole reporting phase is bounded by a deadline; only `fail-on-regression` fails.
import { leadingVerdict, verdictOutput } from '../model/verdict.ts';
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { writeFile, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { ActionInputs } from './inputs.ts';
import type { MeterResult } from './meter.ts';
import type { Summary } from '../model/summary.ts';
import { readSummaryFilesLenient } from '../log/summary-files.ts';
import { readEventContext, isDefaultBranchPush, type EventContext } from '../github/event.ts';
import { makeOctokit, type Octokit } from '../github/octokit.ts';
import { describeError, statusOf } from '../github/errors.ts';
import { ARTIFACT_PREFIX, artifactName, badgeStem, reportKey, stickyKey, stickyMarker } from '../github/names.ts';
import { eligibleBaseRuns, orderCandidates, uniqueShas, type RunLite } from '../github/baseline.ts';
import { parseArtifactZip, COMMENT_FILE, COMMENT_SCHEMA, type PendingComment } from '../github/artifact-content.ts';
import { rankSticky, stickyBody } from '../github/sticky.ts';
import { appendixLine, artifactPageUrl, baselineLine, notesBlock, runPageUrl, withExtras, type BaselineReport } from '../render/comment-parts.ts';
import { badgeFiles, historyPaths, trendMarkdown } from '../github/badge.ts';
import { buildAppendix } from '../appendix/build.ts';
import { appendHistory, emptyHistory, HistoryError, MAX_HISTORY_BYTES, parseHistory, trendChart, type History } from '../render/appendix/history.ts';
import { whatIfLine } from '../carbon/whatif.ts';
import { VERSION } from '../model/version.ts';
import * as rest from '../github/rest.ts';
import * as artifacts from '../github/artifacts.ts';
import { compareAndRender, type Rendered } from '../render/report.ts';

// ---------------------------------------------------------------------------------------------- limits
const envMs = (name: string, d: number) => {
  const n = Number(process.env[name]);
  return Number.isFinite(n) && n > 0 ? n : d;
};
/** the whole reporting phase (API calls, downloads); the upload gets its own budget after it */
const REPORT_BUDGET_MS = () => envMs('JOULECHECK_REPORT_TIMEOUT_MS', 120_000);
const UPLOAD_BUDGET_MS = () => envMs('JOULECHECK_UPLOAD_TIMEOUT_MS', 120_000);
const REQUEST_TIMEOUT_MS = () => envMs('JOULECHECK_REQUEST_TIMEOUT_MS', 20_000);
/** one artifact lookup + download */
const DOWNLOAD_TIMEOUT_MS = () => envMs('JOULECHECK_DOWNLOAD_TIMEOUT_MS', 45_000);

class TimeoutError extends Error {
  override name = 'TimeoutError';
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string, deadline?: AbortSignal): Promise<T> {
  return new Promise<T>((res, rej) => {
    const onAbort = () => rej(new TimeoutError(`${what}: reporting deadline reached`));
    const t = setTimeout(() => rej(new TimeoutError(`${what} did not finish within ${Math.round(ms / 1000)} s`)), ms);
    deadline?.addEventListener('abort', onAbort, { once: true });
    if (deadline?.aborted) onAbort();
    p.then(res, rej).finally(() => {
      clearTimeout(t);
      deadline?.removeEventListener('abort', onAbort);
    });
  });
}

/**
 * A library call that timed out may leave sockets or retry timers behind; the runner waits for the
 * process to exit. This unref'd timer only fires when something else still holds the process alive.
 */
function ensureExit(): void {
  setTimeout(() => process.exit(), 2_000).unref();
}

/** Runs one reporting entry point in a session, and always arms the exit guard afterwards. */
async function inSession(inputs: ActionInputs, work: (s: Session) => Promise<void>): Promise<void> {
  const s = session(inputs);
  try {
    await work(s);
  } finally {
    ensureExit();
  }
}

const warn = (what: string, err: unknown) => core.warning(`joulecheck: ${what}: ${describeError(err)}`);

// ------------------------------------------------------------------------------------------- setup
interface Session {
  ctx: EventContext;
  inputs: ActionInputs;
  token: string | null;
  octokit: Octokit | null;
  deadline: AbortSignal;
}

function readEvent(): unknown {
  const p = process.env.GITHUB_EVENT_PATH;
  if (!p) return {};
  try {
    return JSON.parse(readFileSync(p, 'utf8'));
  } catch {
    core.warning(`joulecheck: cannot read the event payload at GITHUB_EVENT_PATH (${p})`);
    return {};
  }
}

function session(inputs: ActionInputs): Session {
  const token = inputs.githubToken && inputs.githubToken.trim() !== '' ? inputs.githubToken.trim() : null;
  if (token) core.setSecret(token);
  const ctx = readEventContext(process.env, readEvent());
  const deadline = AbortSignal.timeout(REPORT_BUDGET_MS());
  const octokit = token
    ? makeOctokit({
        token,
        baseUrl: ctx.apiUrl,
        requestTimeoutMs: REQUEST_TIMEOUT_MS(),
        deadline,
        retries: 2,
        maxRateLimitWaitS: 30,
        log: (m) => core.info(`joulecheck: ${m}`),
      })
    : null;
  return { ctx, inputs, token, octokit, deadline };
}

async function readOwnSummaries(paths: string[]): Promise<Summary[]> {
  return readSummaryFilesLenient(paths, (err) => core.warning(`joulecheck: ${err.message}`));
}

// ---------------------------------------------------------------------------------------- baseline
interface Baseline {
  summaries: Summary[];
  report: BaselineReport;
  /** why there is no baseline, short (when summaries is empty) */
  reason: string;
}

/**
 * Summaries of the base branch: the same workflow's latest successful runs on `baseRef`, artifacts named
 * `name`, summaries of `label`. Never throws: every problem becomes a note (and a warning in the log).
 */
async function discoverBaseline(
  s: Session,
  opts: { workflow: string | number | null; baseRef: string; baseSha: string; headSha: string; name: string; label: string },
): Promise<Baseline> {
  const { ctx, inputs, octokit } = s;
  const report: BaselineReport = { baseRef: opts.baseRef, baseShas: [], mergeBaseSha: null, usedMergeBase: false, runIds: [], runs: 0, headSha: opts.headSha, notes: [] };
  const none = (note: string): Baseline => {
    report.notes.push(note);
    core.info(`joulecheck: baseline: ${note}`);
    return { summaries: [], report, reason: note };
  };
  if (!octokit || !s.token) return none('no github-token: cannot look up base-branch runs');
  if (opts.workflow === null) return none('GITHUB_WORKFLOW_REF is not set: cannot tell which workflow to look up');
  const repo = { owner: ctx.owner, repo: ctx.repo };
  try {
    report.mergeBaseSha = await withTimeout(rest.mergeBase(octokit, repo, opts.baseSha, opts.headSha), REQUEST_TIMEOUT_MS() * 2, 'merge-base lookup', s.deadline);
  } catch (err) {
    report.notes.push(`merge-base unknown (${describeError(err)}); using the latest runs`);
  }
  let runs: RunLite[];
  try {
    runs = await withTimeout(rest.listBranchRuns(octokit, repo, opts.workflow, opts.baseRef, Math.max(20, inputs.baselineRuns * 4)), REQUEST_TIMEOUT_MS() * 2, 'listing base-branch runs', s.deadline);
  } catch (err) {
    warn('listing base-branch runs failed', err);
    return none(`could not list runs of ${opts.baseRef} (${describeError(err)})`);
  }
  const { ok } = eligibleBaseRuns(runs, { branch: opts.baseRef, repo: `${ctx.owner}/${ctx.repo}`, currentRunId: ctx.runId });
  if (ok.length === 0) return none(`no successful run of this workflow on ${opts.baseRef} yet`);
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
        const a = await withTimeout(artifacts.findArtifact(opts.name, findBy(run.id)), DOWNLOAD_TIMEOUT_MS(), `artifact lookup of run ${run.id}`, s.deadline);
        if (!a) {
          report.notes.push(`run ${run.id} (${run.head_sha.slice(0, 7)}): no artifact ${opts.name} (expired, or not uploaded)`);
          continue;
        }
        const zip = await withTimeout(artifacts.downloadZip(a, findBy(run.id)), DOWNLOAD_TIMEOUT_MS(), `download of artifact ${a.id}`, s.deadline);
        const content = parseArtifactZip(zip);
        for (const p of content.problems) report.notes.push(`run ${run.id}: ${p}`);
        const mine = content.summaries.filter((x) => x.label === opts.label);
        if (mine.length === 0) {
          report.notes.push(`run ${run.id}: artifact ${opts.name} has no valid summary of label ${opts.label}`);
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
  core.info(`joulecheck: baseline ${opts.baseRef} ${report.baseShas.join(', ') || 'none'} (runs ${report.runIds.join(', ') || 'none'}), head ${opts.headSha}`);
  const reason = used.length ? '' : `none of the last ${tries} run(s) of ${opts.baseRef} has a usable artifact ${opts.name}: see the notes`;
  return { summaries: used.flatMap((u) => u.summaries), report, reason };
}

// ----------------------------------------------------------------------------------------- comment
/** Creates or updates the sticky comment; returns its URL, or null (with a warning) when impossible. */
async function postSticky(s: Session, pr: number, marker: string, markdown: string): Promise<{ url: string | null; id: number | null; denied: boolean }> {
  if (!s.octokit) {
    core.warning('joulecheck: no github-token: the PR comment was not posted');
    return { url: null, id: null, denied: true };
  }
  const repo = { owner: s.ctx.owner, repo: s.ctx.repo };
  const body = stickyBody(marker, markdown);
  try {
    const { found: candidates, pages, scanned } = await withTimeout(
      rest.findComment(s.octokit, repo, pr, (all) => rankSticky(all, marker, 'github-actions[bot]')),
      REQUEST_TIMEOUT_MS() * 3,
      'reading PR comments',
      s.deadline,
    );
    core.info(`joulecheck: scanned ${scanned} comments on ${pages} page(s) of #${pr}: ${candidates.length ? `updating comment ${candidates[0]!.id}` : 'creating the comment'}`);
    // Anyone can paste the marker into a comment: one we may not edit (403) is skipped, not duplicated
    for (const found of candidates.slice(0, 3)) {
      try {
        const r = await withTimeout(rest.updateComment(s.octokit, repo, found.id, body), REQUEST_TIMEOUT_MS() * 2, 'updating the comment', s.deadline);
        return { url: r.url, id: r.id, denied: false };
      } catch (err) {
        if (statusOf(err) !== 403 && statusOf(err) !== 404) throw err;
        core.info(`joulecheck: cannot update comment ${found.id} (${describeError(err)})`);
      }
    }
    const r = await withTimeout(rest.createComment(s.octokit, repo, pr, body), REQUEST_TIMEOUT_MS() * 2, 'creating the comment', s.deadline);
    return { url: r.url, id: r.id, denied: false };
  } catch (err) {
    warn(`the PR comment on #${pr} was not posted`, err);
    return { url: null, id: null, denied: statusOf(err) === 403 || statusOf(err) === 401 };
  }
}

async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (err) {
    warn('writing the job summary failed', err);
  }
}

function setComparisonOutputs(r: Rendered): void {
  core.setOutput('verdict', verdictOutput(r.verdict));
  core.setOutput('energy-change-pct', r.energyChangePct === null ? '' : String(Math.round(r.energyChangePct * 1000) / 1000));
  core.setOutput('p-value', r.pValue === null ? '' : String(r.pValue));
}

// ------------------------------------------------------------------------------------------- history
/**
 * The default branch's history with this run appended: read from the badge branch (contents API, as
 * the badge), `null` when it cannot be read or extended (a warning says why; nothing is published then).
 * A corrupt, oversized or other-version file is not a failure: a warning says so and a new history starts.
 */
async function nextHistory(s: Session, head: Summary[]): Promise<History | null> {
  if (!s.octokit) return null;
  const { ctx, inputs } = s;
  const repo = { owner: ctx.owner, repo: ctx.repo };
  const path = historyPaths(badgeStem(ctx.job, inputs.label)).history;
  const where = `${inputs.badgeBranch}:${path}`;
  let base: History;
  try {
    const f = await withTimeout(rest.getFile(s.octokit, repo, inputs.badgeBranch, path), REQUEST_TIMEOUT_MS() * 2, `reading the history ${where}`, s.deadline);
    if (f === null) {
      core.info(`joulecheck: no history at ${where} yet: starting one`);
      base = emptyHistory(inputs.label);
    } else if (f.size > MAX_HISTORY_BYTES) {
      throw new HistoryError(`${where}: history is ${f.size} bytes, over the limit of ${MAX_HISTORY_BYTES}; it is not read`);
    } else if (f.text === null) {
      throw new HistoryError(`${where}: the contents API returned no content for the history`);
    } else {
      base = parseHistory(f.text, where);
    }
  } catch (err) {
    if (!(err instanceof HistoryError)) {
      warn(`the history ${where} was not read, so it is not updated this time`, err);
      return null;
    }
    core.warning(`joulecheck: ${err.message}. Starting a new history: the file on ${inputs.badgeBranch} is replaced by one holding this commit only`);
    base = emptyHistory(inputs.label);
  }
  try {
    return appendHistory(base, head, { sha: ctx.sha, ref: ctx.ref });
  } catch (err) {
    warn(`the history ${where} was not updated`, err);
    return null;
  }
}

// --------------------------------------------------------------------------------------------- badge
async function publishBadge(s: Session, summaries: Summary[], history: History | null): Promise<void> {
  if (!s.octokit) return core.warning('joulecheck: no github-token: badge not published');
  const repo = { owner: s.ctx.owner, repo: s.ctx.repo };
  const branch = s.inputs.badgeBranch;
  const files = badgeFiles(summaries, { stem: badgeStem(s.ctx.job, s.inputs.label), owner: s.ctx.owner, repo: s.ctx.repo, branch });
  try {
    await withTimeout(
      (async () => {
        await rest.ensureOrphanBranch(s.octokit!, repo, branch, '# joulecheck badges\n\nWritten by the joulecheck action; embed the files from this branch in a README.\n');
        const sha = s.ctx.sha.slice(0, 7);
        await rest.putFile(s.octokit!, repo, branch, files.svgPath, files.svg, `joulecheck: badge ${files.svgPath} for ${sha}`);
        await rest.putFile(s.octokit!, repo, branch, files.jsonPath, files.json, `joulecheck: badge ${files.jsonPath} for ${sha}`);
      })(),
      REQUEST_TIMEOUT_MS() * 6,
      'publishing the badge',
      s.deadline,
    );
    core.info(`joulecheck: badge ${files.message} published to ${branch}. Embed it with:\n  ${files.markdown.svg}\nor\n  ${files.markdown.shields}`);
  } catch (err) {
    warn(`badge not published to ${branch} (needs contents: write)`, err);
    return;
  }
  if (!history) return;
  // beside the badge, with the same contents calls: the history, then a standalone trend chart per metric
  const paths = historyPaths(badgeStem(s.ctx.job, s.inputs.label));
  try {
    await withTimeout(
      (async () => {
        const sha = s.ctx.sha.slice(0, 7);
        await rest.putFile(s.octokit!, repo, branch, paths.history, JSON.stringify(history, null, 2) + '\n', `joulecheck: history ${paths.history} for ${sha}`);
        await rest.putFile(s.octokit!, repo, branch, paths.energy, trendChart(history, 'energy', { standalone: true }), `joulecheck: trend ${paths.energy} for ${sha}`);
        await rest.putFile(s.octokit!, repo, branch, paths.co2eq, trendChart(history, 'co2eq', { standalone: true }), `joulecheck: trend ${paths.co2eq} for ${sha}`);
      })(),
      REQUEST_TIMEOUT_MS() * 9,
      'publishing the history',
      s.deadline,
    );
    const md = (p: string) => trendMarkdown(p, { owner: s.ctx.owner, repo: s.ctx.repo, branch });
    core.info(`joulecheck: history (${history.entries.length} commit(s)) and trend charts published to ${branch}. Embed the trends with:\n  ${md(paths.energy)}\n  ${md(paths.co2eq)}`);
  } catch (err) {
    warn(`history and trend not published to ${branch} (needs contents: write)`, err);
  }
}

// ------------------------------------------------------------------------------------------ appendix
/** Where the appendix goes, inside the out directory (and so inside the artifact). */
const APPENDIX_DIR = 'appendix';

/**
 * `appendix: true`: the HTML appendix of this step's runs at `<out>/appendix/index.html`, with the
 * history's trend when there is one. Any failure is a warning and null: never a failed step.
 */
async function buildStepAppendix(s: Session, result: MeterResult, history: History | null): Promise<{ file: string } | null> {
  // summaries bring their own logs (the `log` they name); logs alone only when no summary was written
  const pages = result.summaries.length ? result.summaries : result.logs;
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

/** The what-if line for the comment and job summary, or null (none to show, or the data failed). */
function safeWhatIf(head: Summary, cloudRegion: string | null): string | null {
  try {
    return whatIfLine(head, cloudRegion);
  } catch (err) {
    warn('no what-if line', err);
    return null;
  }
}

// ------------------------------------------------------------------------------------------ upload
/** Uploads the artifact; returns its id, or null when unknown (not uploaded: a warning says why). */
async function upload(s: Session, name: string, files: string[], root: string): Promise<number | null> {
  if (files.length === 0) {
    core.warning('joulecheck: nothing to upload (no logs or summaries were written)');
    return null;
  }
  try {
    const r = await withTimeout(artifacts.uploadFiles(name, files, root, s.inputs.retentionDays), UPLOAD_BUDGET_MS(), `uploading artifact ${name}`);
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
function commonRoot(files: string[]): string {
  let root = dirname(resolve(files[0]!));
  for (const f of files) {
    while (!resolve(f).startsWith(root + '/') && root !== dirname(root)) root = dirname(root);
  }
  return root;
}

// ===================================================================================== entry points

/** post step after a metered step: compare with base branch, comment, job summary, badge, upload. */
export async function reportAfterMeter(inputs: ActionInputs, result: MeterResult): Promise<void> {
  await inSession(inputs, (s) => reportAfterMeterIn(s, result));
}

async function reportAfterMeterIn(s: Session, result: MeterResult): Promise<void> {
  const { ctx, inputs } = s;
  const name = artifactName(ctx.job, inputs.label);
  const head = await readOwnSummaries(result.summaries);
  const extraFiles: string[] = [];
  const isPr = head.length > 0 && ctx.pr !== null && (ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target');
  const publishing = head.length > 0 && !isPr && inputs.badge && isDefaultBranchPush(ctx);

  // Before the upload, so that the appendix is inside the artifact; the history first, so that the
  // appendix shows the trend with this commit in it.
  const history = publishing ? await nextHistory(s, head) : null;
  const appendix = inputs.appendix ? await buildStepAppendix(s, result, history) : null;
  if (appendix && !inputs.upload) core.info(`joulecheck: upload is false: the appendix stays at ${appendix.file}, not linked`);
  const linked = appendix && inputs.upload ? appendix : null;
  const appendixRel = linked ? relative(commonRoot([...result.summaries, ...result.logs, linked.file]), linked.file) : '';
  const whatIf = head.length > 0 ? safeWhatIf(head[0]!, inputs.cloudRegion) : null;
  const runUrl = runPageUrl(ctx.serverUrl, ctx.owner, ctx.repo, ctx.runId);
  /** what-if and appendix lines under the report; the link names the artifact once its id is known */
  const extras = (artifactUrl: string | null) => [whatIf, linked ? appendixLine({ artifact: name, file: appendixRel, runUrl, artifactUrl }) : null];

  let summaryMarkdown: string | null = null;
  let sticky: { id: number; marker: string; markdown: string } | null = null;
  if (isPr && ctx.pr) {
    const baseline = await discoverBaseline(s, { workflow: ctx.workflowFile, baseRef: ctx.pr.baseRef, baseSha: ctx.pr.baseSha, headSha: ctx.pr.headSha, name, label: inputs.label });
    const rendered = compareAndRender(baseline.summaries, head, { alpha: inputs.alpha, minEffect: inputs.minEffect, context: baselineLine(baseline.report), notes: notesBlock(baseline.report.notes), baseRef: ctx.pr.baseRef, noBaselineReason: baseline.reason });
    setComparisonOutputs(rendered);
    summaryMarkdown = rendered.markdown;
    // The comment goes out before the upload (a comment that cannot be posted travels in the artifact),
    // so it first links the run page; it is edited to link the artifact once the upload returned its id.
    const body = withExtras(rendered.markdown, extras(null));
    const marker = stickyMarker(stickyKey(ctx.job, inputs.label));
    let denied = false;
    if (!inputs.comment) {
      core.info('joulecheck: comment: false; the report is in the job summary');
    } else if (ctx.pr.fromFork) {
      denied = true;
      core.warning(
        `joulecheck: pull request #${ctx.pr.number} comes from a fork: its token is read-only, so the comment is saved in artifact ${name} (${COMMENT_FILE}). ` +
          'A workflow_run workflow with `mode: comment` posts it (see the README).',
      );
    } else {
      const posted = await postSticky(s, ctx.pr.number, marker, body);
      if (posted.url) core.setOutput('comment-url', posted.url);
      if (posted.id !== null) sticky = { id: posted.id, marker, markdown: rendered.markdown };
      if (posted.denied) {
        denied = true;
        core.warning(`joulecheck: the comment is saved in artifact ${name} (${COMMENT_FILE}) for a \`mode: comment\` workflow to post`);
      }
    }
    if (denied && inputs.upload) {
      const pending: PendingComment = { schema: COMMENT_SCHEMA, pr_number: ctx.pr.number, head_sha: ctx.pr.headSha, job: ctx.job, label: inputs.label, body: stickyBody(marker, body) };
      const file = join(resolve(result.outDir), COMMENT_FILE);
      try {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, JSON.stringify(pending, null, 2) + '\n');
        extraFiles.push(file);
      } catch (err) {
        warn('cannot write the pending comment', err);
      }
    }
    if (inputs.failOnRegression && rendered.verdict === 'regression') {
      core.setFailed(`joulecheck: energy regressed significantly (${rendered.energyChangePct?.toFixed(1)}%, p = ${rendered.pValue}) and fail-on-regression is true`);
    }
  } else if (head.length > 0) {
    const rendered = compareAndRender([], head, { alpha: inputs.alpha, minEffect: inputs.minEffect, context: '', notes: '', baseRef: null });
    summaryMarkdown = rendered.markdown;
    if (publishing) await publishBadge(s, head, history);
    else if (inputs.badge) core.info(`joulecheck: badge: only published on pushes to the default branch (${ctx.defaultBranch ?? 'unknown'}); this is ${ctx.eventName} ${ctx.ref}`);
  } else {
    core.warning('joulecheck: no valid summary was produced: nothing to compare or publish');
  }

  let artifactId: number | null = null;
  if (inputs.upload) {
    const files = [...result.summaries, ...result.logs, ...extraFiles, ...(linked ? [linked.file] : [])];
    if (files.length) artifactId = await upload(s, name, files, commonRoot(files));
  }
  const artifactUrl = artifactId === null ? null : artifactPageUrl(ctx.serverUrl, ctx.owner, ctx.repo, ctx.runId, artifactId);
  if (sticky && linked && artifactUrl && s.octokit) {
    try {
      const body = stickyBody(sticky.marker, withExtras(sticky.markdown, extras(artifactUrl)));
      await withTimeout(rest.updateComment(s.octokit, { owner: ctx.owner, repo: ctx.repo }, sticky.id, body), REQUEST_TIMEOUT_MS() * 2, 'linking the appendix artifact in the comment', s.deadline);
    } catch (err) {
      warn('the comment links the run page, not the appendix artifact', err);
    }
  }
  if (summaryMarkdown !== null) await writeJobSummary(withExtras(summaryMarkdown, extras(artifactUrl)));
}

/** mode report: all joulecheck artifacts of this workflow run -> ONE comment. */
export async function reportRun(inputs: ActionInputs): Promise<void> {
  await inSession(inputs, (s) => reportRunIn(s));
}

async function reportRunIn(s: Session): Promise<void> {
  const { ctx, inputs } = s;
  let list: artifacts.RemoteArtifact[];
  try {
    list = (await withTimeout(artifacts.listRunArtifacts(), DOWNLOAD_TIMEOUT_MS(), 'listing artifacts of this run', s.deadline)).filter((a) => a.name.startsWith(ARTIFACT_PREFIX));
  } catch (err) {
    return warn('mode report: cannot list the artifacts of this run', err);
  }
  list.sort((a, b) => a.name.localeCompare(b.name));
  if (list.length === 0) return core.warning('joulecheck: mode report: this run has no joulecheck artifacts (do the metered jobs run first, with upload: true?)');
  const sections: string[] = [];
  const verdicts: Rendered[] = [];
  const isPr = ctx.pr && (ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target');
  for (const a of list.slice(0, 50)) {
    let summaries: Summary[];
    try {
      const zip = await withTimeout(artifacts.downloadZip(a, null), DOWNLOAD_TIMEOUT_MS(), `download of ${a.name}`, s.deadline);
      const content = parseArtifactZip(zip);
      for (const p of content.problems) core.warning(`joulecheck: ${a.name}: ${p}`);
      summaries = content.summaries;
    } catch (err) {
      warn(`artifact ${a.name} skipped`, err);
      continue;
    }
    const labels = [...new Set(summaries.map((x) => x.label))].sort();
    for (const label of labels) {
      const head = summaries.filter((x) => x.label === label);
      const title = labels.length > 1 || a.name.slice(ARTIFACT_PREFIX.length) !== label ? `${a.name.slice(ARTIFACT_PREFIX.length)} · ${label}` : label;
      let rendered: Rendered;
      if (isPr) {
        const baseline = await discoverBaseline(s, { workflow: ctx.workflowFile, baseRef: ctx.pr!.baseRef, baseSha: ctx.pr!.baseSha, headSha: ctx.pr!.headSha, name: a.name, label });
        rendered = compareAndRender(baseline.summaries, head, { alpha: inputs.alpha, minEffect: inputs.minEffect, title, context: baselineLine(baseline.report), notes: notesBlock(baseline.report.notes), baseRef: ctx.pr!.baseRef, noBaselineReason: baseline.reason });
      } else {
        rendered = compareAndRender([], head, { alpha: inputs.alpha, minEffect: inputs.minEffect, title, context: '', notes: '', baseRef: null });
      }
      verdicts.push(rendered);
      sections.push(rendered.markdown);
    }
  }
  if (sections.length === 0) return core.warning('joulecheck: mode report: no valid summaries in the artifacts of this run');
  const worst = leadingVerdict(verdicts.map((v) => v.verdict))!;
  const markdown = `## joulecheck report (${sections.length} step${sections.length === 1 ? '' : 's'})\n\n${sections.join('\n\n---\n\n')}\n`;
  const first = verdicts.find((v) => v.verdict === worst)!;
  setComparisonOutputs(first);
  await writeJobSummary(markdown);
  if (isPr && inputs.comment) {
    if (ctx.pr!.fromFork) {
      core.warning('joulecheck: mode report: fork pull request: the token is read-only; the per-job artifacts carry their comments for `mode: comment`');
    } else {
      const posted = await postSticky(s, ctx.pr!.number, stickyMarker(reportKey(ctx.job)), markdown);
      if (posted.url) core.setOutput('comment-url', posted.url);
    }
  }
  if (inputs.failOnRegression && verdicts.some((v) => v.verdict === 'regression')) core.setFailed('joulecheck: energy regressed significantly in at least one step and fail-on-regression is true');
}

/**
 * mode comment (workflow_run): post the comment a fork PR's run left in its artifacts. Never checks out
 * or runs PR code. The artifact is untrusted: only its validated summaries and the PR number are used;
 * the PR must exist and its head must be the triggering run's head SHA (from the trusted event), and the
 * comment is RE-RENDERED here from the summaries and a baseline looked up on the PR's base branch, so no
 * Markdown written by the fork is ever posted.
 */
export async function commentFromArtifact(inputs: ActionInputs): Promise<void> {
  await inSession(inputs, (s) => commentFromArtifactIn(s));
}

async function commentFromArtifactIn(s: Session): Promise<void> {
  const { ctx, inputs } = s;
  const wr = ctx.workflowRun;
  if (ctx.eventName !== 'workflow_run' || !wr) return core.warning(`joulecheck: mode comment runs in a workflow_run workflow; this is ${ctx.eventName || 'an unknown event'}: nothing to do`);
  if (wr.event !== 'pull_request') return core.info(`joulecheck: the triggering run was a ${wr.event} run, not a pull request: nothing to post`);
  if (!s.octokit || !s.token) return core.warning('joulecheck: mode comment needs github-token (actions: read, pull-requests: write)');
  const repo = { owner: ctx.owner, repo: ctx.repo };
  const findBy: artifacts.FindBy = { token: s.token, workflowRunId: wr.id, repositoryOwner: ctx.owner, repositoryName: ctx.repo };
  let list: artifacts.RemoteArtifact[];
  try {
    list = (await withTimeout(artifacts.listOtherRunArtifacts(findBy), DOWNLOAD_TIMEOUT_MS(), `listing artifacts of run ${wr.id}`, s.deadline)).filter((a) => a.name.startsWith(ARTIFACT_PREFIX));
  } catch (err) {
    return warn(`cannot list the artifacts of run ${wr.id}`, err);
  }
  let posted = 0;
  for (const a of list.slice(0, 50)) {
    let content;
    try {
      content = parseArtifactZip(await withTimeout(artifacts.downloadZip(a, findBy), DOWNLOAD_TIMEOUT_MS(), `download of ${a.name}`, s.deadline));
    } catch (err) {
      warn(`artifact ${a.name} of run ${wr.id} rejected`, err);
      continue;
    }
    for (const p of content.problems) core.warning(`joulecheck: ${a.name}: ${p}`);
    const pending = content.comment;
    if (!pending) continue;
    if (pending.head_sha !== wr.headSha) {
      core.warning(`joulecheck: ${a.name}: the comment is for ${pending.head_sha.slice(0, 7)}, but run ${wr.id} built ${wr.headSha.slice(0, 7)}: ignored`);
      continue;
    }
    if (artifactName(pending.job, pending.label) !== a.name) {
      core.warning(`joulecheck: ${a.name}: the comment claims job ${pending.job} / label ${pending.label}, which is not this artifact: ignored`);
      continue;
    }
    let pr;
    try {
      pr = await withTimeout(rest.getPull(s.octokit, repo, pending.pr_number), REQUEST_TIMEOUT_MS() * 2, `reading PR #${pending.pr_number}`, s.deadline);
    } catch (err) {
      warn(`PR #${pending.pr_number} named by ${a.name}`, err);
      continue;
    }
    if (pr.state !== 'open') {
      core.info(`joulecheck: PR #${pr.number} is ${pr.state}: not posted`);
      continue;
    }
    if (pr.headSha !== wr.headSha || (wr.headRepo !== null && pr.headRepo !== wr.headRepo)) {
      core.warning(`joulecheck: PR #${pr.number} head is ${pr.headSha.slice(0, 7)} (${pr.headRepo ?? 'deleted fork'}), not the triggering run's ${wr.headSha.slice(0, 7)} (${wr.headRepo ?? '?'}): not posted (a newer run will post)`);
      continue;
    }
    const head = content.summaries.filter((x) => x.label === pending.label);
    if (head.length === 0) {
      core.warning(`joulecheck: ${a.name}: no valid summary of label ${pending.label}: not posted`);
      continue;
    }
    // the file name, as in the PR run's own lookup (a numeric id also works on GitHub, but matches both
    // branches of the description's oneOf [integer, string] path parameter)
    const workflow = wr.path ? basename(wr.path) : wr.workflowId;
    const baseline = await discoverBaseline(s, { workflow, baseRef: pr.baseRef, baseSha: pr.baseSha, headSha: pr.headSha, name: a.name, label: pending.label });
    const rendered = compareAndRender(baseline.summaries, head, { alpha: inputs.alpha, minEffect: inputs.minEffect, context: baselineLine(baseline.report), notes: notesBlock(baseline.report.notes), baseRef: pr.baseRef, noBaselineReason: baseline.reason });
    const r = await postSticky(s, pr.number, stickyMarker(stickyKey(pending.job, pending.label)), rendered.markdown);
    if (r.url) {
      posted++;
      core.setOutput('comment-url', r.url);
      setComparisonOutputs(rendered);
      await writeJobSummary(rendered.markdown);
    }
  }
  if (posted === 0) core.info(`joulecheck: run ${wr.id} left no comment to post`);
}
