// Adapter: the REST calls of the reporting side (every one listed in the README's permissions table and
// checked against GitHub's OpenAPI description by test/e2e). Loops are bounded.
import type { Octokit } from './octokit.ts';
import type { RunLite } from './baseline.ts';
import type { CommentLite } from './sticky.ts';
import { statusOf } from './errors.ts';

export interface Repo {
  owner: string;
  repo: string;
}

/** most comments pages read (100 per page) when looking for the sticky comment */
export const MAX_COMMENT_PAGES = 50;

export async function getPull(o: Octokit, r: Repo, number: number) {
  const { data } = await o.rest.pulls.get({ ...r, pull_number: number });
  return {
    number: data.number,
    state: data.state,
    title: data.title,
    htmlUrl: data.html_url,
    baseRef: data.base.ref,
    baseSha: data.base.sha,
    headSha: data.head.sha,
    headRef: data.head.ref,
    headRepo: data.head.repo?.full_name ?? null,
  };
}

/** Merge-base of two commits, or null when GitHub cannot tell (404 for a deleted fork, ...). */
export async function mergeBase(o: Octokit, r: Repo, base: string, head: string): Promise<string | null> {
  const { data } = await o.rest.repos.compareCommitsWithBasehead({ ...r, basehead: `${base}...${head}`, per_page: 1, page: 1 });
  return data.merge_base_commit?.sha ?? null;
}

/** Completed successful runs of one workflow on a branch, newest first (one page of up to 100). */
export async function listBranchRuns(o: Octokit, r: Repo, workflow: string | number, branch: string, perPage: number): Promise<RunLite[]> {
  const { data } = await o.rest.actions.listWorkflowRuns({
    ...r,
    workflow_id: workflow,
    branch,
    status: 'success',
    exclude_pull_requests: true,
    per_page: Math.min(100, Math.max(1, perPage)),
  });
  return data.workflow_runs.map((w) => ({
    id: w.id,
    head_sha: w.head_sha,
    head_branch: w.head_branch ?? null,
    event: w.event,
    status: w.status ?? null,
    conclusion: w.conclusion ?? null,
    created_at: w.created_at,
    head_repository: w.head_repository?.full_name ?? null,
  }));
}

/** All comments of an issue/PR, every page (bounded), then `pick` chooses among them. */
export async function findComment<R>(
  o: Octokit,
  r: Repo,
  issue: number,
  pick: (all: CommentLite[]) => R,
): Promise<{ found: R; pages: number; scanned: number }> {
  const all: CommentLite[] = [];
  let pages = 0;
  for await (const page of o.paginate.iterator(o.rest.issues.listComments, { ...r, issue_number: issue, per_page: 100 })) {
    pages++;
    for (const c of page.data) {
      const user = c.user ? { login: c.user.login, type: c.user.type } : null;
      all.push({ id: c.id, body: c.body ?? null, html_url: c.html_url, user, created_at: c.created_at });
    }
    if (pages >= MAX_COMMENT_PAGES) break;
  }
  return { found: pick(all), pages, scanned: all.length };
}

export async function createComment(o: Octokit, r: Repo, issue: number, body: string): Promise<{ id: number; url: string }> {
  const { data } = await o.rest.issues.createComment({ ...r, issue_number: issue, body });
  return { id: data.id, url: data.html_url };
}

export async function updateComment(o: Octokit, r: Repo, id: number, body: string): Promise<{ id: number; url: string }> {
  const { data } = await o.rest.issues.updateComment({ ...r, comment_id: id, body });
  return { id: data.id, url: data.html_url };
}

/** Creates `branch` as an orphan branch holding one README (the badge branch), unless it exists. */
export async function ensureOrphanBranch(o: Octokit, r: Repo, branch: string, readme: string): Promise<'exists' | 'created'> {
  try {
    await o.rest.git.getRef({ ...r, ref: `heads/${branch}` });
    return 'exists';
  } catch (err) {
    if (statusOf(err) !== 404) throw err;
  }
  const tree = await o.rest.git.createTree({ ...r, tree: [{ path: 'README.md', mode: '100644', type: 'blob', content: readme }] });
  const commit = await o.rest.git.createCommit({ ...r, message: 'joulecheck: badge branch', tree: tree.data.sha, parents: [] });
  try {
    await o.rest.git.createRef({ ...r, ref: `refs/heads/${branch}`, sha: commit.data.sha });
  } catch (err) {
    if (statusOf(err) === 422) return 'exists'; // created meanwhile by another job
    throw err;
  }
  return 'created';
}

/** Writes one file on a branch through the contents API (create or update); one retry on a conflict. */
export async function putFile(o: Octokit, r: Repo, branch: string, path: string, content: string, message: string): Promise<'created' | 'updated' | 'unchanged'> {
  for (let attempt = 0; attempt < 2; attempt++) {
    let sha: string | undefined;
    try {
      const { data } = await o.rest.repos.getContent({ ...r, path, ref: branch });
      if (!Array.isArray(data) && data.type === 'file') {
        sha = data.sha;
        if ('content' in data && typeof data.content === 'string' && Buffer.from(data.content, 'base64').toString('utf8') === content) return 'unchanged';
      }
    } catch (err) {
      if (statusOf(err) !== 404) throw err;
    }
    try {
      await o.rest.repos.createOrUpdateFileContents({ ...r, path, branch, message, content: Buffer.from(content, 'utf8').toString('base64'), ...(sha ? { sha } : {}) });
      return sha ? 'updated' : 'created';
    } catch (err) {
      const s = statusOf(err);
      if ((s === 409 || s === 422) && attempt === 0) continue; // someone else wrote it meanwhile: re-read and retry once
      throw err;
    }
  }
  throw new Error('unreachable');
}

/**
 * Reads one file of a branch through the contents API: its text, or null when the file (or the branch)
 * does not exist. Files over 1 MB come without content (`encoding: none`): then `text` is null and
 * `size` says how big it is, so the caller can refuse it without another request.
 */
export async function getFile(o: Octokit, r: Repo, branch: string, path: string): Promise<{ text: string | null; size: number } | null> {
  try {
    const { data } = await o.rest.repos.getContent({ ...r, path, ref: branch });
    if (Array.isArray(data) || data.type !== 'file') throw new Error(`${path} on ${branch} is not a file`);
    const content = 'content' in data && typeof data.content === 'string' && data.encoding === 'base64' ? Buffer.from(data.content, 'base64').toString('utf8') : null;
    return { text: content, size: data.size };
  } catch (err) {
    if (statusOf(err) === 404) return null;
    throw err;
  }
}
