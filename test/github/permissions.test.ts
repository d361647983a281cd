// The token's permissions from GitHub's answers, against the local REST server: what a job's
// `permissions:` block allows, 403 with `x-accepted-github-permissions` for what it does not, and never a
// write (the write probes carry a body GitHub rejects after authorising the token).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOctokit } from '../../src/github/octokit.ts';
import { checkTokenPermissions, judgePermission, parseAcceptedPermissions, permissionsBlock, type PermissionTarget } from '../../src/github/permissions.ts';
import { startPrism } from '../e2e/prism.ts';
import { startGitHubRest, type GitHubRest } from '../servers/github-rest.ts';
import { World } from '../servers/world.ts';

let world: World;
let server: GitHubRest;
beforeAll(async () => {
  world = new World();
  world.pulls.push({ number: 7, title: 't', baseRef: 'main', baseSha: 'a', headRef: 'f', headSha: 'b', headRepo: world.fullName });
  world.tokens.set('ghs_finegrained_noactions0000000000000', { login: 'github-actions[bot]', type: 'Bot', write: false, permissions: { actions: 'none', contents: 'read', pull_requests: 'write' } });
  world.tokens.set('ghs_finegrained_all00000000000000000000', { login: 'github-actions[bot]', type: 'Bot', write: false, permissions: { actions: 'read', contents: 'write', pull_requests: 'write' } });
  server = await startGitHubRest(world);
});
afterAll(() => server.stop());

const kit = (token: string) =>
  makeOctokit({ token, baseUrl: server.url, requestTimeoutMs: 5000, deadline: new AbortController().signal, retries: 0, maxRateLimitWaitS: 1, log: () => {} });
const target = (over: Partial<PermissionTarget> = {}): PermissionTarget => ({
  repo: { owner: world.owner, repo: world.repo }, pr: 7, fromFork: false, needs: { baseline: true, comment: true, badge: true }, ...over,
});
const PERMS_FIX = '# in the workflow (or the job):\npermissions:\n  actions: read\n  contents: write\n  pull-requests: write';

async function probe(token: string, t = target()) {
  const before = { comments: world.comments.length, refs: new Map(world.refs) };
  const n = server.requests.length;
  const checks = await checkTokenPermissions(kit(token), t);
  // nothing written, whatever the token may do
  expect(world.comments.length).toBe(before.comments);
  expect(world.refs).toEqual(before.refs);
  return { checks: new Map(checks.map((c) => [c.id, c])), requests: server.requests.slice(n) };
}

describe('token permissions from the API answers', () => {
  it('a token with everything: each need ok, the writes answered 422 and nothing written', async () => {
    const { checks, requests } = await probe('ghs_finegrained_all00000000000000000000');
    expect([...checks.values()].map((c) => [c.id, c.status])).toEqual([
      ['github.actions-read', 'ok'],
      ['github.pull-requests-write', 'ok'],
      ['github.contents-write', 'ok'],
    ]);
    expect(checks.get('github.pull-requests-write')!.detail).toContain('GitHub answered 422 to an invalid request, nothing written');
    expect(requests.map((r) => `${r.method} ${r.url.split('?')[0]} ${r.status}`).sort()).toEqual([
      'GET /repos/octo/ml/actions/artifacts 200',
      'POST /repos/octo/ml/git/refs 422',
      'POST /repos/octo/ml/issues/7/comments 422',
    ]);
  });

  it('a read-only token: actions read ok, the two writes 403 with the accepted permissions and the permissions block as fix', async () => {
    const { checks, requests } = await probe('ghs_readonlytoken0000000000000000000000');
    expect(checks.get('github.actions-read')!.status).toBe('ok');
    const c = checks.get('github.pull-requests-write')!;
    expect(c.status).toBe('fail');
    expect(c.detail).toBe('the token may not post the PR comment: 403; GitHub accepts issues: write or pull_requests: write');
    expect(c.fix).toBe(PERMS_FIX);
    const b = checks.get('github.contents-write')!;
    expect(b.detail).toBe('the token may not push the badge branch: 403; GitHub accepts contents: write');
    expect(b.fix).toBe(PERMS_FIX);
    expect(requests.filter((r) => r.status === 403).map((r) => r.response.headers['x-accepted-github-permissions']).sort()).toEqual(['contents=write', 'issues=write; pull_requests=write']);
  });

  it('a permissions block without actions: read: the baseline check fails and says what GitHub accepts', async () => {
    const { checks } = await probe('ghs_finegrained_noactions0000000000000', target({ needs: { baseline: true, comment: true, badge: false } }));
    const a = checks.get('github.actions-read')!;
    expect(a.status).toBe('fail');
    expect(a.detail).toBe("the token may not download the base branch runs' artifacts (the baseline): 403; GitHub accepts actions: read");
    expect(a.fix).toBe('# in the workflow (or the job):\npermissions:\n  actions: read\n  contents: read\n  pull-requests: write');
    expect(checks.get('github.pull-requests-write')!.status).toBe('ok');
    expect(checks.has('github.contents-write')).toBe(false);
  });

  it('a bad token: 401 and how to pass the job token', async () => {
    const { checks } = await probe('ghs_nosuchtoken000000000000000000000000', target({ needs: { baseline: true, comment: false, badge: false } }));
    expect(checks.get('github.actions-read')).toMatchObject({ status: 'fail', fix: '# pass the job\'s token to the action:\nwith:\n  github-token: ${{ github.token }}' });
  });

  it('a fork pull request: the write fix is the workflow_run route, not a permissions block', async () => {
    const { checks } = await probe('ghs_readonlytoken0000000000000000000000', target({ fromFork: true, needs: { baseline: false, comment: true, badge: false } }));
    const c = checks.get('github.pull-requests-write')!;
    expect(c.detail).toContain('(fork pull request: read-only token)');
    expect(c.fix).toContain('workflow_run workflow with mode: comment');
  });

  it('outside a pull request the comment write is not probed', async () => {
    const { checks, requests } = await probe('ghs_readonlytoken0000000000000000000000', target({ pr: null, needs: { baseline: false, comment: true, badge: false } }));
    expect(checks.get('github.pull-requests-write')!.status).toBe('ok');
    expect(requests).toHaveLength(0);
  });

  it('an unreachable API is a warning, not a verdict', () => {
    const c = judgePermission('baseline', { status: null, accepted: null, error: 'timed out (fetch failed)' }, target());
    expect(c.status).toBe('warn');
    expect(c.fix).toContain('permissions:\n  actions: read');
  });

  it('parses the header: sets by semicolon, permissions by comma', () => {
    expect(parseAcceptedPermissions('issues=write; pull_requests=write')).toEqual([{ issues: 'write' }, { pull_requests: 'write' }]);
    expect(parseAcceptedPermissions('contents=read, metadata=read')).toEqual([{ contents: 'read', metadata: 'read' }]);
    expect(parseAcceptedPermissions(null)).toEqual([]);
    expect(permissionsBlock({ baseline: true, comment: false, badge: false })).toBe('permissions:\n  actions: read\n  contents: read');
  });
});

describe('contract: the probes conform to GitHub\'s OpenAPI description (Prism as a validating proxy)', () => {
  it('the requests are valid ones (only their content is refused), and so are the answers', async () => {
    const prism = await startPrism();
    try {
      const n = server.requests.length;
      await checkTokenPermissions(kit('ghs_finegrained_all00000000000000000000'), target());
      await checkTokenPermissions(kit('ghs_readonlytoken0000000000000000000000'), target({ needs: { baseline: false, comment: true, badge: false } }));
      const recorded = server.requests.slice(n);
      expect(recorded.map((r) => r.status).sort()).toEqual([200, 403, 422, 422]);
      const bad: string[] = [];
      for (const req of recorded) {
        const res = await prism.check(req);
        if (res.violations.includes('"Error"') || res.violations.includes('NO_PATH_MATCHED') || res.status === 500 || res.status !== req.status)
          bad.push(`${req.method} ${req.url} -> ${res.status} ${res.violations.slice(0, 400)}`);
      }
      expect(bad).toEqual([]);
    } finally {
      await prism.stop();
    }
  }, 150_000);
});
