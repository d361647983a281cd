// Turns a failure of a GitHub call into one line a user can act on. Pure: looks at `status`, `message`,
// `name` duck-typed (octokit's RequestError, @actions/artifact errors, AbortError, plain Errors).

const HINTS: Record<number, string> = {
  401: 'the token is missing or invalid',
  403: 'the token lacks a permission (see the permissions table in the README) or this is a fork pull request with a read-only token',
  404: 'not found, or the token cannot see it (private repository, expired artifact, missing `actions: read`)',
  409: 'conflict (another job changed it at the same time)',
  410: 'gone (expired or deleted)',
  422: 'GitHub rejected the request as invalid',
  429: 'rate limited by GitHub',
};

export function statusOf(err: unknown): number | null {
  if (err && typeof err === 'object' && 'status' in err) {
    const s = (err as { status: unknown }).status;
    if (typeof s === 'number' && Number.isFinite(s)) return s;
  }
  return null;
}

export function describeError(err: unknown): string {
  const status = statusOf(err);
  const raw = err instanceof Error ? err.message : String(err);
  // Never echo anything token-like that a server might have reflected back.
  const message = raw
    .replace(/\b(gh[pousr]_[A-Za-z0-9_]{10,}|github_pat_[A-Za-z0-9_]{10,})\b/g, '***')
    .replace(/(authorization|token)(["':= ]+)[^\s"',]+/gi, '$1$2***')
    .split('\n')[0]!
    .slice(0, 300);
  const name = err instanceof Error ? err.name : '';
  if (name === 'TimeoutError' || name === 'AbortError' || /aborted|timed? ?out/i.test(message)) {
    return `timed out (${message})`;
  }
  if (status !== null) {
    const hint = status >= 500 ? 'GitHub had a server error; retried, still failing' : HINTS[status];
    return `HTTP ${status}${hint ? `: ${hint}` : ''} (${message})`;
  }
  return message;
}
