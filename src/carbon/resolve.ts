// Region resolution (issue 3 implements): explicit intensity > region > cloud region > world average.
// Placeholder seam: world average only, always with a warning (never a silent guess).
import type { CarbonContext } from '../log/schema.ts';

export interface CarbonRequest {
  region?: string | null;
  cloudRegion?: string | null;
  /** fixed override, g/kWh */
  intensity?: number | null;
}

export interface ResolvedCarbon {
  context: CarbonContext;
  /** the cloud provider's published PUE for a cloud region, when known */
  pue?: { value: number; source: string };
}

/** Throws an Error naming the input and a suggestion for near misses. */
export function resolveCarbon(req: CarbonRequest): ResolvedCarbon {
  void req;
  return {
    context: {
      region: 'WORLD',
      intensity_g_per_kwh: 475,
      intensity_kind: 'default',
      source: 'placeholder world average',
      warning: 'no region given: world average used',
    },
  };
}
