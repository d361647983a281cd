// @actions/artifact through the adapter in src/github/artifacts.ts, against a local results service
// (Twirp) + Azurite (real blob storage) + the local REST server (findBy): upload, then find and download
// from "another run", then list this run's artifacts. Runs in a child process (env before import).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { startEnv, WRITE_TOKEN, type Env } from '../e2e/harness.ts';
import { runtimeToken } from '../servers/results-service.ts';
import { writeOutDir } from '../e2e/fixtures.ts';
import { writeZip } from '../servers/zip-writer.ts';

let env: Env;
beforeAll(async () => {
  env = await startEnv();
}, 30_000);
afterAll(async () => env?.stop());

interface Op {
  mode: 'upload' | 'download-other' | 'list-run';
  args: Record<string, unknown>;
  /** the run whose runtime token the operation uses */
  runId: number;
}

/** Runs the operations in ONE child process (importing @actions/artifact unbundled takes seconds). */
function child(ops: Op[]): Promise<Record<string, unknown>[]> {
  const list = ops.map((o) => ({ mode: o.mode, args: o.args, runtimeToken: runtimeToken(`run-${o.runId}`, 'job-1') }));
  return new Promise((res, rej) => {
    const p = spawn(process.execPath, [resolve('test/github/artifact-child.ts'), JSON.stringify(list)], {
      env: {
        PATH: process.env.PATH ?? '',
        ACTIONS_RESULTS_URL: env.results.url,
        GITHUB_API_URL: env.rest.url,
        GITHUB_REPOSITORY: env.world.fullName,
        GITHUB_WORKSPACE: process.cwd(),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    p.stdout.on('data', (c) => (out += c));
    p.stderr.on('data', (c) => (err += c));
    p.on('error', rej);
    p.on('close', () => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (!line) return rej(new Error(`no result: ${out.slice(-2000)} ${err.slice(-2000)}`));
      res(JSON.parse(line.slice(7)));
    });
  });
}

describe('artifacts: upload -> findBy download round trip', () => {
  it('uploads summaries and logs, then another run finds, downloads and validates them', async () => {
    const run = env.world.addRun({ headSha: 'a'.repeat(40) });
    const out = writeOutDir([100, 200, 300], { label: 'train' });
    const other = env.world.addRun({ headSha: 'b'.repeat(40), event: 'pull_request' });
    const findBy = { token: WRITE_TOKEN, workflowRunId: run.id, repositoryOwner: env.world.owner, repositoryName: env.world.repo };
    const [up, down, list] = await child([
      { mode: 'upload', args: { name: 'joulecheck-train-train', files: [...out.summaryPaths, ...out.logs], root: out.outDir, retentionDays: 7 }, runId: run.id },
      { mode: 'download-other', args: { name: 'joulecheck-train-train', findBy }, runId: other.id },
      { mode: 'list-run', args: {}, runId: run.id },
    ]);
    expect(up!.error).toBeUndefined();
    const rec = env.world.artifacts.find((a) => a.runId === run.id)!;
    expect(up!.id).toBe(rec.id);
    expect(rec.expiresAt).toMatch(/^\d{4}-/); // retention-days reached the service
    const create = env.results.requests.find((r) => r.method === 'CreateArtifact')!.body as Record<string, unknown>;
    expect(create.name).toBe('joulecheck-train-train');

    expect(down!.error).toBeUndefined();
    expect(down!.summaries).toEqual([
      { label: 'train', repeat: 1, energy: 100 },
      { label: 'train', repeat: 2, energy: 200 },
      { label: 'train', repeat: 3, energy: 300 },
    ]);
    expect(down!.problems).toEqual([]);
    // the download went through the REST API (302 to the blob), as findBy does on GitHub
    expect(env.rest.requests.some((r) => r.url.startsWith(`/repos/octo/ml/actions/artifacts/${rec.id}/zip`) && r.status === 302)).toBe(true);

    expect((list!.list as { name: string }[]).map((a) => a.name)).toEqual(['joulecheck-train-train']);
    expect(list!.summaries).toBe(3);
  });

  it('a missing artifact is "not found", an expired one is an error, an oversized one is refused before download', async () => {
    const run = env.world.addRun({ headSha: 'c'.repeat(40) });
    const findBy = { token: WRITE_TOKEN, workflowRunId: run.id, repositoryOwner: env.world.owner, repositoryName: env.world.repo };
    const big = await env.world.putArtifactZip(run.id, 'joulecheck-big', writeZip([{ name: 'a.summary.json', data: 'x'.repeat(5000) }]));
    const old = await env.world.putArtifactZip(run.id, 'joulecheck-old', writeZip([{ name: 'a.summary.json', data: '{}' }]));
    old.expired = true;
    const [none, r, e] = await child([
      { mode: 'download-other', args: { name: 'joulecheck-none', findBy }, runId: 1 },
      { mode: 'download-other', args: { name: 'joulecheck-big', findBy, maxBytes: 1000 }, runId: 1 },
      { mode: 'download-other', args: { name: 'joulecheck-old', findBy }, runId: 1 },
    ]);
    expect(none).toEqual({ found: null });
    expect(r!.error).toMatch(/ArtifactTooLargeError: artifact joulecheck-big is \d+ bytes, over the 1000-byte limit/);
    expect(env.rest.requests.some((q) => q.url.includes(`/artifacts/${big.id}/zip`))).toBe(false);
    expect(e!.error).toMatch(/HttpError: Artifact has expired/);
  });
});
