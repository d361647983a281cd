// The one sticky comment per job and label on a pull request: found (every page of comments), updated or
// created; a fork pull request's read-only token saves it in the artifact instead, for a `mode: comment`
// workflow to post. Which comment is ours is decided in github/sticky.ts.
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { describeError, statusOf } from '../github/errors.ts';
import { COMMENT_FILE, COMMENT_SCHEMA, type PendingComment } from '../github/artifact-content.ts';
import { rankSticky, stickyBody } from '../github/sticky.ts';
import * as rest from '../github/rest.ts';
import { warn, type Session } from './session.ts';

export interface Posted {
  url: string | null;
  id: number | null;
  /** the token may not comment (no token, 401, 403): the comment should travel in the artifact */
  denied: boolean;
}

/** Creates or updates the sticky comment; never throws (a warning says why it was not posted). */
export async function postSticky(s: Session, pr: number, marker: string, markdown: string): Promise<Posted> {
  if (!s.octokit) {
    core.warning('joulecheck: no github-token: the PR comment was not posted');
    return { url: null, id: null, denied: true };
  }
  const repo = { owner: s.ctx.owner, repo: s.ctx.repo };
  const body = stickyBody(marker, markdown);
  try {
    const { found: candidates, pages, scanned } = await rest.findComment(s.octokit, repo, pr, (all) => rankSticky(all, marker, 'github-actions[bot]'));
    core.info(`joulecheck: scanned ${scanned} comments on ${pages} page(s) of #${pr}: ${candidates.length ? `updating comment ${candidates[0]!.id}` : 'creating the comment'}`);
    // Anyone can paste the marker into a comment: one we may not edit (403) is skipped, not duplicated
    for (const found of candidates.slice(0, 3)) {
      try {
        const r = await rest.updateComment(s.octokit, repo, found.id, body);
        return { url: r.url, id: r.id, denied: false };
      } catch (err) {
        if (statusOf(err) !== 403 && statusOf(err) !== 404) throw err;
        core.info(`joulecheck: cannot update comment ${found.id} (${describeError(err)})`);
      }
    }
    const r = await rest.createComment(s.octokit, repo, pr, body);
    return { url: r.url, id: r.id, denied: false };
  } catch (err) {
    warn(`the PR comment on #${pr} was not posted`, err);
    return { url: null, id: null, denied: statusOf(err) === 403 || statusOf(err) === 401 };
  }
}

/** Rewrites a posted comment (to link the artifact once its id is known); a failure is a warning. */
export async function editSticky(s: Session, id: number, marker: string, markdown: string): Promise<void> {
  if (!s.octokit) return;
  try {
    await rest.updateComment(s.octokit, { owner: s.ctx.owner, repo: s.ctx.repo }, id, stickyBody(marker, markdown));
  } catch (err) {
    warn('the comment links the run page, not the appendix artifact', err);
  }
}

/** Writes the comment a `mode: comment` workflow posts; returns the file for the artifact, or null. */
export async function savePendingComment(
  s: Session,
  outDir: string,
  pr: { number: number; headSha: string },
  marker: string,
  markdown: string,
): Promise<string | null> {
  const pending: PendingComment = {
    schema: COMMENT_SCHEMA,
    pr_number: pr.number,
    head_sha: pr.headSha,
    job: s.ctx.job,
    label: s.inputs.label,
    body: stickyBody(marker, markdown),
  };
  const file = join(resolve(outDir), COMMENT_FILE);
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(pending, null, 2) + '\n');
    return file;
  } catch (err) {
    warn('cannot write the pending comment', err);
    return null;
  }
}
