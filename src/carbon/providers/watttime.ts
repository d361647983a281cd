// WattTime API v3. Login: GET /login with HTTP basic auth -> { token } (valid ~30 min). Data: GET
// /v3/forecast?region=R&signal_type=co2_moer&horizon_hours=0 with `Authorization: Bearer`; the first point is
// the current MOER (marginal operating emissions rate) in lbs CO2/MWh, converted x 0.453592 to g/kWh.
// The token input is `username:password`. WattTime regions (e.g. CAISO_NORTH) are not grid-zone ids: the
// poller passes the provider region given by the user, else the zone id (which WattTime then rejects, said).
import { z } from 'zod';
import { checkValue, getJson, joinUrl, schemaError } from './http.ts';
import { type IntensityProvider, ProviderError, type ProviderReading, type ProviderRequest } from './types.ts';

export const WATTTIME_URL = 'https://api.watttime.org';
export const LBS_PER_MWH_TO_G_PER_KWH = 0.453592;
const NAME = 'WattTime';

export const WattTimeLogin = z.object({ token: z.string().min(1) });
export const WattTimeForecast = z.object({
  data: z.array(z.object({ point_time: z.string(), value: z.number() })).min(1),
  meta: z.object({
    region: z.string(),
    signal_type: z.string().optional(),
    units: z.string(),
    generated_at: z.string().optional(),
  }),
});

function issues(e: z.ZodError): string {
  return e.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

/** A WattTime client keeps its login token between polls and logs in again once when it is refused. */
export function createWattTime(): IntensityProvider {
  let bearer: string | null = null;

  async function login(req: ProviderRequest): Promise<string> {
    const token = req.token ?? '';
    const colon = token.indexOf(':');
    if (colon <= 0) throw new ProviderError('no-token', `${NAME}: carbon-token must be 'username:password'`);
    const basic = Buffer.from(token).toString('base64');
    const body = await getJson(NAME, joinUrl(req.baseUrl ?? WATTTIME_URL, '/login'), { authorization: `Basic ${basic}` }, req);
    const parsed = WattTimeLogin.safeParse(body);
    if (!parsed.success) throw schemaError(NAME, `login: ${issues(parsed.error)}`);
    return parsed.data.token;
  }

  async function forecast(req: ProviderRequest, token: string): Promise<unknown> {
    const q = `region=${encodeURIComponent(req.zone)}&signal_type=co2_moer&horizon_hours=0`;
    return getJson(NAME, joinUrl(req.baseUrl ?? WATTTIME_URL, `/v3/forecast?${q}`), { authorization: `Bearer ${token}` }, req);
  }

  return {
    id: 'watttime',
    name: NAME,
    needsToken: true,
    async latest(req: ProviderRequest): Promise<ProviderReading> {
      if (!req.token) throw new ProviderError('no-token', `${NAME}: needs 'username:password' (carbon-token)`);
      bearer ??= await login(req);
      let body: unknown;
      try {
        body = await forecast(req, bearer);
      } catch (err) {
        // Tokens expire after ~30 minutes: one fresh login, then give up with the second answer.
        if (!(err instanceof ProviderError && err.reason === 'auth')) throw err;
        bearer = await login(req);
        body = await forecast(req, bearer);
      }
      const parsed = WattTimeForecast.safeParse(body);
      if (!parsed.success) throw schemaError(NAME, issues(parsed.error));
      const { data, meta } = parsed.data;
      if (meta.units !== 'lbs_co2_per_mwh') {
        throw new ProviderError('malformed', `${NAME}: expected units lbs_co2_per_mwh, got '${meta.units}'`);
      }
      const first = data[0]!;
      if (!Number.isFinite(first.value)) throw new ProviderError('malformed', `${NAME}: non-numeric MOER`);
      const g = checkValue(NAME, first.value * LBS_PER_MWH_TO_G_PER_KWH, `${first.value} lbs/MWh x 0.453592, region ${meta.region}`);
      return {
        g_per_kwh: g,
        source: `${NAME} v3 forecast co2_moer (marginal), region ${meta.region}, ${first.point_time}, ${first.value} lbs/MWh x 0.453592`,
        at: first.point_time,
        signal: 'marginal',
      };
    },
  };
}
