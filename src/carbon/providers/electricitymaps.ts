// Electricity Maps API v3: GET /v3/carbon-intensity/latest?zone=ZONE with header `auth-token`.
// Documented body: { zone, carbonIntensity, datetime, updatedAt, createdAt, emissionFactorType, isEstimated, ... }
import { z } from 'zod';
import { checkValue, getJson, joinUrl, schemaError } from './http.ts';
import { type IntensityProvider, ProviderError, type ProviderReading, type ProviderRequest } from './types.ts';

export const ELECTRICITY_MAPS_URL = 'https://api.electricitymaps.com';
const NAME = 'Electricity Maps';

export const ElectricityMapsLatest = z.object({
  zone: z.string(),
  carbonIntensity: z.number(),
  datetime: z.string(),
  emissionFactorType: z.string().optional(),
  isEstimated: z.boolean().nullable().optional(),
});

export const electricityMaps: IntensityProvider = {
  id: 'electricitymaps',
  name: NAME,
  needsToken: true,
  async latest(req: ProviderRequest): Promise<ProviderReading> {
    if (!req.token) throw new ProviderError('no-token', `${NAME}: needs an API token (carbon-token)`);
    const url = joinUrl(req.baseUrl ?? ELECTRICITY_MAPS_URL, `/v3/carbon-intensity/latest?zone=${encodeURIComponent(req.zone)}`);
    const body = await getJson(NAME, url, { 'auth-token': req.token }, req);
    const parsed = ElectricityMapsLatest.safeParse(body);
    if (!parsed.success) throw schemaError(NAME, parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '));
    const p = parsed.data;
    if (p.zone.toUpperCase() !== req.zone.toUpperCase()) {
      throw new ProviderError('malformed', `${NAME}: asked for zone ${req.zone}, got ${p.zone}`);
    }
    const g = checkValue(NAME, p.carbonIntensity, `zone ${p.zone}`);
    const kind = p.emissionFactorType ? `, ${p.emissionFactorType}` : '';
    const est = p.isEstimated ? ', estimated' : '';
    return {
      g_per_kwh: g,
      source: `${NAME} v3 carbon-intensity/latest, zone ${p.zone}, ${p.datetime}${kind}${est}`,
      at: p.datetime,
      signal: 'average',
    };
  },
};
