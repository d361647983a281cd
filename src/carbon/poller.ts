// Real-time carbon intensity during a run (issue 3 implements). Placeholder seam.
import type { CarbonProvider } from '../inputs.ts';

export interface IntensityReading {
  g_per_kwh: number;
  source: string;
}

export interface IntensityPollerOptions {
  provider: CarbonProvider;
  token: string | null;
  /** grid zone id (resolved region) */
  zone: string;
  intervalMs: number;
  /** provider API origin override (tests point it at 127.0.0.1) */
  baseUrl?: string;
  onReading: (r: IntensityReading) => void;
  /** any failure: the caller logs it and keeps the annual value */
  onFailure: (message: string) => void;
}

export interface IntensityPoller {
  stop(): Promise<void>;
}

export function startIntensityPoller(opts: IntensityPollerOptions): IntensityPoller {
  opts.onFailure(`real-time provider '${opts.provider}' not implemented yet; annual value used`);
  return { stop: async () => {} };
}
