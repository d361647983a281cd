// Benchmark: summarize + compare 2 x 10 runs whose raw logs are one hour at 10 Hz with 8 GPUs each.
//   node bench/compare.bench.ts [--runs 10] [--seconds 3600] [--gpus 8] [--hz 10] [--rounds 3]
// Writes 2 x runs synthetic logs through the real writer (head at PUE 1.25 vs 1.2: a +4% energy change to
// find), then times, per round: readRunLog + summarize of every log, compareSummaries, and the Markdown
// and JSON rendering. Target: <= 2 s for the whole on the development machine.
// Prints wall time and this process's CPU time (user + system): on a shared, loaded machine the wall time
// mostly measures the other processes, the CPU time much less so.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readRunLog } from '../src/log/reader.ts';
import { compareSummaries } from '../src/analysis/compare.ts';
import { renderComparisonMarkdown } from '../src/render/markdown.ts';
import { summarize } from '../src/accounting/summarize.ts';
import type { Summary } from '../src/model/summary.ts';
import { writeSyntheticLog } from '../test/fakes/log-builder.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '3600' },
    gpus: { type: 'string', default: '8' },
    hz: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
  },
});
const runs = Number(values.runs);
const seconds = Number(values.seconds);
const gpus = Number(values.gpus);
const hz = Number(values.hz);
const rounds = Number(values.rounds);

const dir = mkdtempSync(join(tmpdir(), 'joulecheck-compare-bench-'));
const sec = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
try {
  let t0 = performance.now();
  const files = { base: [] as string[], head: [] as string[] };
  let samples = 0;
  let bytes = 0;
  for (const side of ['base', 'head'] as const) {
    for (let i = 0; i < runs; i++) {
      const p = join(dir, `${side}-train-${i + 1}.log.ndjson`);
      const pue = side === 'base' ? 1.2 : 1.25;
      const r = await writeSyntheticLog(p, { seconds, hz, gpus, seed: (side === 'base' ? 100 : 200) + i, header: { repeat: i + 1, pue } });
      files[side].push(p);
      samples += r.samples;
      bytes += r.bytes;
    }
  }
  console.log(
    `wrote 2 x ${runs} logs (${seconds} s at ${hz} Hz, ${gpus} GPUs): ${samples.toLocaleString('en')} sample lines, ` +
      `${(samples * gpus).toLocaleString('en')} GPU samples, ${(bytes / 1e6).toFixed(0)} MB in ${sec(performance.now() - t0)}`,
  );

  const rows: { total: number; cpu: number; summarize: number; compare: number; render: number }[] = [];
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let verdict = '';
  let mdLength = 0;
  for (let round = 0; round < rounds; round++) {
    t0 = performance.now();
    const c0 = cpuMs();
    const sums: { base: Summary[]; head: Summary[] } = { base: [], head: [] };
    for (const side of ['base', 'head'] as const) {
      for (const f of files[side]) sums[side].push(summarize(await readRunLog(f), { logName: f }));
    }
    const t1 = performance.now();
    const c = compareSummaries(sums.base, sums.head);
    const t2 = performance.now();
    const md = renderComparisonMarkdown(c);
    JSON.stringify(c);
    const t3 = performance.now();
    rows.push({ total: t3 - t0, cpu: cpuMs() - c0, summarize: t1 - t0, compare: t2 - t1, render: t3 - t2 });
    verdict = `${c.headline.verdict} (${(c.metrics[0]!.change!.relative * 100).toFixed(2)}%)`;
    mdLength = md.length;
  }
  rows.sort((a, b) => a.total - b.total);
  const best = rows[0]!;
  const median = rows[Math.floor(rows.length / 2)]!;
  console.log(`summarize + compare 2 x ${runs} runs: best ${sec(best.total)}, median ${sec(median.total)} over ${rounds} rounds (target <= 2 s)`);
  console.log(`  CPU time (user + system) of the best round: ${sec(best.cpu)}; load average now ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${availableParallelism()} CPUs`);
  console.log(
    `  best round: read+summarize ${sec(best.summarize)}, compare ${(best.compare).toFixed(1)} ms, ` +
      `render Markdown+JSON ${(best.render).toFixed(1)} ms`,
  );
  console.log(
    `  ${Math.round(samples / (best.total / 1000)).toLocaleString('en')} sample lines/s, ` +
      `${Math.round((samples * gpus) / (best.total / 1000)).toLocaleString('en')} GPU samples/s, ${(bytes / 1e6 / (best.total / 1000)).toFixed(0)} MB/s`,
  );
  console.log(`  verdict: energy ${verdict}; comment ${mdLength.toLocaleString('en')} characters`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
