// Adapter: the one octokit every GitHub call goes through. @actions/github's client (proxy-aware fetch,
// REST methods, pagination) plus the retry and throttling plugins; GITHUB_API_URL honoured at call time
// (GHES); every request bounded by a per-request timeout and by the reporting deadline.
import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { bounded } from './deadline.ts';

export type Octokit = ReturnType<typeof getOctokit>;

export interface OctokitSettings {
  token: string;
  baseUrl: string;
  /** a single request (one attempt) is aborted after this long */
  requestTimeoutMs: number;
  /** all requests are aborted when this signal fires (the reporting deadline) */
  deadline: AbortSignal;
  /** retries of 5xx and network errors (backoff 1 s, 4 s, 9 s ...) */
  retries: number;
  /** longest rate-limit wait accepted before giving up, seconds */
  maxRateLimitWaitS: number;
  log: (msg: string) => void;
}

type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export function makeOctokit(s: OctokitSettings): Octokit {
  const base = ((defaults.request as { fetch?: FetchLike } | undefined)?.fetch ?? globalThis.fetch) as FetchLike;
  const boundedFetch: FetchLike = (input, init) => {
    const signals = [AbortSignal.timeout(s.requestTimeoutMs), s.deadline];
    if (init?.signal) signals.push(init.signal);
    return base(input, { ...init, signal: AbortSignal.any(signals) });
  };
  const onLimit = (kind: string) => (retryAfter: number, options: { method?: string; url?: string }, _o: unknown, retryCount: number) => {
    const ok = retryCount < 1 && retryAfter <= s.maxRateLimitWaitS && !s.deadline.aborted;
    s.log(`GitHub ${kind} rate limit on ${options.method ?? ''} ${options.url ?? ''}: ${ok ? `retrying after ${retryAfter} s` : `not waiting ${retryAfter} s`}`);
    return ok;
  };
  const octokit = getOctokit(
    s.token,
    {
      baseUrl: s.baseUrl,
      // retries go in `retry` only: a `request.retries` would make plugin-retry retry every error (4xx too)
      request: { fetch: boundedFetch },
      retry: { retries: s.retries },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
      log: { debug: () => {}, info: () => {}, warn: (m: string) => s.log(m), error: (m: string) => s.log(m) },
    } as Parameters<typeof getOctokit>[1],
    retry,
    throttling,
  );
  // Outermost wrapper (added last): a request, with all its retries and rate-limit waits, ends when the
  // reporting deadline fires (deadline.ts); a retry backoff cannot outlive it.
  octokit.hook.wrap('request', (request, options) =>
    bounded(s.deadline, `${options.method ?? ''} ${String(options.url ?? '')}`.trim(), async () => request(options)),
  );
  return octokit;
}
