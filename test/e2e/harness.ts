// Runs the bundled action (dist/main.js, dist/post.js) as the runner does: a node process per step with
// INPUT_* variables, GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY files, GITHUB_EVENT_PATH, the
// results-service runtime token, STATE_* for the post step. All servers are local (127.0.0.1).
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { World } from '../servers/world.ts';
import { startAzurite, type Azurite } from '../servers/azurite.ts';
import { startResultsService, runtimeToken, type ResultsService } from '../servers/results-service.ts';
import { startGitHubRest, type GitHubRest } from '../servers/github-rest.ts';
import { tempDir, removeTempDirs } from './fixtures.ts';

export const WRITE_TOKEN = 'ghs_writetoken000000000000000000000000';
export const READ_TOKEN = 'ghs_readonlytoken0000000000000000000000';

export interface Env {
  world: World;
  azurite: Azurite;
  results: ResultsService;
  rest: GitHubRest;
  stop(): Promise<void>;
}

export async function startEnv(): Promise<Env> {
  const world = new World();
  const azurite = await startAzurite();
  let results: ResultsService;
  let rest: GitHubRest;
  try {
    results = await startResultsService(world, azurite.url);
    rest = await startGitHubRest(world);
  } catch (err) {
    await azurite.stop(); // never leave a server behind when the setup fails half way
    throw err;
  }
  return {
    world,
    azurite,
    results,
    rest,
    async stop() {
      await Promise.allSettled([rest.stop(), results.stop()]);
      await azurite.stop();
      removeTempDirs();
    },
  };
}

export interface StepOptions {
  entry: 'main' | 'post';
  inputs: Record<string, string>;
  event: string;
  payload: unknown;
  runId: number;
  job?: string;
  sha: string;
  ref: string;
  token?: string;
  state?: Record<string, string>;
  env?: Record<string, string>;
  timeoutMs?: number;
  /** working directory of the step (the workspace); default a fresh temporary one */
  cwd?: string;
}

export interface StepResult {
  /** output lines that contain a token outside of `::add-mask::` (must stay empty) */
  tokenLeaks: string[];
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** what the step saved with core.saveState (the runner hands it to post as STATE_*) */
  state: Record<string, string>;
  summary: string;
  ms: number;
}

export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const val: string[] = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) val.push(lines[i]!);
      out[m[1]!] = val.join('\n');
    } else if (lines[i]!.includes('=')) {
      const k = lines[i]!.slice(0, lines[i]!.indexOf('='));
      out[k] = lines[i]!.slice(k.length + 1);
    }
  }
  return out;
}

/** every step run in this process (for the no-token-printed check) */
export const allSteps: { entry: string; event: string; tokenLeaks: string[] }[] = [];

export function runStep(env: Env, o: StepOptions): Promise<StepResult> {
  const dir = tempDir('jc-step-');
  const cwd = o.cwd ?? dir;
  const files = { output: join(dir, 'output'), state: join(dir, 'state'), summary: join(dir, 'summary.md'), event: join(dir, 'event.json') };
  for (const f of [files.output, files.state, files.summary]) writeFileSync(f, '');
  writeFileSync(files.event, JSON.stringify(o.payload));
  const job = o.job ?? 'train';
  const childEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: cwd,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_REPOSITORY: env.world.fullName,
    GITHUB_REPOSITORY_OWNER: env.world.owner,
    GITHUB_RUN_ID: String(o.runId),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: job,
    GITHUB_SHA: o.sha,
    GITHUB_REF: o.ref,
    GITHUB_EVENT_NAME: o.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_WORKFLOW: 'train',
    GITHUB_WORKFLOW_REF: `${env.world.fullName}/.github/workflows/train.yml@${o.ref}`,
    GITHUB_API_URL: env.rest.url,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    ACTIONS_RESULTS_URL: env.results.url,
    ACTIONS_RUNTIME_TOKEN: runtimeToken(`run-${o.runId}`, `job-${job}`),
    JOULECHECK_REQUEST_TIMEOUT_MS: '5000',
    ...(o.env ?? {}),
  };
  const inputs: Record<string, string> = { 'github-token': o.token ?? WRITE_TOKEN, ...o.inputs };
  for (const [k, v] of Object.entries(inputs)) childEnv[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  for (const [k, v] of Object.entries(o.state ?? {})) childEnv[`STATE_${k}`] = v;
  const t0 = Date.now();
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [resolve(`dist/${o.entry}.js`)], { env: childEnv, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 60_000);
    child.on('error', rej);
    child.on('close', (code) => {
      clearTimeout(timer);
      const secrets = [inputs['github-token']!, WRITE_TOKEN, READ_TOKEN].filter((t) => t.length > 8);
      const tokenLeaks = (stdout + '\n' + stderr).split('\n').filter((l) => !l.startsWith('::add-mask::') && secrets.some((t) => l.includes(t)));
      allSteps.push({ entry: o.entry, event: o.event, tokenLeaks });
      res({
        tokenLeaks,
        code,
        stdout,
        stderr,
        outputs: parseCommandFile(readFileSync(files.output, 'utf8')),
        state: parseCommandFile(readFileSync(files.state, 'utf8')),
        summary: existsSync(files.summary) ? readFileSync(files.summary, 'utf8') : '',
        ms: Date.now() - t0,
      });
    });
  });
}

/** lines the action printed as ::warning:: */
export const warnings = (r: StepResult) => r.stdout.split('\n').filter((l) => l.startsWith('::warning'));
