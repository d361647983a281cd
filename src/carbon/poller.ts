// Real-time carbon intensity during a run: polls the provider now and every intervalMs until stop().
// Any failure (no token, timeout, 401, 429, malformed body, absurd value) goes to onFailure with the reason;
// the caller keeps the annual value. Repeated identical failures are reported once until a poll succeeds.
import type { CarbonProvider } from './providers/types.ts';
import { createProvider } from './providers/index.ts';
import { type IntensityProvider, ProviderError, type ProviderReading } from './providers/types.ts';

export interface IntensityReading {
  g_per_kwh: number;
  source: string;
  /** when the provider says the value applies (ISO 8601) */
  at?: string;
  signal?: 'average' | 'marginal';
}

export interface IntensityPollerOptions {
  provider: CarbonProvider;
  token: string | null;
  /** grid zone id (resolved region) */
  zone: string;
  /** the provider's own region code when it differs from the zone id (WattTime, e.g. CAISO_NORTH) */
  providerRegion?: string | null;
  /** time between polls; raised to minIntervalMs (providers publish every 5-60 min: faster only earns 429s) */
  intervalMs: number;
  /** floor for intervalMs, default DEFAULT_MIN_POLL_MS (tests lower it) */
  minIntervalMs?: number;
  /** per-request limit; default min(10 s, interval), at least 1 s */
  timeoutMs?: number;
  /** provider API origin override (tests point it at 127.0.0.1) */
  baseUrl?: string;
  onReading: (r: IntensityReading) => void;
  /** any failure: the caller logs it and keeps the annual value */
  onFailure: (message: string) => void;
}

export const DEFAULT_MIN_POLL_MS = 60_000;

export interface IntensityPoller {
  stop(): Promise<void>;
}

function failureMessage(provider: IntensityProvider, err: unknown): string {
  const detail = err instanceof ProviderError ? `${err.reason}: ${err.message}` : err instanceof Error ? err.message : String(err);
  return `real-time intensity from ${provider.name} unavailable (${detail}); annual value used`;
}

/** One request, for a start-of-run reading or a test; throws ProviderError. */
export async function fetchIntensityOnce(
  opts: Pick<IntensityPollerOptions, 'provider' | 'token' | 'zone' | 'providerRegion' | 'baseUrl' | 'timeoutMs'>,
  provider: IntensityProvider = createProvider(opts.provider),
): Promise<ProviderReading> {
  return provider.latest({
    zone: opts.providerRegion?.trim() || opts.zone,
    token: opts.token,
    ...(opts.baseUrl ? { baseUrl: opts.baseUrl } : {}),
    timeoutMs: opts.timeoutMs ?? 10_000,
  });
}

export function startIntensityPoller(opts: IntensityPollerOptions): IntensityPoller {
  if (!(opts.intervalMs > 0)) throw new Error(`intensity poller: intervalMs must be > 0, got ${opts.intervalMs}`);
  const provider = createProvider(opts.provider);
  if (provider.needsToken && !opts.token) {
    opts.onFailure(
      `real-time intensity from ${provider.name} needs a token (input 'carbon-token'${opts.provider === 'watttime' ? ", as 'username:password'" : ''}); annual value used`,
    );
    return { stop: async () => {} };
  }
  const intervalMs = Math.max(opts.intervalMs, opts.minIntervalMs ?? DEFAULT_MIN_POLL_MS);
  const timeoutMs = opts.timeoutMs ?? Math.max(1_000, Math.min(10_000, intervalMs));
  const abort = new AbortController();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inflight: Promise<void> | null = null;
  let lastFailure: string | null = null;

  const poll = async (): Promise<void> => {
    try {
      const r = await provider.latest({
        zone: opts.providerRegion?.trim() || opts.zone,
        token: opts.token,
        ...(opts.baseUrl ? { baseUrl: opts.baseUrl } : {}),
        timeoutMs,
        signal: abort.signal,
      });
      if (stopped) return;
      lastFailure = null;
      opts.onReading({ g_per_kwh: r.g_per_kwh, source: r.source, ...(r.at ? { at: r.at } : {}), signal: r.signal });
    } catch (err) {
      if (stopped) return;
      const msg = failureMessage(provider, err);
      if (msg !== lastFailure) opts.onFailure(msg);
      lastFailure = msg;
    }
  };

  const tick = (): void => {
    if (stopped) return;
    inflight = poll().finally(() => {
      inflight = null;
      if (!stopped) {
        timer = setTimeout(tick, intervalMs);
        timer.unref(); // never keeps the process alive on its own
      }
    });
  };
  tick();

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      abort.abort();
      await inflight;
    },
  };
}
