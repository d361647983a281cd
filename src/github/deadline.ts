// One way to bound a GitHub call: an AbortSignal. A call gets the signal of its own budget, of the
// reporting deadline, or both (AbortSignal.any). The octokit wrapper hands it to fetch and ends a request
// with its retries when it fires; clients that take no signal (@actions/artifact) are raced against it
// with `bounded`. A raced call may go on in the background: the action's exit guard ends the process.

export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

/** A signal that fires after `ms`, its reason saying `why` ("did not finish within 45 s"). */
export function afterMs(ms: number, why: string): AbortSignal {
  const c = new AbortController();
  // unref'd: a budget never keeps the process alive by itself
  setTimeout(() => c.abort(new TimeoutError(why)), ms).unref();
  return c.signal;
}

/** `work()` unless `signal` fires first; then a TimeoutError "<what>: <why the signal fired>". */
export function bounded<T>(signal: AbortSignal, what: string, work: () => Promise<T>): Promise<T> {
  const fail = () => new TimeoutError(`${what}: ${signal.reason instanceof Error ? signal.reason.message : 'aborted'}`);
  if (signal.aborted) return Promise.reject(fail());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(fail());
    signal.addEventListener('abort', onAbort, { once: true });
    Promise.resolve()
      .then(work)
      .then(resolve, reject)
      .finally(() => signal.removeEventListener('abort', onAbort));
  });
}
