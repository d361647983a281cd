// The base of a same-job A/B in the action: which commit (the `base-ref` input, or on a pull request the
// merge base of its head and its base branch), fetched when the clone lacks it (actions/checkout fetches
// depth 1 by default), checked out as a git worktree beside the workspace. Adapter: runs git.
import { execa } from 'execa';
import { join } from 'node:path';

/** A base that cannot be had: the message says what to set. */
export class BaseRefError extends Error {
  override name = 'BaseRefError';
}

const FETCH_DEPTH_HINT = "set 'fetch-depth: 0' on actions/checkout so the clone has the history";

/** One short-lived git command (execa: its exit code, trimmed output and timeout in one call, never a throw). */
async function git(cwd: string, args: string[], timeoutMs = 120_000): Promise<{ ok: boolean; out: string; err: string }> {
  const r = await execa('git', ['-c', 'advice.detachedHead=false', ...args], { cwd, timeout: timeoutMs, reject: false, stdin: 'ignore' });
  return { ok: r.exitCode === 0 && !r.timedOut, out: String(r.stdout).trim(), err: String(r.stderr).trim().split('\n').slice(-1)[0] ?? '' };
}

async function commitOf(cwd: string, ref: string): Promise<string | null> {
  const r = await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  return r.ok && /^[0-9a-f]{40,64}$/.test(r.out) ? r.out : null;
}

async function isShallow(cwd: string): Promise<boolean> {
  const r = await git(cwd, ['rev-parse', '--is-shallow-repository']);
  return r.out === 'true';
}

export interface ResolvedBase {
  sha: string;
  /** how it was found, for the log and the comment */
  how: string;
  /** commits fetched to get it, if any */
  fetched: boolean;
}

/**
 * `base-ref` given: that commit (a sha, branch or tag), fetched from origin (depth 1) when missing.
 * Otherwise on a pull request: the merge base of the PR's head and base commits, deepening a shallow clone
 * (50, 200, 1000 commits) until git finds it. Throws BaseRefError saying what to set.
 */
export async function resolveBase(
  cwd: string,
  opts: { baseRef: string | null; pr: { baseRef: string; baseSha: string; headSha: string } | null },
): Promise<ResolvedBase> {
  if (opts.baseRef !== null) {
    const ref = opts.baseRef;
    if (ref.startsWith('-')) throw new BaseRefError(`input 'base-ref' must be a commit, branch or tag, got '${ref}'`);
    const local = (await commitOf(cwd, ref)) ?? (await commitOf(cwd, `origin/${ref}`));
    if (local) return { sha: local, how: `base-ref ${ref}`, fetched: false };
    const f = await git(cwd, ['fetch', '--no-tags', '--depth=1', 'origin', ref]);
    const fetched = f.ok ? await commitOf(cwd, 'FETCH_HEAD') : null;
    if (!fetched) {
      throw new BaseRefError(
        `input 'base-ref': '${ref}' is not a commit of this clone and fetching it from origin failed (${f.err || 'unknown error'}); ` +
          `check the name, or ${FETCH_DEPTH_HINT}`,
      );
    }
    return { sha: fetched, how: `base-ref ${ref} (fetched)`, fetched: true };
  }
  if (!opts.pr) {
    throw new BaseRefError(
      "input 'base-ref' is required with mode 'ab' outside pull requests (a commit, branch or tag to compare against, e.g. 'main' or a sha); " +
        'on a pull request it defaults to the merge base of the head and the base branch',
    );
  }
  const { baseSha, headSha, baseRef } = opts.pr;
  let fetched = false;
  const mergeBase = async () => {
    const r = await git(cwd, ['merge-base', headSha, baseSha]);
    return r.ok && /^[0-9a-f]{40,64}$/.test(r.out) ? r.out : null;
  };
  // the two ends first (a depth-1 checkout of the merge commit has neither as its own commit)
  for (const sha of [headSha, baseSha]) {
    if (!(await commitOf(cwd, sha))) {
      const f = await git(cwd, ['fetch', '--no-tags', '--depth=1', 'origin', sha]);
      if (!f.ok) throw new BaseRefError(`cannot fetch commit ${sha} of the pull request from origin (${f.err || 'unknown error'}); ${FETCH_DEPTH_HINT}`);
      fetched = true;
    }
  }
  let mb = await mergeBase();
  for (const depth of [50, 200, 1000]) {
    if (mb || !(await isShallow(cwd))) break;
    const f = await git(cwd, ['fetch', '--no-tags', `--deepen=${depth}`, 'origin', headSha, baseSha]);
    if (!f.ok) break;
    fetched = true;
    mb = await mergeBase();
  }
  if (!mb) {
    throw new BaseRefError(
      `cannot find the merge base of the pull request's head ${headSha.slice(0, 12)} and ${baseRef} (${baseSha.slice(0, 12)}) in this clone; ` +
        `${FETCH_DEPTH_HINT}, or set input 'base-ref'`,
    );
  }
  return { sha: mb, how: `merge base of the head and ${baseRef}`, fetched };
}

/** Checks `sha` out as a detached worktree under `tempDir`; returns its path and how to remove it. */
export async function addBaseWorktree(cwd: string, sha: string, tempDir: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = join(tempDir, `joulecheck-base-${sha.slice(0, 12)}-${process.pid}`);
  const r = await git(cwd, ['worktree', 'add', '--force', '--detach', dir, sha]);
  if (!r.ok) throw new BaseRefError(`cannot check out the base ${sha.slice(0, 12)} as a worktree in ${tempDir}: ${r.err}`);
  return {
    dir,
    remove: async () => {
      await git(cwd, ['worktree', 'remove', '--force', dir]);
    },
  };
}

/** The top of the git working tree containing `cwd`, or null outside one. */
export async function workTreeTop(cwd: string): Promise<string | null> {
  const r = await git(cwd, ['rev-parse', '--show-toplevel']);
  return r.ok && r.out ? r.out : null;
}
