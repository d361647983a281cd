// The octokit adapter against the local REST server: GHES base URL, retries of 5xx, no retry of 4xx,
// per-request timeout, the reporting deadline, comment pagination across pages, badge branch + files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { World } from '../servers/world.ts';
import { startGitHubRest, type GitHubRest } from '../servers/github-rest.ts';
import { makeOctokit } from '../../src/github/octokit.ts';
import * as rest from '../../src/github/rest.ts';
import { findSticky } from '../../src/github/sticky.ts';
import { describeError } from '../../src/github/errors.ts';

const TOKEN = 'ghs_writetoken000000000000000000000000';
let world: World;
let server: GitHubRest;
beforeAll(async () => {
  world = new World();
  server = await startGitHubRest(world);
});
afterAll(async () => server?.stop());

const kit = (o: { timeout?: number; deadline?: AbortSignal; token?: string } = {}) =>
  makeOctokit({ token: o.token ?? TOKEN, baseUrl: `${server.url}/api/v3`, requestTimeoutMs: o.timeout ?? 5000, deadline: o.deadline ?? new AbortController().signal, retries: 2, maxRateLimitWaitS: 5, log: () => {} });
const repo = () => ({ owner: world.owner, repo: world.repo });

describe('octokit adapter', () => {
  it('honours a GHES base URL and sends the token', async () => {
    world.pulls.push({ number: 1, title: 't', baseRef: 'main', baseSha: 'a', headRef: 'f', headSha: 'b', headRepo: world.fullName });
    const n = server.requests.length;
    expect((await rest.getPull(kit(), repo(), 1)).baseRef).toBe('main');
    expect(server.requests[n]!.url).toBe('/api/v3/repos/octo/ml/pulls/1');
    expect(server.requests[n]!.headers.authorization).toBe(`token ${TOKEN}`);
  });

  it('retries a 5xx and succeeds; does not retry a 404', async () => {
    server.faults.push({ method: 'GET', path: /\/pulls\/1$/, status: 502, times: 1 });
    const n = server.requests.length;
    expect((await rest.getPull(kit(), repo(), 1)).number).toBe(1);
    expect(server.requests.length - n).toBe(2);
    const m = server.requests.length;
    const err = await rest.getPull(kit(), repo(), 404).catch((e) => e);
    expect(describeError(err)).toMatch(/^HTTP 404/);
    expect(server.requests.length - m).toBe(1);
  });

  it('a hanging request is cut by the per-request timeout, and the deadline cuts everything', async () => {
    server.faults.push({ method: 'GET', path: /\/pulls\/1$/, status: 200, times: 5, delayMs: 4000 });
    const t0 = Date.now();
    const noDeadline = new AbortController().signal;
    const quick = makeOctokit({
      token: TOKEN, baseUrl: server.url, requestTimeoutMs: 300, deadline: noDeadline, retries: 0, maxRateLimitWaitS: 1, log: () => {},
    });
    const err = await rest.getPull(quick, repo(), 1).catch((e) => e);
    expect(describeError(err)).toMatch(/timed out|aborted/i);
    expect(Date.now() - t0).toBeLessThan(3000);
    const ac = new AbortController();
    setTimeout(() => ac.abort(new DOMException('deadline', 'TimeoutError')), 200);
    const t1 = Date.now();
    const err2 = await rest.getPull(kit({ deadline: ac.signal, timeout: 10_000 }), repo(), 1).catch((e) => e);
    expect(err2).toBeInstanceOf(Error);
    expect(Date.now() - t1).toBeLessThan(3000);
    server.faults.length = 0;
  });

  it('finds the sticky comment on the last of several pages (Link headers)', async () => {
    for (let i = 0; i < 250; i++) world.comments.push({ id: world.id(), issue: 5, body: `c${i}`, login: 'u', type: 'User', createdAt: world.now(), updatedAt: world.now() });
    world.comments.push({ id: world.id(), issue: 5, body: '<!-- m -->\nours', login: 'github-actions[bot]', type: 'Bot', createdAt: world.now(), updatedAt: world.now() });
    const r = await rest.findComment(kit(), repo(), 5, (all) => findSticky(all, '<!-- m -->'));
    expect(r.pages).toBe(3);
    expect(r.scanned).toBe(251);
    expect(r.found?.body).toBe('<!-- m -->\nours');
  });

  it('badge branch: created once as an orphan, files created then updated, unchanged content not rewritten', async () => {
    expect(await rest.ensureOrphanBranch(kit(), repo(), 'jb', '# b')).toBe('created');
    expect(await rest.ensureOrphanBranch(kit(), repo(), 'jb', '# b')).toBe('exists');
    const commit = JSON.parse(server.requests.find((r) => r.url.endsWith('/git/commits'))!.body);
    expect(commit.parents).toEqual([]);
    expect(await rest.putFile(kit(), repo(), 'jb', 'joulecheck/t.svg', '<svg>1</svg>', 'm')).toBe('created');
    expect(await rest.putFile(kit(), repo(), 'jb', 'joulecheck/t.svg', '<svg>2</svg>', 'm')).toBe('updated');
    expect(await rest.putFile(kit(), repo(), 'jb', 'joulecheck/t.svg', '<svg>2</svg>', 'm')).toBe('unchanged');
    expect(world.files.get('jb')!.get('joulecheck/t.svg')!.content).toBe('<svg>2</svg>');
  }, 20_000);

  it('getFile: the text of a file on a branch, null for a missing file or branch', async () => {
    await rest.ensureOrphanBranch(kit(), repo(), 'jh', '# b');
    expect(await rest.getFile(kit(), repo(), 'jh', 'joulecheck/history/t.json')).toBeNull();
    expect(await rest.getFile(kit(), repo(), 'no-such-branch', 'joulecheck/history/t.json')).toBeNull();
    await rest.putFile(kit(), repo(), 'jh', 'joulecheck/history/t.json', '{"é": 1}\n', 'm');
    expect(await rest.getFile(kit(), repo(), 'jh', 'joulecheck/history/t.json')).toEqual({ text: '{"é": 1}\n', size: Buffer.byteLength('{"é": 1}\n') });
  }, 20_000);
});
