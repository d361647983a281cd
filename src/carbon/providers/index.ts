// Provider registry: one IntensityProvider per `carbon-provider` input value.
import type { CarbonProvider } from './types.ts';
import { electricityMaps } from './electricitymaps.ts';
import type { IntensityProvider } from './types.ts';
import { ukCarbonIntensity } from './uk.ts';
import { createWattTime } from './watttime.ts';

export function createProvider(id: CarbonProvider): IntensityProvider {
  switch (id) {
    case 'electricitymaps':
      return electricityMaps;
    case 'watttime':
      return createWattTime(); // holds a login token: one per poller
    case 'uk':
      return ukCarbonIntensity;
    default: {
      const never: never = id;
      throw new Error(`unknown carbon provider '${String(never)}'; expected electricitymaps, watttime or uk`);
    }
  }
}

export * from './types.ts';
