// End to end: the bundled action (dist/main.js) in `mode: ab`, run as the runner runs it, in a depth-1
// clone of a real git repository (a bare "origin" on disk) whose merge base must be fetched, with real
// metered runs, against the local GitHub REST server, results service and Azurite: one sticky comment
// saying what ran, the outputs, the artifact with both sides' files and the comparison.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../../src/github/zip.ts';
import { tempDir } from './fixtures.ts';
import { type Env, runStep, startEnv } from './harness.ts';

let env: Env;
beforeAll(async () => {
  env = await startEnv();
}, 60_000);
afterAll(async () => {
  await env?.stop();
});

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const work = (n: number) => `i=0; while [ $i -lt ${n} ]; do i=$((i+1)); done\n`;

/** origin with main (work(baseN)) and a feature branch off it (work(headN)); main moved on after the branch. */
function origin(baseN: number, headN: number) {
  const root = tempDir('jc-ab-e2e-');
  const w = join(root, 'work');
  execFileSync('git', ['init', '-q', '-b', 'main', w]);
  writeFileSync(join(w, 'work.sh'), work(baseN));
  git(w, 'add', 'work.sh');
  git(w, 'commit', '-qm', 'base');
  const mergeBase = git(w, 'rev-parse', 'HEAD');
  git(w, 'checkout', '-qb', 'feature');
  writeFileSync(join(w, 'work.sh'), work(headN));
  git(w, 'commit', '-qam', 'more work', '--allow-empty');
  const headSha = git(w, 'rev-parse', 'HEAD');
  git(w, 'checkout', '-q', 'main');
  writeFileSync(join(w, 'README'), 'later on main\n');
  git(w, 'add', 'README');
  git(w, 'commit', '-qm', 'main moves on');
  const mainTip = git(w, 'rev-parse', 'HEAD');
  const bare = join(root, 'origin.git');
  git(root, 'clone', '-q', '--bare', w, bare);
  // actions/checkout's default: depth 1
  const workspace = join(root, 'workspace');
  git(root, 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${bare}`, workspace);
  return { workspace, mergeBase, headSha, mainTip };
}

describe('mode ab end to end', () => {
  it('a pull request: merge base fetched into the shallow clone, A/B run, one sticky comment with the pair table, artifact with both sides', async () => {
    // head does 3x the work. In the parallel group beside the rest of the suite: the verdict is on the
    // active energy, which the other files' load does not move (the attributed energy it did, by -23 %)
    const o = origin(200_000, 600_000);
    env.world.pulls.push({ number: 41, title: 'More work', baseRef: 'main', baseSha: o.mainTip, headRef: 'feature', headSha: o.headSha, headRepo: env.world.fullName });
    const run = env.world.addRun({ headSha: o.headSha, event: 'pull_request', headBranch: 'feature' });
    const r = await runStep(env, {
      entry: 'main',
      event: 'pull_request',
      payload: {
        action: 'synchronize',
        number: 41,
        pull_request: {
          number: 41,
          title: 'More work',
          base: { ref: 'main', sha: o.mainTip, repo: { full_name: env.world.fullName } },
          head: { ref: 'feature', sha: o.headSha, repo: { full_name: env.world.fullName } },
        },
        repository: { full_name: env.world.fullName, default_branch: 'main', name: env.world.repo, owner: { login: env.world.owner } },
      },
      sha: o.headSha,
      ref: 'refs/pull/41/merge',
      runId: run.id,
      cwd: o.workspace,
      env: { RUNNER_NAME: 'e2e-runner', RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' },
      inputs: { mode: 'ab', run: 'sh work.sh', pairs: '4', warmup: '1', 'carbon-intensity': '300', 'nvidia-smi': 'none', 'powercap-root': '/nonexistent' },
      timeoutMs: 150_000,
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(`A/B base ${o.mergeBase} (merge base of the head and main)`);
    const comments = env.world.comments.filter((c) => c.issue === 41 && c.body.startsWith('<!-- joulecheck:sticky:'));
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body).toContain('same-job A/B, 4 pairs, ABBA, on e2e-runner (Linux X64)');
    expect(body).toContain('| Pair | Order | Base active energy | Head active energy | Head / base | Other load, CPU % (B / H) |');
    expect(body).toMatch(/The verdict is on the \*\*active energy\*\*/);
    expect(body).toContain(o.mergeBase.slice(0, 12));
    expect(body).toContain(o.headSha.slice(0, 12));
    expect(['regression', 'inconclusive']).toContain(r.outputs.verdict);
    // on failure, the comment's pair table says which runs were off
    expect(Number(r.outputs['energy-change-pct']), body).toBeGreaterThan(0);
    expect(r.outputs['comment-url']).toContain('#issuecomment-');
    expect(r.summary).toContain('same-job A/B, 4 pairs, ABBA');
    // the artifact: every run of both sides (warm-ups included) and the comparison
    const a = env.world.artifacts.find((x) => x.runId === run.id);
    expect(a?.name).toBe('joulecheck-train');
    const res = await fetch(env.world.sasUrl(a!.blob, 'r'));
    const names = readZip(Buffer.from(await res.arrayBuffer())).map((e) => e.name).sort();
    for (const side of ['base', 'head']) for (let n = 1; n <= 5; n++) expect(names).toContain(`${side}/run-${n}.summary.json`);
    expect(names).toContain('base/run-1.log.ndjson');
    // the base worktree is gone again
    expect(git(o.workspace, 'worktree', 'list').split('\n')).toHaveLength(1);
  }, 180_000);

  it('outside a pull request without base-ref: the step fails saying base-ref is required', async () => {
    const o = origin(100, 100);
    const run = env.world.addRun({ headSha: o.headSha, event: 'push', headBranch: 'feature' });
    const r = await runStep(env, {
      entry: 'main',
      event: 'push',
      payload: { ref: 'refs/heads/feature', repository: { full_name: env.world.fullName, default_branch: 'main' } },
      sha: o.headSha,
      ref: 'refs/heads/feature',
      runId: run.id,
      cwd: o.workspace,
      inputs: { mode: 'ab', run: 'sh work.sh', 'carbon-intensity': '300', 'nvidia-smi': 'none' },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::input 'base-ref' is required with mode 'ab' outside pull requests/);
  }, 60_000);

  it('a bad base-ref: the step fails naming it and what to set', async () => {
    const o = origin(100, 100);
    const run = env.world.addRun({ headSha: o.headSha, event: 'push', headBranch: 'feature' });
    const r = await runStep(env, {
      entry: 'main',
      event: 'push',
      payload: { ref: 'refs/heads/feature', repository: { full_name: env.world.fullName, default_branch: 'main' } },
      sha: o.headSha,
      ref: 'refs/heads/feature',
      runId: run.id,
      cwd: o.workspace,
      inputs: { mode: 'ab', run: 'sh work.sh', 'base-ref': 'no-such-branch', 'carbon-intensity': '300', 'nvidia-smi': 'none' },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::input 'base-ref': 'no-such-branch' is not a commit of this clone .*fetch-depth: 0/);
  }, 60_000);
});
