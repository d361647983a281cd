// The poller against a real local server: readings during the run, failures reported (once per streak)
// with the annual value used by the caller, nothing after stop().
import { afterEach, describe, expect, it } from 'vitest';
import { type IntensityReading, fetchIntensityOnce, startIntensityPoller } from '../../src/carbon/poller.ts';
import { type LocalServer, json, startServer } from './local-server.ts';

let server: LocalServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const waitFor = async (cond: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
};

const em = (ci: unknown) => ({ zone: 'DE', carbonIntensity: ci, datetime: '2026-11-23T15:00:00.000Z', emissionFactorType: 'lifecycle' });

describe('startIntensityPoller', () => {
  it('polls during the run, not only at the start', async () => {
    const values = [300, 310, 320, 330, 340, 350];
    let n = 0;
    server = await startServer((_req, res) => json(res, 200, em(values[Math.min(n++, values.length - 1)])));
    const readings: IntensityReading[] = [];
    const failures: string[] = [];
    const p = startIntensityPoller({
      provider: 'electricitymaps',
      token: 'tok',
      zone: 'DE',
      intervalMs: 30,
      minIntervalMs: 0,
      timeoutMs: 2000,
      baseUrl: server.url,
      onReading: (r) => readings.push(r),
      onFailure: (m) => failures.push(m),
    });
    await waitFor(() => readings.length >= 3);
    await p.stop();
    expect(failures).toEqual([]);
    expect(readings.slice(0, 3).map((r) => r.g_per_kwh)).toEqual([300, 310, 320]);
    expect(readings[0]!.source).toMatch(/Electricity Maps/);
    const after = readings.length;
    await new Promise((r) => setTimeout(r, 100));
    expect(readings.length).toBe(after); // stopped means stopped
  });

  it('reports a failure streak once, then recovers', async () => {
    const script = [500, 500, 500, 200, 429, 200];
    let n = 0;
    server = await startServer((_req, res) => {
      const s = script[Math.min(n++, script.length - 1)]!;
      return s === 200 ? json(res, 200, em(111)) : json(res, s, { message: 'nope' });
    });
    const events: string[] = [];
    const p = startIntensityPoller({
      provider: 'electricitymaps',
      token: 'tok',
      zone: 'DE',
      intervalMs: 20,
      minIntervalMs: 0,
      timeoutMs: 2000,
      baseUrl: server.url,
      onReading: (r) => events.push(`reading ${r.g_per_kwh}`),
      onFailure: (m) => events.push(m),
    });
    await waitFor(() => events.filter((e) => e.startsWith('reading')).length >= 2);
    await p.stop();
    expect(events[0]).toMatch(/^real-time intensity from Electricity Maps unavailable \(http: .*HTTP 500.*\); annual value used$/);
    expect(events[1]).toBe('reading 111');
    expect(events[2]).toMatch(/rate-limit/);
    expect(events[3]).toBe('reading 111');
  });

  it('says at once when a token is missing, without any request', async () => {
    server = await startServer((_req, res) => json(res, 200, em(1)));
    const failures: string[] = [];
    const p = startIntensityPoller({
      provider: 'watttime',
      token: null,
      zone: 'CAISO_NORTH',
      intervalMs: 10,
      baseUrl: server.url,
      onReading: () => {
        throw new Error('no reading expected');
      },
      onFailure: (m) => failures.push(m),
    });
    await p.stop();
    expect(failures).toEqual([expect.stringMatching(/WattTime needs a token .*username:password.*annual value used/)]);
    expect(server.requests).toHaveLength(0);
  });

  it('stop() aborts a hanging request and waits for it', async () => {
    server = await startServer(() => {
      /* never answers */
    });
    const failures: string[] = [];
    const p = startIntensityPoller({
      provider: 'uk',
      token: null,
      zone: 'GB',
      intervalMs: 60_000,
      timeoutMs: 10_000,
      baseUrl: server.url,
      onReading: () => {},
      onFailure: (m) => failures.push(m),
    });
    await waitFor(() => server!.requests.length === 1);
    const t0 = Date.now();
    await p.stop();
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(failures).toEqual([]); // nothing reported after stop
  });

  it('never polls faster than the floor by default', async () => {
    server = await startServer((_req, res) => json(res, 200, em(100)));
    const readings: IntensityReading[] = [];
    const p = startIntensityPoller({
      provider: 'electricitymaps',
      token: 'tok',
      zone: 'DE',
      intervalMs: 10, // a sampling interval passed by mistake must not hammer the API
      baseUrl: server.url,
      onReading: (r) => readings.push(r),
      onFailure: () => {},
    });
    await waitFor(() => readings.length >= 1);
    await new Promise((r) => setTimeout(r, 150));
    await p.stop();
    expect(server.requests).toHaveLength(1);
  });

  it('uses the provider region when given (WattTime) and rejects a bad interval', async () => {
    server = await startServer((req, res) =>
      req.path === '/login'
        ? json(res, 200, { token: 't' })
        : json(res, 200, { data: [{ point_time: '2026-11-23T15:00:00Z', value: 1000 }], meta: { region: req.query.get('region'), units: 'lbs_co2_per_mwh' } }),
    );
    const r = await fetchIntensityOnce({ provider: 'watttime', token: 'u:p', zone: 'US-CAL-CISO', providerRegion: 'CAISO_NORTH', baseUrl: server.url });
    expect(r.g_per_kwh).toBeCloseTo(453.592, 9);
    expect(server.requests.at(-1)!.query.get('region')).toBe('CAISO_NORTH');
    expect(() =>
      startIntensityPoller({ provider: 'uk', token: null, zone: 'GB', intervalMs: 0, onReading: () => {}, onFailure: () => {} }),
    ).toThrow(/intervalMs must be > 0/);
  });
});
