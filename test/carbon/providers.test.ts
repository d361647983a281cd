// Each provider against a real local HTTP server replaying the documented response shapes, including the
// failure cases. Never a fake of the module under test: the global fetch talks to 127.0.0.1.
import { afterEach, describe, expect, it } from 'vitest';
import { electricityMaps } from '../../src/carbon/providers/electricitymaps.ts';
import { ProviderError } from '../../src/carbon/providers/types.ts';
import { ukCarbonIntensity } from '../../src/carbon/providers/uk.ts';
import { createWattTime } from '../../src/carbon/providers/watttime.ts';
import { type Handler, type LocalServer, json, startServer } from './local-server.ts';

let server: LocalServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});
async function serve(h: Handler): Promise<string> {
  server = await startServer(h);
  return server.url;
}

async function reason(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ProviderError) return `${err.reason}: ${err.message}`;
    throw err;
  }
  throw new Error('expected a ProviderError');
}

// Shape from the Electricity Maps v3 documentation (carbon-intensity/latest).
const emBody = (zone: string, ci: unknown) => ({
  zone,
  carbonIntensity: ci,
  datetime: '2026-11-23T15:00:00.000Z',
  updatedAt: '2026-11-23T14:51:12.000Z',
  createdAt: '2026-11-20T15:03:40.000Z',
  emissionFactorType: 'lifecycle',
  isEstimated: true,
  estimationMethod: 'TIME_SLICER_AVERAGE',
});

describe('Electricity Maps v3', () => {
  it('reads carbon-intensity/latest with the auth-token header', async () => {
    const baseUrl = await serve((req, res) => json(res, 200, emBody(req.query.get('zone')!, 302)));
    const r = await electricityMaps.latest({ zone: 'DE', token: 'tok-123', baseUrl, timeoutMs: 2000 });
    expect(r.g_per_kwh).toBe(302);
    expect(r.signal).toBe('average');
    expect(r.at).toBe('2026-11-23T15:00:00.000Z');
    expect(r.source).toMatch(/Electricity Maps v3 .*zone DE.*lifecycle.*estimated/);
    const rec = server!.requests[0]!;
    expect(rec.path).toBe('/v3/carbon-intensity/latest');
    expect(rec.query.get('zone')).toBe('DE');
    expect(rec.headers['auth-token']).toBe('tok-123');
  });

  it('maps 401, 429, 500, non-JSON, malformed and absurd bodies to reasons', async () => {
    let mode = '';
    const baseUrl = await serve((_req, res) => {
      if (mode === '401') return json(res, 401, { message: 'Invalid auth-token' });
      if (mode === '429') return json(res, 429, { message: 'rate limited' }, { 'retry-after': '30' });
      if (mode === '500') return json(res, 500, { message: 'boom' });
      if (mode === 'html') {
        res.writeHead(200, { 'content-type': 'text/html' });
        return void res.end('<html>maintenance</html>');
      }
      if (mode === 'string') return json(res, 200, emBody('DE', '302'));
      if (mode === 'null') return json(res, 200, emBody('DE', null));
      if (mode === 'absurd') return json(res, 200, emBody('DE', 2500));
      if (mode === 'negative') return json(res, 200, emBody('DE', -4));
      if (mode === 'otherzone') return json(res, 200, emBody('FR', 50));
      return json(res, 200, {});
    });
    const ask = () => electricityMaps.latest({ zone: 'DE', token: 't', baseUrl, timeoutMs: 2000 });
    mode = '401';
    expect(await reason(ask())).toMatch(/^auth: .*HTTP 401/);
    mode = '429';
    expect(await reason(ask())).toMatch(/^rate-limit: .*retry after 30 s/);
    mode = '500';
    expect(await reason(ask())).toMatch(/^http: .*HTTP 500/);
    mode = 'html';
    expect(await reason(ask())).toMatch(/^malformed: .*not JSON/);
    mode = 'string';
    expect(await reason(ask())).toMatch(/^malformed: .*carbonIntensity/);
    mode = 'null';
    expect(await reason(ask())).toMatch(/^malformed: .*carbonIntensity/);
    mode = 'absurd';
    expect(await reason(ask())).toMatch(/^absurd: .*2500/);
    mode = 'negative';
    expect(await reason(ask())).toMatch(/^absurd: .*-4/);
    mode = 'otherzone';
    expect(await reason(ask())).toMatch(/^malformed: .*asked for zone DE, got FR/);
    mode = 'empty';
    expect(await reason(ask())).toMatch(/^malformed/);
  });

  it('times out a server that does not answer', async () => {
    const baseUrl = await serve(() => {
      /* never responds */
    });
    const t0 = Date.now();
    expect(await reason(electricityMaps.latest({ zone: 'DE', token: 't', baseUrl, timeoutMs: 150 }))).toMatch(/^timeout: .*150 ms/);
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('needs a token and reports an unreachable host as a network failure', async () => {
    expect(await reason(electricityMaps.latest({ zone: 'DE', token: null, timeoutMs: 100 }))).toMatch(/^no-token/);
    // a port nobody listens on: open and close a server to get one
    const s = await startServer(() => {});
    const dead = s.url;
    await s.close();
    expect(await reason(electricityMaps.latest({ zone: 'DE', token: 't', baseUrl: dead, timeoutMs: 2000 }))).toMatch(/^network/);
  });
});

// Shapes from the WattTime v3 documentation: /login -> { token }; /v3/forecast -> { data: [...], meta: {...} }.
const wtForecast = (value: unknown, units = 'lbs_co2_per_mwh') => ({
  data: [
    { point_time: '2026-11-23T15:00:00+00:00', value },
    { point_time: '2026-11-23T15:05:00+00:00', value: 1000 },
  ],
  meta: { region: 'CAISO_NORTH', signal_type: 'co2_moer', units, generated_at: '2026-11-23T15:00:00+00:00', model: { date: '2026-03-01' } },
});

describe('WattTime v3', () => {
  it('logs in with basic auth, then reads the current MOER with the bearer token, converting lbs/MWh', async () => {
    const baseUrl = await serve((req, res) => {
      if (req.path === '/login') {
        const expected = `Basic ${Buffer.from('alice:s3cret').toString('base64')}`;
        return req.headers.authorization === expected ? json(res, 200, { token: 'jwt-1' }) : json(res, 401, {});
      }
      if (req.path === '/v3/forecast' && req.headers.authorization === 'Bearer jwt-1') return json(res, 200, wtForecast(800));
      return json(res, 404, {});
    });
    const wt = createWattTime();
    const r = await wt.latest({ zone: 'CAISO_NORTH', token: 'alice:s3cret', baseUrl, timeoutMs: 2000 });
    expect(r.g_per_kwh).toBeCloseTo(800 * 0.453592, 9);
    expect(r.signal).toBe('marginal');
    expect(r.source).toMatch(/WattTime v3 forecast co2_moer \(marginal\), region CAISO_NORTH.*800 lbs\/MWh x 0.453592/);
    const fc = server!.requests.find((q) => q.path === '/v3/forecast')!;
    expect(fc.query.get('region')).toBe('CAISO_NORTH');
    expect(fc.query.get('signal_type')).toBe('co2_moer');
    // a second poll reuses the token: no second login
    await wt.latest({ zone: 'CAISO_NORTH', token: 'alice:s3cret', baseUrl, timeoutMs: 2000 });
    expect(server!.requests.filter((q) => q.path === '/login')).toHaveLength(1);
  });

  it('logs in again once when the token expired', async () => {
    let logins = 0;
    const baseUrl = await serve((req, res) => {
      if (req.path === '/login') return json(res, 200, { token: `jwt-${++logins}` });
      // the first token is refused (expired), the second works
      return req.headers.authorization === 'Bearer jwt-2' ? json(res, 200, wtForecast(500)) : json(res, 401, {});
    });
    const r = await createWattTime().latest({ zone: 'CAISO_NORTH', token: 'a:b', baseUrl, timeoutMs: 2000 });
    expect(r.g_per_kwh).toBeCloseTo(500 * 0.453592, 9);
    expect(logins).toBe(2);
  });

  it('fails clearly on bad credentials, unknown units, absurd values and malformed bodies', async () => {
    let mode = '';
    const baseUrl = await serve((req, res) => {
      if (req.path === '/login') return mode === 'login401' ? json(res, 401, {}) : json(res, 200, { token: 'x' });
      if (mode === 'units') return json(res, 200, wtForecast(800, 'kg_co2_per_mwh'));
      if (mode === 'absurd') return json(res, 200, wtForecast(5000)); // 2268 g/kWh
      if (mode === 'empty') return json(res, 200, { data: [], meta: { region: 'X', units: 'lbs_co2_per_mwh' } });
      if (mode === 'region') return json(res, 400, { error: 'Invalid region' });
      return json(res, 200, wtForecast('n/a'));
    });
    const ask = (token = 'a:b') => createWattTime().latest({ zone: 'CAISO_NORTH', token, baseUrl, timeoutMs: 2000 });
    expect(await reason(ask('no-colon'))).toMatch(/^no-token: .*username:password/);
    mode = 'login401';
    expect(await reason(ask())).toMatch(/^auth/);
    mode = 'units';
    expect(await reason(ask())).toMatch(/^malformed: .*kg_co2_per_mwh/);
    mode = 'absurd';
    expect(await reason(ask())).toMatch(/^absurd/);
    mode = 'empty';
    expect(await reason(ask())).toMatch(/^malformed: .*data/);
    mode = 'region';
    expect(await reason(ask())).toMatch(/^http: .*400.*Invalid region/);
    mode = 'string';
    expect(await reason(ask())).toMatch(/^malformed/);
  });
});

// Shape from the Carbon Intensity API documentation: GET /intensity.
const ukBody = (forecast: unknown, actual: unknown) => ({
  data: [{ from: '2026-11-23T15:00Z', to: '2026-11-23T15:30Z', intensity: { forecast, actual, index: 'moderate' } }],
});

describe('UK Carbon Intensity', () => {
  it('uses the actual value when published, else the forecast, without a token', async () => {
    let body: unknown = ukBody(266, 263);
    const baseUrl = await serve((_req, res) => json(res, 200, body));
    const a = await ukCarbonIntensity.latest({ zone: 'GB', token: null, baseUrl, timeoutMs: 2000 });
    expect(a.g_per_kwh).toBe(263);
    expect(a.source).toMatch(/actual/);
    expect(server!.requests[0]!.path).toBe('/intensity');
    expect(server!.requests[0]!.headers['auth-token']).toBeUndefined();
    body = ukBody(190, null);
    const f = await ukCarbonIntensity.latest({ zone: 'gb', token: null, baseUrl, timeoutMs: 2000 });
    expect(f.g_per_kwh).toBe(190);
    expect(f.source).toMatch(/forecast/);
  });

  it('refuses zones outside Great Britain without a request, and malformed or absurd bodies', async () => {
    let body: unknown = { data: [] };
    const baseUrl = await serve((_req, res) => json(res, 200, body));
    expect(await reason(ukCarbonIntensity.latest({ zone: 'GB-NIR', token: null, baseUrl, timeoutMs: 2000 }))).toMatch(/^unsupported-zone/);
    expect(server!.requests).toHaveLength(0);
    expect(await reason(ukCarbonIntensity.latest({ zone: 'GB', token: null, baseUrl, timeoutMs: 2000 }))).toMatch(/^malformed/);
    body = ukBody(null, null);
    expect(await reason(ukCarbonIntensity.latest({ zone: 'GB', token: null, baseUrl, timeoutMs: 2000 }))).toMatch(/^malformed: .*neither/);
    body = ukBody(9999, null);
    expect(await reason(ukCarbonIntensity.latest({ zone: 'GB', token: null, baseUrl, timeoutMs: 2000 }))).toMatch(/^absurd/);
  });
});
