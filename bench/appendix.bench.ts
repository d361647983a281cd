// Benchmark: the appendix from ten one-hour logs at 10 Hz with 8 GPUs (~2.9 M GPU samples).
//   node bench/appendix.bench.ts [--logs 10] [--seconds 3600] [--gpus 8] [--hz 10]
// Times the steps of `joulecheck appendix` (read + summarize, series + model, render, write), reports the HTML
// size, and, where Chromium is installed, the first render of the page from disk.
// Targets: built in <= 3 s, HTML <= 3 MB, first render <= 1 s.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadRuns } from '../src/appendix/load.ts';
import { appendixWhatIf } from '../src/appendix/build.ts';
import { buildAppendixModel } from '../src/render/appendix/model.ts';
import { renderAppendix } from '../src/render/appendix/render.ts';
import { VERSION } from '../src/model/version.ts';
import { writeSyntheticLog } from '../test/fakes/log-builder.ts';

const { values } = parseArgs({
  options: {
    logs: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '3600' },
    gpus: { type: 'string', default: '8' },
    hz: { type: 'string', default: '10' },
  },
});
const logs = Number(values.logs);
const seconds = Number(values.seconds);
const gpus = Number(values.gpus);
const hz = Number(values.hz);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const dir = mkdtempSync(join(tmpdir(), 'joulecheck-appendix-bench-'));
try {
  mkdirSync(join(dir, 'logs'));
  let samples = 0;
  let bytes = 0;
  for (let i = 0; i < logs; i++) {
    const r = await writeSyntheticLog(join(dir, 'logs', `train-${i + 1}.log.ndjson`), { seconds, hz, gpus, seed: i + 1, header: { repeat: i + 1 } });
    samples += r.samples;
    bytes += r.bytes;
  }
  console.log(`inputs: ${logs} logs, ${samples.toLocaleString('en')} sample lines, ${(samples * gpus).toLocaleString('en')} GPU samples, ${(bytes / 1e6).toFixed(0)} MB`);

  // The same steps as `joulecheck appendix`, timed one by one: reading + summarizing the logs is the
  // accounting's cost (bench/summarize.bench.ts); series + model + render + write is the appendix's own.
  const t0 = performance.now();
  const runs = await loadRuns(['logs'], dir);
  const t1 = performance.now();
  const model = buildAppendixModel(runs, { toolVersion: VERSION });
  const t2 = performance.now();
  const html = renderAppendix(model, { whatIf: appendixWhatIf(model, null) });
  const t3 = performance.now();
  mkdirSync(join(dir, 'site'));
  const file = join(dir, 'site', 'index.html');
  writeFileSync(file, html);
  const t4 = performance.now();
  const size = statSync(file).size;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `build: ${s(t4 - t0)} in all (target <= 3 s): read+summarize ${s(t1 - t0)}, series+model ${s(t2 - t1)}, render ${s(t3 - t2)}, write ${s(t4 - t3)}`,
  );
  console.log(`HTML: ${(size / 1e6).toFixed(2)} MB (target <= 3 MB); rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`);

  if (existsSync(CHROMIUM)) {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const t1 = performance.now();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const loadMs = performance.now() - t1;
      // A screenshot of the viewport forces layout and paint of what a reader first sees.
      await page.screenshot({ path: join(dir, 'first.png') });
      const paintMs = performance.now() - t1;
      console.log(`Chromium: load ${loadMs.toFixed(0)} ms, load + first screen painted ${paintMs.toFixed(0)} ms (target <= 1 s)`);
    } finally {
      await browser.close();
    }
  } else {
    console.log(`Chromium: SKIPPED, none at ${CHROMIUM} (set CHROMIUM_PATH)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
