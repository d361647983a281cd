// The reporting session: where this step runs (event context), the token and the one octokit, and the
// deadline of the reporting phase. Every GitHub call is bounded through an AbortSignal (github/deadline.ts):
// octokit requests by the wrapper in github/octokit.ts, artifact transfers by `transferSignal` below.
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import type { ActionInputs } from './inputs.ts';
import { readEventContext, type EventContext } from '../github/event.ts';
import { makeOctokit, type Octokit } from '../github/octokit.ts';
import { afterMs } from '../github/deadline.ts';
import { describeError } from '../github/errors.ts';

const envMs = (name: string, d: number) => {
  const n = Number(process.env[name]);
  return Number.isFinite(n) && n > 0 ? n : d;
};

/** Budgets, ms; environment overrides exist for tests and slow GitHub Enterprise servers. */
export const limits = {
  /** the whole reporting phase (API calls, downloads); the upload gets its own budget after it */
  report: () => envMs('JOULECHECK_REPORT_TIMEOUT_MS', 120_000),
  upload: () => envMs('JOULECHECK_UPLOAD_TIMEOUT_MS', 120_000),
  /** one HTTP request of the REST API (one attempt; retries get their own) */
  request: () => envMs('JOULECHECK_REQUEST_TIMEOUT_MS', 20_000),
  /** one artifact lookup, listing or download */
  transfer: () => envMs('JOULECHECK_DOWNLOAD_TIMEOUT_MS', 45_000),
};

const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;

export interface Session {
  ctx: EventContext;
  inputs: ActionInputs;
  token: string | null;
  octokit: Octokit | null;
  /** fires when the reporting phase is over its budget: every call still running is abandoned */
  deadline: AbortSignal;
}

export const warn = (what: string, err: unknown) => core.warning(`joulecheck: ${what}: ${describeError(err)}`);

/** The event payload (GITHUB_EVENT_PATH); {} when there is none, or, with a warning, when it cannot be read. */
export function readEvent(): unknown {
  const p = process.env.GITHUB_EVENT_PATH;
  if (!p) return {};
  try {
    return JSON.parse(readFileSync(p, 'utf8'));
  } catch {
    core.warning(`joulecheck: cannot read the event payload at GITHUB_EVENT_PATH (${p})`);
    return {};
  }
}

export function openSession(inputs: ActionInputs): Session {
  const token = inputs.githubToken && inputs.githubToken.trim() !== '' ? inputs.githubToken.trim() : null;
  if (token) core.setSecret(token);
  const ctx = readEventContext(process.env, readEvent());
  const budget = limits.report();
  const deadline = afterMs(budget, `reporting deadline reached (after ${seconds(budget)})`);
  const octokit = token
    ? makeOctokit({
        token,
        baseUrl: ctx.apiUrl,
        requestTimeoutMs: limits.request(),
        deadline,
        retries: 2,
        maxRateLimitWaitS: 30,
        log: (m) => core.info(`joulecheck: ${m}`),
      })
    : null;
  return { ctx, inputs, token, octokit, deadline };
}

/** The signal of one artifact lookup, listing or download: its own budget, and the session's deadline. */
export function transferSignal(s: Session): AbortSignal {
  const ms = limits.transfer();
  return AbortSignal.any([afterMs(ms, `did not finish within ${seconds(ms)}`), s.deadline]);
}

/** The upload's signal: its own budget, after the reporting phase (the raw logs must get out). */
export function uploadSignal(): AbortSignal {
  const ms = limits.upload();
  return afterMs(ms, `did not finish within ${seconds(ms)}`);
}

/**
 * A library call abandoned at its deadline may leave sockets or retry timers behind; the runner waits for
 * the process to exit. This unref'd timer only fires when something else still holds the process alive.
 */
function ensureExit(): void {
  setTimeout(() => process.exit(), 2_000).unref();
}

/** Runs one reporting entry point in a session, and always arms the exit guard afterwards. */
export async function inSession(inputs: ActionInputs, work: (s: Session) => Promise<void>): Promise<void> {
  const s = openSession(inputs);
  try {
    await work(s);
  } finally {
    ensureExit();
  }
}
