// The base of an A/B in the action, with real git: a bare "origin" repository, shallow clones of it as
// actions/checkout makes them (depth 1), the base fetched when missing, clear errors otherwise.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addBaseWorktree, BaseRefError, resolveBase } from '../../src/github/base-checkout.ts';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'protocol.file.allow=always', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** origin: main with 3 commits; a branch `feature` off main's 2nd commit with 2 commits of its own. */
function origin(): { root: string; url: string; mergeBase: string; mainTip: string; featureTip: string } {
  const root = mkdtempSync(join(tmpdir(), 'jc-base-'));
  const work = join(root, 'work');
  execFileSync('git', ['init', '-q', '-b', 'main', work]);
  const commit = (msg: string) => {
    writeFileSync(join(work, 'f.txt'), msg);
    git(work, 'add', 'f.txt');
    git(work, 'commit', '-qm', msg);
    return git(work, 'rev-parse', 'HEAD');
  };
  commit('m1');
  const mergeBase = commit('m2');
  git(work, 'checkout', '-qb', 'feature');
  commit('f1');
  const featureTip = commit('f2');
  git(work, 'checkout', '-q', 'main');
  const mainTip = commit('m3');
  const bare = join(root, 'origin.git');
  git(root, 'clone', '-q', '--bare', work, bare);
  return { root, url: `file://${bare}`, mergeBase, mainTip, featureTip };
}

function shallowClone(o: { root: string; url: string }, branch: string): string {
  const dir = mkdtempSync(join(o.root, 'clone-'));
  git(o.root, 'clone', '-q', '--depth=1', '--branch', branch, o.url, dir);
  return dir;
}

describe('resolveBase', () => {
  it("a pull request in a depth-1 clone: fetches what it needs and finds the merge base", async () => {
    const o = origin();
    const clone = shallowClone(o, 'feature');
    expect(() => git(clone, 'cat-file', '-e', `${o.mergeBase}^{commit}`)).toThrow();
    const r = await resolveBase(clone, { baseRef: null, pr: { baseRef: 'main', baseSha: o.mainTip, headSha: o.featureTip } });
    expect(r.sha).toBe(o.mergeBase);
    expect(r.fetched).toBe(true);
    expect(r.how).toBe('merge base of the head and main');
  });

  it('base-ref missing from a shallow clone: fetches that one commit', async () => {
    const o = origin();
    const clone = shallowClone(o, 'feature');
    const r = await resolveBase(clone, { baseRef: 'main', pr: null });
    expect(r).toMatchObject({ sha: o.mainTip, fetched: true });
    expect(git(clone, 'rev-parse', '--is-shallow-repository')).toBe('true');
  });

  it('base-ref present: no fetch; a sha works too', async () => {
    const o = origin();
    const clone = shallowClone(o, 'feature');
    expect(await resolveBase(clone, { baseRef: o.featureTip, pr: null })).toMatchObject({ sha: o.featureTip, fetched: false });
  });

  it('a bad base-ref: an error naming the input, saying what to check or set', async () => {
    const o = origin();
    const clone = shallowClone(o, 'feature');
    const err = await resolveBase(clone, { baseRef: 'no-such-branch', pr: null }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BaseRefError);
    expect((err as Error).message).toMatch(/^input 'base-ref': 'no-such-branch' is not a commit of this clone and fetching it from origin failed .*set 'fetch-depth: 0' on actions\/checkout/);
    await expect(resolveBase(clone, { baseRef: '--upload-pack=x', pr: null })).rejects.toThrow(/input 'base-ref' must be a commit, branch or tag/);
  });

  it('outside a pull request without base-ref: required, said plainly', async () => {
    const o = origin();
    await expect(resolveBase(shallowClone(o, 'main'), { baseRef: null, pr: null })).rejects.toThrow(/input 'base-ref' is required with mode 'ab' outside pull requests/);
  });

  it('no way to fetch (origin gone): says to set fetch-depth: 0', async () => {
    const o = origin();
    const clone = shallowClone(o, 'feature');
    git(clone, 'remote', 'set-url', 'origin', join(o.root, 'gone.git'));
    await expect(resolveBase(clone, { baseRef: null, pr: { baseRef: 'main', baseSha: o.mainTip, headSha: o.featureTip } })).rejects.toThrow(
      /set 'fetch-depth: 0' on actions\/checkout/,
    );
  });
});

describe('addBaseWorktree', () => {
  it('checks the base out beside the workspace and removes it again', async () => {
    const o = origin();
    const clone = shallowClone(o, 'feature');
    const r = await resolveBase(clone, { baseRef: 'main', pr: null });
    const tmp = mkdtempSync(join(o.root, 'runner-temp-'));
    const wt = await addBaseWorktree(clone, r.sha, tmp);
    expect(wt.dir.startsWith(tmp)).toBe(true);
    expect(readFileSync(join(wt.dir, 'f.txt'), 'utf8')).toBe('m3');
    expect(readFileSync(join(clone, 'f.txt'), 'utf8')).toBe('f2');
    await wt.remove();
    expect(existsSync(wt.dir)).toBe(false);
  });
});
