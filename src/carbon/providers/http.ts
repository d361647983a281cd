// fetch + timeout + status mapping shared by the providers: every way a request can go wrong becomes a
// ProviderError with a reason a person can act on.
import { MAX_INTENSITY_G_PER_KWH } from '../resolve.ts';
import { ProviderError, type ProviderRequest } from './types.ts';

export function joinUrl(base: string, path: string): string {
  return base.replace(/\/+$/, '') + path;
}

export async function getJson(
  provider: string,
  url: string,
  headers: Record<string, string>,
  req: Pick<ProviderRequest, 'timeoutMs' | 'signal'>,
): Promise<unknown> {
  const timeout = AbortSignal.timeout(req.timeoutMs);
  const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
  let res: Response;
  try {
    res = await fetch(url, { headers: { accept: 'application/json', ...headers }, signal });
  } catch (err) {
    if (timeout.aborted) throw new ProviderError('timeout', `${provider}: no answer within ${req.timeoutMs} ms`);
    const cause = err instanceof Error ? ((err.cause as Error | undefined)?.message ?? err.message) : String(err);
    throw new ProviderError('network', `${provider}: request failed (${cause})`);
  }
  let text: string;
  try {
    text = await res.text();
  } catch (err) {
    if (timeout.aborted) throw new ProviderError('timeout', `${provider}: body not received within ${req.timeoutMs} ms`);
    throw new ProviderError('network', `${provider}: reading the body failed (${err instanceof Error ? err.message : String(err)})`);
  }
  if (res.status === 401 || res.status === 403) {
    throw new ProviderError('auth', `${provider}: HTTP ${res.status}: the token was refused (check carbon-token)`);
  }
  if (res.status === 429) {
    const retry = res.headers.get('retry-after');
    throw new ProviderError('rate-limit', `${provider}: HTTP 429 rate limited${retry ? ` (retry after ${retry} s)` : ''}`);
  }
  if (!res.ok) {
    throw new ProviderError('http', `${provider}: HTTP ${res.status} ${snippet(text)}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ProviderError('malformed', `${provider}: response is not JSON: ${snippet(text)}`);
  }
}

function snippet(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 120 ? `${t.slice(0, 120)}...` : t;
}

/** A provider's number becomes an intensity only if it is plausible. */
export function checkValue(provider: string, value: number, what: string): number {
  if (!Number.isFinite(value) || value < 0 || value > MAX_INTENSITY_G_PER_KWH) {
    throw new ProviderError(
      'absurd',
      `${provider}: implausible intensity ${value} g/kWh (${what}); expected 0..${MAX_INTENSITY_G_PER_KWH}`,
    );
  }
  return value;
}

export function schemaError(provider: string, issues: string): ProviderError {
  return new ProviderError('malformed', `${provider}: unexpected response shape: ${issues}`);
}
