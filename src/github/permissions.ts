// What the token may do for the reporting side, found from GitHub's answers without writing anything:
// a read it needs is simply made (one item); a write it needs is sent as a request GitHub must refuse
// once it has authorised the token (a comment over GitHub's 65536-character limit, a branch pointing at
// the null object id): 422 (invalid) means the write would be allowed, 403 (with
// `x-accepted-github-permissions` naming what is accepted) means it would not. Both requests conform to
// GitHub's OpenAPI description; only their content is refused.
import { check, type DoctorCheck } from '../model/doctor.ts';
import { describeError, statusOf } from './errors.ts';
import type { Octokit } from './octokit.ts';
import type { Repo } from './rest.ts';

export interface PermissionNeeds {
  /** artifacts of base-branch runs: actions: read */
  baseline: boolean;
  /** the sticky PR comment: pull-requests: write */
  comment: boolean;
  /** the badge branch: contents: write */
  badge: boolean;
}

export interface PermissionTarget {
  repo: Repo;
  /** the pull request the comment goes to (the write probe needs one); null outside pull requests */
  pr: number | null;
  /** a fork pull request: its token is read-only whatever the workflow asks */
  fromFork: boolean;
  needs: PermissionNeeds;
}

/** What one probe got back. */
export interface ProbeAnswer {
  status: number | null;
  /** `x-accepted-github-permissions` of a 403 */
  accepted: string | null;
  /** describeError's line, for failures */
  error: string | null;
}

/** `actions=read` / `issues=write; pull_requests=write` -> the accepted sets, each `{permission: level}`. */
export function parseAcceptedPermissions(h: string | null | undefined): Array<Record<string, string>> {
  if (!h) return [];
  return h
    .split(';')
    .map((set) => Object.fromEntries(set.split(',').map((p) => p.trim().split('=').map((x) => x.trim())).filter((kv) => kv.length === 2 && kv[0] && kv[1])))
    .filter((s) => Object.keys(s).length > 0);
}

/** The `permissions:` block the job needs, in workflow YAML (listing any replaces the defaults: all are listed). */
export function permissionsBlock(needs: PermissionNeeds): string {
  return ['permissions:', `  actions: read`, `  contents: ${needs.badge ? 'write' : 'read'}`, ...(needs.comment ? ['  pull-requests: write'] : [])].join('\n');
}

const FORK_FIX =
  '# a fork pull request gets a read-only token whatever the workflow asks: let the fork run upload its\n# artifact, and post the comment from a workflow_run workflow with mode: comment (see the README)';

type Need = 'baseline' | 'comment' | 'badge';
const WANTS: Record<Need, { id: string; perm: string; level: 'read' | 'write'; what: string }> = {
  baseline: { id: 'github.actions-read', perm: 'actions', level: 'read', what: "download the base branch runs' artifacts (the baseline)" },
  comment: { id: 'github.pull-requests-write', perm: 'pull-requests', level: 'write', what: 'post the PR comment' },
  badge: { id: 'github.contents-write', perm: 'contents', level: 'write', what: 'push the badge branch' },
};

/** The check for one need from its probe's answer. Pure. */
export function judgePermission(need: Need, a: ProbeAnswer, t: PermissionTarget): DoctorCheck {
  const w = WANTS[need];
  const fix = t.fromFork && w.level === 'write' ? FORK_FIX : `# in the workflow (or the job):\n${permissionsBlock(t.needs)}`;
  const allowed = w.level === 'read' ? a.status !== null && a.status >= 200 && a.status < 300 : a.status === 422 || (a.status !== null && a.status >= 200 && a.status < 300);
  if (allowed) return check(w.id, 'github', 'ok', `the token may ${w.what} (${w.perm}: ${w.level}; GitHub answered ${a.status}${w.level === 'write' ? ' to an invalid request, nothing written' : ''})`);
  if (a.status === 403) {
    const sets = parseAcceptedPermissions(a.accepted);
    const accepted = sets.length > 0 ? `; GitHub accepts ${sets.map((s) => Object.entries(s).map(([k, v]) => `${k}: ${v}`).join(' + ')).join(' or ')}` : '';
    return check(w.id, 'github', 'fail', `the token may not ${w.what}: 403${accepted}${t.fromFork ? ' (fork pull request: read-only token)' : ''}`, fix);
  }
  if (a.status === 401) return check(w.id, 'github', 'fail', `the token is missing or invalid (401); joulecheck cannot ${w.what}`, `# pass the job's token to the action:\nwith:\n  github-token: \${{ github.token }}`);
  if (a.status === 404)
    return check(w.id, 'github', 'fail', `GitHub answered 404: the token cannot see the repository or the pull request, so joulecheck cannot ${w.what}`, fix);
  return check(w.id, 'github', 'warn', `could not find out whether the token may ${w.what}: ${a.error ?? `HTTP ${a.status}`}`, `# if reporting fails later with 403, add:\n${permissionsBlock(t.needs)}`);
}

async function ask(run: () => Promise<unknown>): Promise<ProbeAnswer> {
  try {
    const r = (await run()) as { status: number };
    return { status: r.status, accepted: null, error: null };
  } catch (err) {
    const headers = (err as { response?: { headers?: Record<string, string | undefined> } }).response?.headers ?? {};
    return { status: statusOf(err), accepted: headers['x-accepted-github-permissions'] ?? null, error: describeError(err) };
  }
}

/** GitHub refuses comment bodies longer than this (422 "Body is too long"). */
export const MAX_COMMENT_CHARS = 65536;
const TOO_LONG_COMMENT = 'joulecheck permission probe: never posted, longer than GitHub accepts. '.padEnd(MAX_COMMENT_CHARS + 1, '.');
/** git's null object id: no ref can point at it (422 "Object does not exist"). */
export const NULL_SHA = '0'.repeat(40);
const PROBE_REF = 'refs/heads/joulecheck-permission-probe';

/** One probe per need (in parallel); no write is performed. */
export async function checkTokenPermissions(o: Octokit, t: PermissionTarget): Promise<DoctorCheck[]> {
  const { owner, repo } = t.repo;
  const jobs: Array<Promise<DoctorCheck>> = [];
  if (t.needs.baseline) jobs.push(ask(() => o.request('GET /repos/{owner}/{repo}/actions/artifacts', { owner, repo, per_page: 1 })).then((a) => judgePermission('baseline', a, t)));
  if (t.needs.comment) {
    if (t.pr === null) jobs.push(Promise.resolve(check(WANTS.comment.id, 'github', 'ok', 'not a pull request: no comment is posted, pull-requests: write is not needed here')));
    else
      jobs.push(
        ask(() => o.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: t.pr!, body: TOO_LONG_COMMENT })).then((a) => judgePermission('comment', a, t)),
      );
  }
  if (t.needs.badge) jobs.push(ask(() => o.request('POST /repos/{owner}/{repo}/git/refs', { owner, repo, ref: PROBE_REF, sha: NULL_SHA })).then((a) => judgePermission('badge', a, t)));
  return Promise.all(jobs);
}
