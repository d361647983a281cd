// Benchmark: read + summarize one-hour logs at 10 Hz with 8 GPUs (the compare step's input).
//   node bench/summarize.bench.ts [--logs 10] [--seconds 3600] [--gpus 8] [--hz 10] [--rounds 3]
// Writes the logs to a temp dir (through the real writer), then times readRunLog + summarize over all
// of them, sequentially, several rounds; prints the best and median round, samples/s and MB/s.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readRunLog } from '../src/log/reader.ts';
import { summarize } from '../src/accounting/summarize.ts';
import { writeSyntheticLog } from '../test/fakes/log-builder.ts';

const { values } = parseArgs({
  options: {
    logs: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '3600' },
    gpus: { type: 'string', default: '8' },
    hz: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
  },
});
const logs = Number(values.logs);
const seconds = Number(values.seconds);
const gpus = Number(values.gpus);
const hz = Number(values.hz);
const rounds = Number(values.rounds);

const dir = mkdtempSync(join(tmpdir(), 'joulecheck-bench-'));
try {
  let t0 = performance.now();
  const files: string[] = [];
  let bytes = 0;
  let samples = 0;
  for (let i = 0; i < logs; i++) {
    const p = join(dir, `train-${i + 1}.log.ndjson`);
    const r = await writeSyntheticLog(p, { seconds, hz, gpus, seed: i + 1, header: { repeat: i + 1 } });
    files.push(p);
    bytes += r.bytes;
    samples += r.samples;
  }
  const writeMs = performance.now() - t0;
  console.log(
    `wrote ${logs} logs (${seconds} s at ${hz} Hz, ${gpus} GPUs): ${samples} sample lines, ${(samples * gpus).toLocaleString('en')} GPU samples, ` +
      `${(bytes / 1e6).toFixed(1)} MB in ${(writeMs / 1000).toFixed(2)} s (${Math.round(samples / (writeMs / 1000)).toLocaleString('en')} lines/s through the writer)`,
  );

  const times: number[] = [];
  const cpuTimes: number[] = [];
  let checksum = 0;
  for (let round = 0; round < rounds; round++) {
    t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const f of files) {
      const log = await readRunLog(f);
      checksum += summarize(log, { logName: f }).energy_j.total;
    }
    const c = process.cpuUsage(c0);
    times.push(performance.now() - t0);
    cpuTimes.push((c.user + c.system) / 1000);
  }
  cpuTimes.sort((a, b) => a - b);
  times.sort((a, b) => a - b);
  const best = times[0]!;
  const median = times[Math.floor(times.length / 2)]!;
  const per = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
  console.log(`read+summarize ${logs} logs: best ${per(best)}, median ${per(median)} over ${rounds} rounds (CPU time best ${per(cpuTimes[0]!)}; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} CPUs)`);
  console.log(
    `  ${Math.round(samples / (best / 1000)).toLocaleString('en')} sample lines/s, ` +
      `${Math.round((samples * gpus) / (best / 1000)).toLocaleString('en')} GPU samples/s, ${(bytes / 1e6 / (best / 1000)).toFixed(0)} MB/s`,
  );
  console.log(`  per log: ${(best / logs).toFixed(0)} ms; projected for 20 logs: ${per((best / logs) * 20)} (checksum ${checksum.toFixed(0)} J)`);

  // Reference on the same machine and moment (shared CI boxes vary a lot): plain JSON.parse of every
  // line of one log, no validation, no accounting. Compare the per-log figure with it.
  const text = readFileSync(files[0]!, 'utf8');
  let ref = Infinity;
  for (let round = 0; round < rounds; round++) {
    t0 = performance.now();
    let st = 0;
    for (;;) {
      const nl = text.indexOf('\n', st);
      if (nl < 0) break;
      if (nl > st) JSON.parse(text.slice(st, nl));
      st = nl + 1;
    }
    ref = Math.min(ref, performance.now() - t0);
  }
  console.log(`  reference: JSON.parse of one log's lines alone takes ${ref.toFixed(0)} ms (read+summarize is ${((best / logs / ref) * 100).toFixed(0)} % of that)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
