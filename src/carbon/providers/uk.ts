// UK Carbon Intensity API (National Grid ESO), no token: GET /intensity -> { data: [ { from, to,
// intensity: { forecast, actual, index } } ] } for the current half hour; `actual` is null until the half
// hour closes, then the forecast is used (and said). Covers Great Britain only (zone GB).
import { z } from 'zod';
import { checkValue, getJson, joinUrl, schemaError } from './http.ts';
import { type IntensityProvider, ProviderError, type ProviderReading, type ProviderRequest } from './types.ts';

export const UK_CARBON_INTENSITY_URL = 'https://api.carbonintensity.org.uk';
const NAME = 'UK Carbon Intensity';

/** Zones this API describes: Great Britain's national figure (Northern Ireland is a separate grid). */
export const UK_ZONES = new Set(['GB']);

export const UkIntensity = z.object({
  data: z
    .array(
      z.object({
        from: z.string(),
        to: z.string(),
        intensity: z.object({ forecast: z.number().nullable(), actual: z.number().nullable().optional(), index: z.string().optional() }),
      }),
    )
    .min(1),
});

export const ukCarbonIntensity: IntensityProvider = {
  id: 'uk',
  name: NAME,
  needsToken: false,
  async latest(req: ProviderRequest): Promise<ProviderReading> {
    if (!UK_ZONES.has(req.zone.toUpperCase())) {
      throw new ProviderError('unsupported-zone', `${NAME}: covers Great Britain (zone GB) only, not ${req.zone}`);
    }
    const body = await getJson(NAME, joinUrl(req.baseUrl ?? UK_CARBON_INTENSITY_URL, '/intensity'), {}, req);
    const parsed = UkIntensity.safeParse(body);
    if (!parsed.success) {
      throw schemaError(NAME, parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '));
    }
    const d = parsed.data.data[0]!;
    const actual = d.intensity.actual ?? null;
    const value = actual ?? d.intensity.forecast;
    if (value === null) throw new ProviderError('malformed', `${NAME}: neither actual nor forecast for ${d.from}`);
    const g = checkValue(NAME, value, `${d.from}..${d.to}`);
    return {
      g_per_kwh: g,
      source: `${NAME} /intensity, ${d.from}..${d.to}, ${actual !== null ? 'actual' : 'forecast'}`,
      at: d.from,
      signal: 'average',
    };
  },
};
