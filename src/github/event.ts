// Where this step runs, read from the documented runner environment and the event payload. Pure: the
// caller passes `process.env` and the parsed GITHUB_EVENT_PATH file. Payload fields are validated with
// zod and everything else is ignored, so a strange payload cannot crash the reporting side.
import { z } from 'zod';

export interface PullRequestInfo {
  number: number;
  title: string;
  htmlUrl: string | null;
  baseRef: string;
  baseSha: string;
  headRef: string;
  headSha: string;
  /** `owner/name` of the head repository; null when the fork was deleted */
  headRepo: string | null;
  /** true when the head repository is not this repository (fork pull request) */
  fromFork: boolean;
}

export interface WorkflowRunInfo {
  id: number;
  workflowId: number | null;
  path: string | null;
  event: string;
  headSha: string;
  headBranch: string | null;
  headRepo: string | null;
  conclusion: string | null;
  pullRequests: number[];
}

export interface EventContext {
  eventName: string;
  owner: string;
  repo: string;
  runId: number;
  runAttempt: number;
  job: string;
  sha: string;
  ref: string;
  /** file name of the workflow from GITHUB_WORKFLOW_REF, e.g. `train.yml` */
  workflowFile: string | null;
  apiUrl: string;
  serverUrl: string;
  defaultBranch: string | null;
  pr: PullRequestInfo | null;
  workflowRun: WorkflowRunInfo | null;
}

const Repo = z.object({ full_name: z.string() }).passthrough();
const PullPayload = z
  .object({
    number: z.number().int().positive(),
    title: z.string().default(''),
    html_url: z.string().optional(),
    base: z.object({ ref: z.string(), sha: z.string(), repo: Repo.nullish() }).passthrough(),
    head: z.object({ ref: z.string(), sha: z.string(), repo: Repo.nullish() }).passthrough(),
  })
  .passthrough();
const WorkflowRunPayload = z
  .object({
    id: z.number().int().positive(),
    workflow_id: z.number().int().nullish(),
    path: z.string().nullish(),
    event: z.string(),
    head_sha: z.string(),
    head_branch: z.string().nullish(),
    conclusion: z.string().nullish(),
    head_repository: Repo.nullish(),
    pull_requests: z.array(z.object({ number: z.number().int().positive() }).passthrough()).default([]),
  })
  .passthrough();
const Payload = z
  .object({
    pull_request: PullPayload.optional(),
    workflow_run: WorkflowRunPayload.optional(),
    repository: z.object({ default_branch: z.string().optional(), full_name: z.string().optional() }).passthrough().optional(),
  })
  .passthrough();

export class EventContextError extends Error {
  override name = 'EventContextError';
}

/** `owner/repo/.github/workflows/train.yml@refs/heads/main` -> `train.yml` */
export function workflowFileFromRef(ref: string | undefined): string | null {
  if (!ref) return null;
  const path = ref.split('@')[0] ?? '';
  const m = /\/\.github\/workflows\/([^/]+\.ya?ml)$/.exec(path);
  return m ? m[1]! : null;
}

export function readEventContext(env: Record<string, string | undefined>, payload: unknown): EventContext {
  const full = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo] = full.split('/');
  if (!owner || !repo) throw new EventContextError('GITHUB_REPOSITORY is not set (expected owner/repo)');
  const parsed = Payload.safeParse(payload ?? {});
  const p = parsed.success ? parsed.data : {};
  const pr = p.pull_request
    ? {
        number: p.pull_request.number,
        title: p.pull_request.title,
        htmlUrl: p.pull_request.html_url ?? null,
        baseRef: p.pull_request.base.ref,
        baseSha: p.pull_request.base.sha,
        headRef: p.pull_request.head.ref,
        headSha: p.pull_request.head.sha,
        headRepo: p.pull_request.head.repo?.full_name ?? null,
        fromFork: (p.pull_request.head.repo?.full_name ?? '') !== full,
      }
    : null;
  const wr = p.workflow_run
    ? {
        id: p.workflow_run.id,
        workflowId: p.workflow_run.workflow_id ?? null,
        path: p.workflow_run.path ?? null,
        event: p.workflow_run.event,
        headSha: p.workflow_run.head_sha,
        headBranch: p.workflow_run.head_branch ?? null,
        headRepo: p.workflow_run.head_repository?.full_name ?? null,
        conclusion: p.workflow_run.conclusion ?? null,
        pullRequests: p.workflow_run.pull_requests.map((x) => x.number),
      }
    : null;
  const int = (s: string | undefined, d: number) => {
    const n = Number.parseInt(s ?? '', 10);
    return Number.isFinite(n) ? n : d;
  };
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    owner,
    repo,
    runId: int(env.GITHUB_RUN_ID, 0),
    runAttempt: int(env.GITHUB_RUN_ATTEMPT, 1),
    job: env.GITHUB_JOB || 'job',
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    workflowFile: workflowFileFromRef(env.GITHUB_WORKFLOW_REF),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    defaultBranch: p.repository?.default_branch ?? null,
    pr,
    workflowRun: wr,
  };
}

/** True on a push to the repository's default branch (where the badge is published). */
/** The events whose runs report on a pull request (and never stand for the base branch). */
export function isPullRequestEvent(eventName: string): boolean {
  return eventName === 'pull_request' || eventName === 'pull_request_target';
}

export function isDefaultBranchPush(ctx: EventContext): boolean {
  return ctx.eventName === 'push' && ctx.defaultBranch !== null && ctx.ref === `refs/heads/${ctx.defaultBranch}`;
}
