// Default-branch pushes with `badge: true`: the badge, and the history of this job and label with its
// trend charts, on the badge branch (contents API). What the files hold is decided in github/badge.ts and
// render/appendix/history.ts. Nothing here fails the step: a warning says what was not published.
import * as core from '@actions/core';
import type { Summary } from '../model/summary.ts';
import { badgeStem } from '../github/names.ts';
import { badgeFiles, historyPaths, trendMarkdown } from '../github/badge.ts';
import * as rest from '../github/rest.ts';
import { appendHistory, emptyHistory, HistoryError, MAX_HISTORY_BYTES, parseHistory, trendChart, type History } from '../render/appendix/history.ts';
import { warn, type Session } from './session.ts';

const BADGE_README = '# joulecheck badges\n\nWritten by the joulecheck action; embed the files from this branch in a README.\n';

/**
 * The default branch's history with this run appended: read from the badge branch, `null` when it cannot
 * be read or extended (a warning says why; nothing is published then). A corrupt, oversized or
 * other-version file is not a failure: a warning says so and a new history starts.
 */
export async function nextHistory(s: Session, head: Summary[]): Promise<History | null> {
  if (!s.octokit) return null;
  const { ctx, inputs } = s;
  const repo = { owner: ctx.owner, repo: ctx.repo };
  const path = historyPaths(badgeStem(ctx.job, inputs.label)).history;
  const where = `${inputs.badgeBranch}:${path}`;
  let base: History;
  try {
    const f = await rest.getFile(s.octokit, repo, inputs.badgeBranch, path);
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

/** The badge (SVG + shields JSON), then the history and its standalone trend charts beside it. */
export async function publishBadge(s: Session, summaries: Summary[], history: History | null): Promise<void> {
  const octokit = s.octokit;
  if (!octokit) return core.warning('joulecheck: no github-token: badge not published');
  const { ctx, inputs } = s;
  const repo = { owner: ctx.owner, repo: ctx.repo };
  const branch = inputs.badgeBranch;
  const stem = badgeStem(ctx.job, inputs.label);
  const sha = ctx.sha.slice(0, 7);
  const files = badgeFiles(summaries, { stem, owner: ctx.owner, repo: ctx.repo, branch });
  try {
    await rest.ensureOrphanBranch(octokit, repo, branch, BADGE_README);
    await rest.putFile(octokit, repo, branch, files.svgPath, files.svg, `joulecheck: badge ${files.svgPath} for ${sha}`);
    await rest.putFile(octokit, repo, branch, files.jsonPath, files.json, `joulecheck: badge ${files.jsonPath} for ${sha}`);
    core.info(`joulecheck: badge ${files.message} published to ${branch}. Embed it with:\n  ${files.markdown.svg}\nor\n  ${files.markdown.shields}`);
  } catch (err) {
    warn(`badge not published to ${branch} (needs contents: write)`, err);
    return;
  }
  if (!history) return;
  const paths = historyPaths(stem);
  try {
    await rest.putFile(octokit, repo, branch, paths.history, JSON.stringify(history, null, 2) + '\n', `joulecheck: history ${paths.history} for ${sha}`);
    await rest.putFile(octokit, repo, branch, paths.energy, String(trendChart(history, 'energy', { standalone: true })), `joulecheck: trend ${paths.energy} for ${sha}`);
    await rest.putFile(octokit, repo, branch, paths.co2eq, String(trendChart(history, 'co2eq', { standalone: true })), `joulecheck: trend ${paths.co2eq} for ${sha}`);
    const md = (p: string) => trendMarkdown(p, { owner: ctx.owner, repo: ctx.repo, branch });
    core.info(`joulecheck: history (${history.entries.length} commit(s)) and trend charts published to ${branch}. Embed the trends with:\n  ${md(paths.energy)}\n  ${md(paths.co2eq)}`);
  } catch (err) {
    warn(`history and trend not published to ${branch} (needs contents: write)`, err);
  }
}
