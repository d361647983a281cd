// `--load SECONDS`: a short CPU load (one busy child process), and every sensor the meter will use read
// before and after it. A counter that never moves is a failed check, not a zero: a frozen counter would
// make a run report 0 J as "measured".
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { check, type DoctorCheck } from '../model/doctor.ts';
import { parseCounter, zonePath } from '../meter/rapl/powercap.ts';
import { parseProcStat } from '../meter/procfs/procfs-parse.ts';
import { runQuery } from './smi-query.ts';
import type { GpuProbe, RaplDiscovery } from '../meter/types.ts';

export interface LoadInput {
  seconds: number;
  discovery: RaplDiscovery;
  /** the nvidia-smi probe when nvidia-smi is the GPU sensor */
  smi: GpuProbe | null;
  env: NodeJS.ProcessEnv;
}

/** Movement of one counter over the load; pure. `range` corrects one wrap (a negative delta). */
export function counterMovement(before: number | null, after: number | null, range: number): number | null {
  if (before === null || after === null) return null;
  const d = after - before;
  return d >= 0 ? d : range > 0 ? d + range : null;
}

function readZone(path: string): number | null {
  try {
    return parseCounter(readFileSync(path, 'latin1'));
  } catch {
    return null;
  }
}

function procBusy(): number | null {
  try {
    return parseProcStat(readFileSync('/proc/stat', 'latin1')).busy;
  } catch {
    return null;
  }
}

/** One busy child for `seconds` (a child, not this thread: this process must stay free to read). */
function cpuLoad(seconds: number): Promise<void> {
  const code = `const end = Date.now() + ${Math.round(seconds * 1000)}; let x = 0; while (Date.now() < end) x += Math.sqrt(x + 1);`;
  return new Promise((resolve) => {
    const c = spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
    c.on('error', () => resolve());
    c.on('exit', () => resolve());
  });
}

export async function loadChecks(i: LoadInput): Promise<DoctorCheck[]> {
  const out: DoctorCheck[] = [];
  const zones = i.discovery.zones.filter((z) => z.counted).map((z) => ({ z, path: zonePath(i.discovery.root, z.id) }));
  const before = zones.map((x) => readZone(x.path));
  const busy0 = procBusy();
  const power = i.smi?.available ? i.smi.fields.find((f) => f.startsWith('power.draw')) : undefined;
  const gpu0 = power ? runQuery(i.smi!.bin!, ['uuid', power], i.env) : null;
  const t0 = performance.now();
  await cpuLoad(i.seconds);
  const gpu1 = power ? runQuery(i.smi!.bin!, ['uuid', power], i.env) : null;
  const s = (performance.now() - t0) / 1000;
  const busy1 = procBusy();
  zones.forEach((x, k) => {
    const after = readZone(x.path);
    const moved = counterMovement(before[k]!, after, x.z.max_energy_range_uj);
    const comp = x.z.role === 'dram' ? 'dram' : 'cpu';
    const id = `load.rapl.${x.z.id.replace(/:/g, '-')}`;
    if (moved === null) out.push(check(id, comp, 'fail', `${x.path} could not be read before and after the load`, `cat ${x.path}`));
    else if (moved === 0)
      out.push(
        check(
          id,
          comp,
          'fail',
          `${x.z.id} (${x.z.name}): energy_uj stayed at ${before[k]} over ${s.toFixed(1)} s of CPU load: a frozen counter (some hypervisors and broken firmware expose one); a run would report 0 J as measured`,
          `cat ${x.path}; sleep 1; cat ${x.path}   # must differ\n# if it does not: the counter is unusable here; point --powercap-root at an empty directory to get the labelled estimate instead`,
        ),
      );
    else out.push(check(id, comp, 'ok', `${x.z.id} (${x.z.name}) moved ${(moved / 1e6).toFixed(3)} J over ${s.toFixed(1)} s of load (${(moved / 1e6 / s).toFixed(1)} W)`));
  });
  if (busy0 === null || busy1 === null) out.push(check('load.procfs', 'processes', 'fail', '/proc/stat could not be read', 'mount -t proc proc /proc'));
  else if (busy1 <= busy0) out.push(check('load.procfs', 'processes', 'fail', `/proc/stat busy time did not move over ${s.toFixed(1)} s of CPU load`, 'cat /proc/stat; sleep 1; cat /proc/stat   # the cpu line must grow'));
  else out.push(check('load.procfs', 'processes', 'ok', `/proc/stat busy time moved ${busy1 - busy0} ticks over ${s.toFixed(1)} s of load`));
  if (power && gpu0 && gpu1) {
    for (const g of i.smi!.gpus) {
      const a = gpu0.get(g.uuid) ?? null;
      const b = gpu1.get(g.uuid) ?? null;
      const id = `load.gpu.${g.index}`;
      if (a === null || b === null) out.push(check(id, 'gpu', 'fail', `GPU ${g.index} (${g.uuid}): no ${power} reading before or after the load`, `nvidia-smi --query-gpu=uuid,${power} --format=csv -i ${g.index}`));
      else out.push(check(id, 'gpu', 'ok', `GPU ${g.index}: ${power} ${a} W before, ${b} W after the CPU load (doctor has no GPU workload of its own; run your job under joulecheck run to see it rise)`));
    }
  }
  return out;
}
