// A stateful local GitHub REST server for the endpoints joulecheck uses (and the ones @actions/artifact's
// findBy uses): PRs, compare (merge-base), workflow runs, run artifacts, artifact zip (302 -> Azurite blob),
// issue comments with pagination and Link headers, git refs/trees/commits, contents. Responses carry the
// fields GitHub's OpenAPI description requires for them; every request is recorded so the contract test
// can check it against the description (Prism). Faults (status codes, delays) can be injected.
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { createHash } from 'node:crypto';
import { mayDo, type World, type CommentRec, type RunRec, type ArtifactRec, type PullRec, type Permission } from './world.ts';

export interface Recorded {
  method: string;
  /** path with query string */
  url: string;
  headers: Record<string, string>;
  body: string;
  status: number;
  /** what the server answered (for the contract check of responses) */
  response: { headers: Record<string, string>; body: string };
}

export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  times: number;
  delayMs?: number;
  headers?: Record<string, string>;
}

export interface GitHubRest {
  url: string;
  requests: Recorded[];
  faults: Fault[];
  stop(): Promise<void>;
}

const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');

export async function startGitHubRest(world: World, port = 0): Promise<GitHubRest> {
  const requests: Recorded[] = [];
  const faults: Fault[] = [];
  let base = '';
  const api = () => base;
  const web = 'https://github.com';

  const user = (login: string, type: string) => ({
    login, id: 41898282, node_id: 'MDM6Qm90NDE4OTgyODI=', avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4', gravatar_id: '',
    url: `${api()}/users/${encodeURIComponent(login)}`, html_url: `${web}/${encodeURIComponent(login)}`,
    followers_url: `${api()}/users/x/followers`, following_url: `${api()}/users/x/following{/other_user}`, gists_url: `${api()}/users/x/gists{/gist_id}`,
    starred_url: `${api()}/users/x/starred{/owner}{/repo}`, subscriptions_url: `${api()}/users/x/subscriptions`, organizations_url: `${api()}/users/x/orgs`,
    repos_url: `${api()}/users/x/repos`, events_url: `${api()}/users/x/events{/privacy}`, received_events_url: `${api()}/users/x/received_events`,
    type, site_admin: false,
  });
  const REPO_URLS = ['archive', 'assignees', 'blobs', 'branches', 'collaborators', 'comments', 'commits', 'compare', 'contents', 'contributors', 'deployments', 'downloads', 'events', 'forks', 'git_commits', 'git_refs', 'git_tags', 'hooks', 'issue_comment', 'issue_events', 'issues', 'keys', 'labels', 'languages', 'merges', 'milestones', 'notifications', 'pulls', 'releases', 'stargazers', 'statuses', 'subscribers', 'subscription', 'tags', 'teams', 'trees'];
  /** `minimal-repository` */
  const repoObj = (full: string) => {
    const [owner, name] = full.split('/');
    const urls = Object.fromEntries(REPO_URLS.map((k) => [`${k}_url`, `${api()}/repos/${full}/${k}`]));
    return {
      id: full === world.fullName ? world.repoId : 9999, node_id: 'R_x', name, full_name: full, private: false, owner: user(owner!, 'User'),
      html_url: `${web}/${full}`, description: null, fork: full !== world.fullName, url: `${api()}/repos/${full}`, ...urls,
    };
  };
  /** `repository` (the full one, in a pull request's head and base) */
  const fullRepoObj = (full: string) => ({
    ...repoObj(full), clone_url: `${web}/${full}.git`, default_branch: world.defaultBranch, forks: 0, forks_count: 0, git_url: `git://github.com/${full}.git`,
    has_downloads: true, has_issues: true, has_projects: false, has_wiki: false, has_pages: false, homepage: null, language: 'Python', archived: false, disabled: false,
    mirror_url: null, open_issues: 0, open_issues_count: 0, license: null, pushed_at: '2026-11-23T10:00:00Z', size: 100, ssh_url: `git@github.com:${full}.git`,
    stargazers_count: 0, svn_url: `${web}/${full}`, watchers: 0, watchers_count: 0, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-11-23T10:00:00Z',
  });
  const commentObj = (c: CommentRec) => ({
    id: c.id, node_id: `IC_${c.id}`, url: `${api()}/repos/${world.fullName}/issues/comments/${c.id}`,
    html_url: `${web}/${world.fullName}/pull/${c.issue}#issuecomment-${c.id}`, body: c.body, user: user(c.login, c.type),
    created_at: c.createdAt, updated_at: c.updatedAt, issue_url: `${api()}/repos/${world.fullName}/issues/${c.issue}`, author_association: 'NONE',
  });
  const runObj = (r: RunRec) => ({
    id: r.id, name: 'train', node_id: `WFR_${r.id}`, check_suite_id: r.id, check_suite_node_id: 'CS_x', head_branch: r.headBranch, head_sha: r.headSha,
    path: `.github/workflows/${r.workflowFile}`, display_title: 'train', run_number: r.id, run_attempt: 1, event: r.event, status: r.status, conclusion: r.conclusion,
    workflow_id: r.workflowId, url: `${api()}/repos/${world.fullName}/actions/runs/${r.id}`, html_url: `${web}/${world.fullName}/actions/runs/${r.id}`,
    pull_requests: [], created_at: r.createdAt, updated_at: r.createdAt, run_started_at: r.createdAt, actor: user('octocat', 'User'), triggering_actor: user('octocat', 'User'),
    jobs_url: `${api()}/x`, logs_url: `${api()}/x`, check_suite_url: `${api()}/x`, artifacts_url: `${api()}/repos/${world.fullName}/actions/runs/${r.id}/artifacts`,
    cancel_url: `${api()}/x`, rerun_url: `${api()}/x`, previous_attempt_url: null, workflow_url: `${api()}/x`,
    head_commit: { id: r.headSha, tree_id: sha1(`tree${r.headSha}`), message: 'm', timestamp: r.createdAt, author: { name: 'a', email: 'a@example.com' }, committer: { name: 'a', email: 'a@example.com' } },
    repository: repoObj(world.fullName), head_repository: repoObj(r.headRepo),
  });
  const artifactObj = (a: ArtifactRec) => {
    const run = world.runs.find((r) => r.id === a.runId);
    return {
      id: a.id, node_id: `MDg6QXJ0aWZhY3Qx${a.id}`, name: a.name, size_in_bytes: a.size, url: `${api()}/repos/${world.fullName}/actions/artifacts/${a.id}`,
      archive_download_url: `${api()}/repos/${world.fullName}/actions/artifacts/${a.id}/zip`, expired: a.expired, created_at: a.createdAt, expires_at: a.expiresAt ?? '2027-02-21T12:00:00Z',
      updated_at: a.createdAt, ...(a.digest ? { digest: a.digest } : {}),
      workflow_run: run
        ? { id: run.id, repository_id: world.repoId, head_repository_id: world.repoId, head_branch: run.headBranch, head_sha: run.headSha }
        : null,
    };
  };
  const pullObj = (p: PullRec) => {
    const u = `${api()}/repos/${world.fullName}/pulls/${p.number}`;
    const iu = `${api()}/repos/${world.fullName}/issues/${p.number}`;
    return {
      url: u, id: p.number * 10, node_id: `PR_${p.number}`, html_url: `${web}/${world.fullName}/pull/${p.number}`, diff_url: `${web}/${world.fullName}/pull/${p.number}.diff`,
      patch_url: `${web}/${world.fullName}/pull/${p.number}.patch`, issue_url: iu, commits_url: `${u}/commits`, review_comments_url: `${u}/comments`,
      review_comment_url: `${api()}/repos/${world.fullName}/pulls/comments{/number}`, comments_url: `${iu}/comments`, statuses_url: `${api()}/repos/${world.fullName}/statuses/${p.headSha}`,
      number: p.number, state: 'open', locked: false, title: p.title, user: user('contributor', 'User'), body: null, labels: [], milestone: null, assignee: null,
      created_at: '2026-11-23T10:00:00Z', updated_at: '2026-11-23T10:00:00Z', closed_at: null, merged_at: null, merge_commit_sha: null,
      head: { label: `x:${p.headRef}`, ref: p.headRef, sha: p.headSha, user: user('contributor', 'User'), repo: fullRepoObj(p.headRepo) },
      base: { label: `${world.owner}:${p.baseRef}`, ref: p.baseRef, sha: p.baseSha, user: user(world.owner, 'User'), repo: fullRepoObj(world.fullName) },
      _links: Object.fromEntries(['comments', 'commits', 'statuses', 'html', 'issue', 'review_comments', 'review_comment', 'self'].map((k) => [k, { href: `${u}/${k}` }])),
      author_association: 'CONTRIBUTOR', auto_merge: null, draft: false, merged: false, mergeable: null, mergeable_state: 'unknown', merged_by: null, maintainer_can_modify: false,
      comments: 0, review_comments: 0, commits: 1, additions: 1, deletions: 0, changed_files: 1,
    };
  };

  function route(req: IncomingMessage, url: URL, body: string): { status: number; json?: unknown; headers?: Record<string, string> } {
    const m = req.method ?? 'GET';
    // GitHub Enterprise Server serves the same API under /api/v3
    const p = url.pathname.replace(/^\/api\/v3(?=\/)/, '');
    const q = url.searchParams;
    const auth = req.headers.authorization ?? '';
    const token = auth.replace(/^(token|bearer)\s+/i, '');
    const who = world.tokens.get(token);
    if (!who) return { status: 401, json: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' } };
    const denied = { status: 403, json: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } };
    // GitHub's answer when a permission is missing: 403 naming the accepted permission sets
    const lacks = (accepted: Permission[], level: 'read' | 'write') =>
      mayDo(who, accepted, level) ? null : { status: 403, json: denied.json, headers: { 'x-accepted-github-permissions': accepted.map((p) => `${p}=${level}`).join('; ') } };
    const invalid = (field: string) => ({ status: 422, json: { message: 'Invalid request.', errors: [`For 'properties/${field}', ${JSON.stringify(data[field] ?? null)} is not a string.`], documentation_url: 'https://docs.github.com/rest' } });
    const tooLong = {
      status: 422,
      json: { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }], documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment' },
    };
    const notFound = { status: 404, json: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
    const rp = `/repos/${world.owner}/${world.repo}`;
    if (!p.startsWith(rp + '/')) return notFound;
    // clients (and proxies) may or may not percent-encode '/' inside a parameter (contents path, git ref)
    const sub = decodeURIComponent(p.slice(rp.length));
    const data = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    let mm: RegExpExecArray | null;

    if (m === 'GET' && (mm = /^\/pulls\/(\d+)$/.exec(sub))) {
      const pr = world.pulls.find((x) => x.number === Number(mm![1]));
      return pr ? { status: 200, json: pullObj(pr) } : notFound;
    }
    if (m === 'GET' && (mm = /^\/compare\/(.+)$/.exec(sub))) {
      const mb = world.mergeBases.get(decodeURIComponent(mm[1]!));
      if (!mb) return notFound;
      const commit = (sha: string) => ({ url: `${api()}/c/${sha}`, sha, node_id: 'C_x', html_url: `${web}/c/${sha}`, comments_url: `${api()}/c`, commit: { url: `${api()}/c`, author: null, committer: null, message: 'm', comment_count: 0, tree: { sha: sha1(sha), url: `${api()}/t` } }, author: null, committer: null, parents: [] });
      return { status: 200, json: { url: `${api()}${p}`, html_url: `${web}${p}`, permalink_url: `${web}${p}`, diff_url: `${web}${p}.diff`, patch_url: `${web}${p}.patch`, base_commit: commit(mb), merge_base_commit: commit(mb), status: 'ahead', ahead_by: 1, behind_by: 0, total_commits: 1, commits: [] } };
    }
    if (m === 'GET' && sub === '/actions/artifacts') {
      const no = lacks(['actions'], 'read');
      if (no) return no;
      const list = world.artifacts.filter((a) => a.finalized);
      const per = Math.min(100, Number(q.get('per_page') ?? 30));
      return { status: 200, json: { total_count: list.length, artifacts: list.slice(0, per).map(artifactObj) } };
    }
    if (m === 'GET' && (mm = /^\/actions\/workflows\/([^/]+)\/runs$/.exec(sub))) {
      const no = lacks(['actions'], 'read');
      if (no) return no;
      const wf = decodeURIComponent(mm[1]!);
      let runs = world.runs.filter((r) => r.workflowFile === wf || String(r.workflowId) === wf);
      if (q.get('branch')) runs = runs.filter((r) => r.headBranch === q.get('branch'));
      if (q.get('status') === 'success') runs = runs.filter((r) => r.conclusion === 'success');
      runs.sort((a, b) => b.id - a.id);
      const per = Math.min(100, Number(q.get('per_page') ?? 30));
      return { status: 200, json: { total_count: runs.length, workflow_runs: runs.slice(0, per).map(runObj) } };
    }
    if (m === 'GET' && (mm = /^\/actions\/runs\/(\d+)\/artifacts$/.exec(sub))) {
      let list = world.artifacts.filter((a) => a.runId === Number(mm![1]) && a.finalized);
      if (q.get('name')) list = list.filter((a) => a.name === q.get('name'));
      const per = Math.min(100, Number(q.get('per_page') ?? 30));
      const page = Math.max(1, Number(q.get('page') ?? 1));
      return { status: 200, json: { total_count: list.length, artifacts: list.slice((page - 1) * per, page * per).map(artifactObj) } };
    }
    if (m === 'GET' && (mm = /^\/actions\/artifacts\/(\d+)\/zip$/.exec(sub))) {
      const a = world.artifacts.find((x) => x.id === Number(mm![1]));
      if (!a) return notFound;
      if (a.expired) return { status: 410, json: { message: 'Artifact has expired', documentation_url: 'https://docs.github.com/rest' } };
      return { status: 302, headers: { location: world.sasUrl(a.blob, 'r') } };
    }
    if (m === 'GET' && (mm = /^\/issues\/(\d+)\/comments$/.exec(sub))) {
      const issue = Number(mm[1]);
      const all = world.comments.filter((c) => c.issue === issue).sort((a, b) => a.id - b.id);
      const per = Math.min(100, Math.max(1, Number(q.get('per_page') ?? 30)));
      const page = Math.max(1, Number(q.get('page') ?? 1));
      const last = Math.max(1, Math.ceil(all.length / per));
      const link = (n: number, rel: string) => `<${api()}${p}?per_page=${per}&page=${n}>; rel="${rel}"`;
      const links = [];
      if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
      if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
      return { status: 200, json: all.slice((page - 1) * per, page * per).map(commentObj), headers: links.length ? { link: links.join(', ') } : {} };
    }
    if (m === 'POST' && (mm = /^\/issues\/(\d+)\/comments$/.exec(sub))) {
      const no = lacks(['issues', 'pull_requests'], 'write');
      if (no) return no;
      if (typeof data.body !== 'string') return invalid('body');
      if (data.body.length > 65536) return tooLong;
      const at = world.now();
      const c: CommentRec = { id: world.id(), issue: Number(mm[1]), body: String(data.body), login: who.login, type: who.type, createdAt: at, updatedAt: at };
      world.comments.push(c);
      return { status: 201, json: commentObj(c), headers: { location: commentObj(c).url } };
    }
    if (m === 'PATCH' && (mm = /^\/issues\/comments\/(\d+)$/.exec(sub))) {
      if (!who.write) return denied;
      const c = world.comments.find((x) => x.id === Number(mm![1]));
      if (!c) return notFound;
      if (c.login !== who.login) return denied;
      c.body = String(data.body);
      c.updatedAt = world.now();
      return { status: 200, json: commentObj(c) };
    }
    if (m === 'GET' && (mm = /^\/git\/ref\/heads\/(.+)$/.exec(sub))) {
      const sha = world.refs.get(decodeURIComponent(mm[1]!));
      return sha ? { status: 200, json: { ref: `refs/heads/${mm[1]}`, node_id: 'REF_x', url: `${api()}${p}`, object: { type: 'commit', sha, url: `${api()}/c/${sha}` } } } : notFound;
    }
    if (m === 'POST' && sub === '/git/trees') {
      if (!who.write) return denied;
      const sha = sha1(body);
      return { status: 201, json: { sha, url: `${api()}/t/${sha}`, truncated: false, tree: [] } };
    }
    if (m === 'POST' && sub === '/git/commits') {
      if (!who.write) return denied;
      const sha = sha1(`c${body}`);
      const person = { name: 'github-actions', email: 'a@example.com', date: world.now() };
      return { status: 201, json: { sha, node_id: 'C_x', url: `${api()}/c/${sha}`, html_url: `${web}/c/${sha}`, author: person, committer: person, message: String(data.message), tree: { sha: String(data.tree), url: `${api()}/t` }, parents: [], verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null } } };
    }
    if (m === 'POST' && sub === '/git/refs') {
      const no = lacks(['contents'], 'write');
      if (no) return no;
      if (typeof data.ref !== 'string') return invalid('ref');
      if (typeof data.sha !== 'string') return invalid('sha');
      if (/^0{40}$/.test(data.sha)) return { status: 422, json: { message: 'Object does not exist', documentation_url: 'https://docs.github.com/rest/git/refs#create-a-reference' } };
      const ref = String(data.ref);
      const branch = ref.replace(/^refs\/heads\//, '');
      if (world.refs.has(branch)) return { status: 422, json: { message: 'Reference already exists', documentation_url: 'https://docs.github.com/rest' } };
      world.refs.set(branch, String(data.sha));
      world.files.set(branch, new Map());
      return { status: 201, json: { ref, node_id: 'REF_x', url: `${api()}/r`, object: { type: 'commit', sha: String(data.sha), url: `${api()}/c` } } };
    }
    if ((mm = /^\/contents\/(.+)$/.exec(sub))) {
      const path = decodeURIComponent(mm[1]!);
      const branch = m === 'GET' ? (q.get('ref') ?? world.defaultBranch) : String(data.branch ?? world.defaultBranch);
      const files = world.files.get(branch);
      if (!files) return m === 'GET' ? notFound : { status: 404, json: { message: `Branch ${branch} not found`, documentation_url: 'https://docs.github.com/rest' } };
      const f = files.get(path);
      const fileObj = (f2: { content: string; sha: string }) => ({ type: 'file', encoding: 'base64', size: Buffer.byteLength(f2.content), name: path.split('/').pop(), path, content: Buffer.from(f2.content).toString('base64'), sha: f2.sha, url: `${api()}${p}?ref=${branch}`, git_url: `${api()}${rp}/git/blobs/${f2.sha}`, html_url: `${web}/${world.fullName}/blob/${branch}/${path}`, download_url: `https://raw.githubusercontent.com/${world.fullName}/${branch}/${path}`, _links: { self: `${api()}${p}?ref=${branch}`, git: `${api()}${rp}/git/blobs/${f2.sha}`, html: `${web}/${world.fullName}/blob/${branch}/${path}` } });
      if (m === 'GET') return f ? { status: 200, json: fileObj(f) } : notFound;
      if (m === 'PUT') {
        if (!who.write) return denied;
        if (f && data.sha !== f.sha) return { status: 409, json: { message: `${path} does not match ${String(data.sha)}`, documentation_url: 'https://docs.github.com/rest' } };
        if (!f && data.sha) return { status: 422, json: { message: 'sha wasn\'t supplied correctly', documentation_url: 'https://docs.github.com/rest' } };
        const content = Buffer.from(String(data.content), 'base64').toString('utf8');
        const nf = { content, sha: sha1(`blob ${content}`) };
        files.set(path, nf);
        const commitSha = sha1(`commit ${world.now()} ${path}`);
        world.refs.set(branch, commitSha);
        const person = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com', date: world.now() };
        const { content: _c, encoding: _e, ...fileMeta } = fileObj(nf);
        return { status: f ? 200 : 201, json: { content: fileMeta, commit: { sha: commitSha, node_id: 'C_x', url: `${api()}${rp}/git/commits/${commitSha}`, html_url: `${web}/${world.fullName}/commit/${commitSha}`, author: person, committer: person, message: String(data.message), tree: { sha: sha1(commitSha), url: `${api()}${rp}/git/trees/x` }, parents: [], verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null } } } };
      }
    }
    return notFound;
  }

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', async () => {
      const url = new URL(req.url ?? '/', base);
      const rec: Recorded = { method: req.method ?? 'GET', url: `${url.pathname}${url.search}`, headers: {}, body, status: 0, response: { headers: {}, body: '' } };
      for (const h of ['accept', 'content-type', 'authorization', 'user-agent']) if (req.headers[h]) rec.headers[h] = String(req.headers[h]);
      requests.push(rec);
      const fault = faults.find((f) => f.times > 0 && f.method === rec.method && f.path.test(url.pathname));
      let out: { status: number; json?: unknown; headers?: Record<string, string> };
      if (fault) {
        fault.times--;
        if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
        out = { status: fault.status, json: { message: `injected ${fault.status}`, documentation_url: 'https://docs.github.com/rest' }, headers: fault.headers };
      } else {
        try {
          out = route(req, url, body);
        } catch (err) {
          out = { status: 400, json: { message: `bad request: ${String(err)}` } };
        }
      }
      rec.status = out.status;
      const headers = { 'content-type': 'application/json; charset=utf-8', 'x-github-request-id': `LOCAL:${requests.length}`, ...(out.headers ?? {}) };
      const text = out.json === undefined ? '' : JSON.stringify(out.json);
      rec.response = { headers, body: text };
      if (res.destroyed) return;
      res.writeHead(out.status, headers);
      res.end(text);
    });
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  const addr = server.address();
  base = `http://127.0.0.1:${addr && typeof addr === 'object' ? addr.port : 0}`;
  return {
    url: base,
    requests,
    faults,
    stop: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
