// One interface for every real-time intensity provider. Providers fetch with the global fetch, validate the
// untrusted payload with a schema, convert to g CO2eq/kWh, and throw ProviderError with a reason otherwise.
/** The real-time intensity providers, by the name the CLI and the action accept. */
export const CARBON_PROVIDERS = ['electricitymaps', 'watttime', 'uk'] as const;
export type CarbonProvider = (typeof CARBON_PROVIDERS)[number];

export type FailureReason =
  | 'no-token'
  | 'timeout'
  | 'network'
  | 'auth'
  | 'rate-limit'
  | 'http'
  | 'malformed'
  | 'absurd'
  | 'unsupported-zone';

export class ProviderError extends Error {
  override name = 'ProviderError';
  readonly reason: FailureReason;
  constructor(reason: FailureReason, message: string) {
    super(message);
    this.reason = reason;
  }
}

export interface ProviderRequest {
  /** grid zone id (Electricity Maps style) or the provider's own region code */
  zone: string;
  token: string | null;
  /** API origin override (tests point it at 127.0.0.1) */
  baseUrl?: string;
  timeoutMs: number;
  /** aborts the request when the poller stops */
  signal?: AbortSignal;
}

export interface ProviderReading {
  g_per_kwh: number;
  /** e.g. 'Electricity Maps v3 carbon-intensity/latest, zone DE, 2026-11-23T15:00:00.000Z' */
  source: string;
  /** when the value applies, as the provider says (ISO 8601) */
  at?: string;
  /** average (lifecycle/direct) or marginal (WattTime MOER) */
  signal: 'average' | 'marginal';
}

export interface IntensityProvider {
  readonly id: CarbonProvider;
  readonly name: string;
  readonly needsToken: boolean;
  latest(req: ProviderRequest): Promise<ProviderReading>;
}
