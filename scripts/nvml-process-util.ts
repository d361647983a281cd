// Records what the driver's nvmlDeviceGetProcessUtilization returns, call by call, so its real shape
// (how many samples, how far apart their timeStamps, which lastSeenTimeStamp brings which) becomes a test
// fixture. Polls every GPU for SECONDS at each interval in turn, passing back the newest timeStamp seen
// as lastSeenTimeStamp (0 on a GPU's first call), and writes JSON lines: one `meta` line, then one `call`
// line per call with the raw entries (pid, timeStamp, smUtil, memUtil, encUtil, decUtil).
//
//   node scripts/nvml-process-util.ts --out FILE [--lib PATH] [--seconds 10] [--intervals-ms 1000,100]
//
// Runs from the sources under Node >= 24 with no npm install: koffi's native binary is taken from the
// committed dist/native when node_modules has none. Exits 3, naming the NVML error, when NVML does not
// initialise (no driver), 2 on bad arguments or a library that cannot be loaded.
import { appendFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_NVML_LIB, openNvml, type DeviceHandle } from '../src/meter/nvml/binding.ts';
import { nvmlError, NVML_ERROR_INSUFFICIENT_SIZE, NVML_SUCCESS } from '../src/meter/nvml/errors.ts';
import { bundledNativeCandidates, loadKoffi } from '../src/meter/koffi.ts';

const USAGE = 'usage: node scripts/nvml-process-util.ts --out FILE [--lib PATH] [--seconds 10] [--intervals-ms 1000,100]';

function fail(code: number, message: string): never {
  process.stderr.write(`nvml-process-util: ${message}\n`);
  process.exit(code);
}

function args() {
  try {
    return parseArgs({
      options: { out: { type: 'string' }, lib: { type: 'string' }, seconds: { type: 'string', default: '10' }, 'intervals-ms': { type: 'string', default: '1000,100' } },
      strict: true,
    }).values;
  } catch (err) {
    return fail(2, `${err instanceof Error ? err.message.split('\n')[0] : String(err)} (${USAGE})`);
  }
}
const values = args();
if (!values.out) fail(2, `--out FILE is required (${USAGE})`);
const out = values.out;
const seconds = Number(values.seconds);
if (!Number.isFinite(seconds) || seconds <= 0) fail(2, `--seconds must be a positive number of seconds, got '${values.seconds}'`);
const intervals = values['intervals-ms'].split(',').map((x) => Number(x.trim()));
if (intervals.some((x) => !Number.isInteger(x) || x < 1)) fail(2, `--intervals-ms must be a comma-separated list of whole milliseconds >= 1, got '${values['intervals-ms']}'`);
const libPath = values.lib ?? DEFAULT_NVML_LIB;

const write = (o: object): void => appendFileSync(out, `${JSON.stringify(o)}\n`);
writeFileSync(out, '');

// the bundle's native binary first: on a GPU machine the repository has dist/ but maybe no node_modules
const k = loadKoffi(bundledNativeCandidates(new URL('../dist/cli.js', import.meta.url).href));
if ('error' in k) fail(2, k.error);
const nvml = openNvml(libPath);
if (typeof nvml === 'string') fail(2, nvml);
const rc = nvml.init();
if (rc !== NVML_SUCCESS) {
  const e = nvmlError(rc);
  const said = nvml.errorString(rc);
  write({ type: 'meta', lib: libPath, init: { rc, name: e.name, said } });
  fail(3, `nvmlInit_v2 on ${libPath} failed: NVML error ${rc} ${e.name}${said ? ` ("${said}")` : ''}: ${e.meaning}; ${e.fix}`);
}

const gpus: Array<{ index: number; uuid: string | null; handle: DeviceHandle }> = [];
const count = nvml.deviceCount();
for (let i = 0; i < (count.rc === NVML_SUCCESS ? count.value : 0); i++) {
  const h = nvml.handle(i);
  if (h.rc === NVML_SUCCESS) gpus.push({ index: i, uuid: nvml.uuid(h.value).value, handle: h.value });
}
const driver = nvml.driverVersion();
write({ type: 'meta', lib: libPath, ffi: nvml.ffi, driver: driver.value, count_rc: count.rc, gpus: gpus.map((g) => ({ index: g.index, uuid: g.uuid })), seconds, intervals_ms: intervals, missing: nvml.missing });
if (gpus.length === 0) {
  nvml.shutdown();
  fail(3, `NVML initialised on ${libPath} but no GPU answered (nvmlDeviceGetCount_v2: ${nvmlError(count.rc).name}, ${count.value} GPU(s))`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let calls = 0;
for (const interval of intervals) {
  const lastSeen = new Map<number, number>(gpus.map((g) => [g.index, 0]));
  const start = Date.now();
  for (let n = 0; Date.now() - start < seconds * 1000; n++) {
    for (const g of gpus) {
      let capacity = 64;
      // INSUFFICIENT_SIZE is recorded, then the call repeated with the size the driver asked for
      for (let attempt = 0; attempt < 3; attempt++) {
        const passed = lastSeen.get(g.index)!;
        const t = Date.now();
        const r = nvml.processUtilizationRaw(g.handle, passed, capacity);
        write({ type: 'call', interval_ms: interval, n, gpu: g.index, t_unix_ms: t, lastSeenTimeStamp: passed, capacity, rc: r.rc, rc_name: nvmlError(r.rc).name, count: r.count, samples: r.samples });
        calls++;
        const newest = Math.max(passed, ...r.samples.map((s) => s.timeStamp));
        lastSeen.set(g.index, newest);
        if (r.rc !== NVML_ERROR_INSUFFICIENT_SIZE) break;
        capacity = r.count + 16;
      }
    }
    const next = start + (n + 1) * interval;
    await sleep(Math.max(0, next - Date.now()));
  }
}
nvml.shutdown();
process.stderr.write(`nvml-process-util: ${calls} calls on ${gpus.length} GPU(s) written to ${out}\n`);
