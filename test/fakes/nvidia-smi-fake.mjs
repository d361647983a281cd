// Fake `nvidia-smi`: answers the commands joulecheck uses in the formats real drivers print (see
// test/fixtures/nvidia-smi/README.md), with known power. Configured by JOULECHECK_FAKE_NVSMI=<scenario.json>:
//
// {
//   "driver": "590.48.01",                 driver_version
//   "help": "590" | "pre530",              which recorded --help-query-gpu to answer (field availability)
//   "t0_ms": 1763900000000,                epoch ms origin of every profile (default: this process's start;
//                                          set it so a restarted stream continues the same profile)
//   "count": 8,                            shortcut: that many H100s when "gpus" is absent
//   "gpus": [{ "name": "NVIDIA H100 80GB HBM3", "uuid": "GPU-…", "power_limit_w": 700, "default_limit_w": 700,
//              "power": [[0, 120], [1.5, 400], [2, "[N/A]"]] | "[Not Supported]",   piecewise constant W
//              "util": [[0, 35]] | "[N/A]", "mig": ["3g.40gb", "4g.40gb"],
//              "temp": [[0, 45]], "sm_clock": [[0, 1980]] }],   temperature.gpu, clocks.sm ([N/A] when absent)
//   "processes": [{ "pid": 4242, "gpu": "GPU-…" | 0, "sm": 60 | null, "mem": 10, "name": "python train.py",
//                   "type": "C", "used_memory": 1024 }],   or "argv0": "name" instead of "pid": every live
//                                          process whose argv[0] (or its basename) is that name, found in /proc
//   "pmon": "550" | "545" | false,         pmon column set (550+: jpg ofa; 545: without), false: not supported
//   "compute_apps": true,                  false: --query-compute-apps fails
//   "die_after_s": 1.5,                    the --query-gpu -lms stream dies after this long (each start)
//   "die_signal": "SIGKILL",               how it dies (default: exit 15 after an Unknown Error line)
//   "pmon_die_after_s": 2,
//   "row_skew_ms": 0,                      per-GPU timestamp step within one tick (real: ~23 ms)
//   "fail": "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. …",
//   "log": "/tmp/calls.log"                append one line per invocation: "<pid> <argv joined by spaces>"
// }
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(here, '..', 'fixtures', 'nvidia-smi');
const START = Date.now();

function loadScenario() {
  const p = process.env.JOULECHECK_FAKE_NVSMI;
  const s = p ? JSON.parse(readFileSync(p, 'utf8')) : {};
  s.driver ??= '590.48.01';
  s.help ??= '590';
  s.t0_ms ??= START;
  s.pmon ??= '550';
  s.compute_apps ??= true;
  s.processes ??= [];
  if (!s.gpus) {
    const n = s.count ?? 1;
    s.gpus = Array.from({ length: n }, (_, i) => ({ power: [[0, 100 + 10 * i]], util: [[0, 50]] }));
  }
  s.gpus = s.gpus.map((g, i) => ({
    name: 'NVIDIA H100 80GB HBM3',
    uuid: `GPU-${String(i).padStart(8, '0')}-1111-2222-3333-${String(i).padStart(12, '0')}`,
    bus_id: `00000000:${(0x18 + i * 0x10).toString(16).toUpperCase().padStart(2, '0')}:00.0`,
    power_limit_w: 700,
    default_limit_w: 700,
    power: [[0, 100]],
    util: [[0, 0]],
    mig: [],
    ...g,
    index: i,
  }));
  return s;
}

/** Value of a piecewise-constant profile at t seconds; strings are printed as-is ("[N/A]"). */
function at(profile, t) {
  if (!Array.isArray(profile)) return profile;
  let v = profile[0]?.[1] ?? '[N/A]';
  for (const [start, val] of profile) {
    if (t >= start) v = val;
    else break;
  }
  return v;
}

const pad2 = (n) => String(n).padStart(2, '0');
/** `YYYY/MM/DD HH:MM:SS.mmm`, local time, as nvidia-smi prints it. */
function stamp(ms) {
  const d = new Date(ms);
  return `${d.getFullYear()}/${pad2(d.getMonth() + 1)}/${pad2(d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}.${String(d.getMilliseconds()).padStart(3, '0')}`;
}

// canonical field -> [unit for headers, unit printed after values without nounits]
const UNITS = {
  'power.draw': 'W', 'power.draw.instant': 'W', 'power.draw.average': 'W', 'power.limit': 'W',
  'enforced.power.limit': 'W', 'power.default_limit': 'W', 'power.max_limit': 'W', 'power.min_limit': 'W',
  'utilization.gpu': '%', 'utilization.memory': '%', 'memory.used': 'MiB', 'memory.total': 'MiB',
  'used_memory': 'MiB',
};

function helpText(s) {
  const file = s.help === 'pre530' ? 'help-query-gpu-full-pre530-2021.txt' : 'help-query-gpu-full-driver590-h100.txt';
  return readFileSync(join(FIXTURES, file), 'utf8');
}

/** alias -> canonical, from the help text this fake answers with (so unknown fields fail like a real driver). */
function knownFields(s) {
  const map = new Map();
  for (const line of helpText(s).split('\n')) {
    if (!line.startsWith('"')) continue;
    const names = [...line.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    for (const n of names) map.set(n, names[0]);
  }
  return map;
}

function fmtNum(v, decimals) {
  return typeof v === 'number' ? v.toFixed(decimals) : String(v);
}

function gpuValue(s, g, field, tMs) {
  const t = (tMs - s.t0_ms) / 1000;
  switch (field) {
    case 'timestamp': return stamp(tMs);
    case 'uuid': return g.uuid;
    case 'index': return String(g.index);
    case 'name': return g.name;
    case 'driver_version': return s.driver;
    case 'count': return String(s.gpus.length);
    case 'pci.bus_id': return g.bus_id;
    case 'power.draw': case 'power.draw.instant': case 'power.draw.average': return fmtNum(at(g.power, t), 2);
    case 'power.limit': case 'enforced.power.limit': case 'power.max_limit': return fmtNum(g.power_limit_w, 2);
    case 'power.default_limit': return fmtNum(g.default_limit_w, 2);
    case 'power.min_limit': return fmtNum(200, 2);
    case 'utilization.gpu': return fmtNum(at(g.util, t), 0);
    case 'utilization.memory': return '0';
    case 'memory.total': return '81559';
    case 'memory.used': return '0';
    case 'pstate': return 'P0';
    case 'mig.mode.current': return g.mig?.length ? 'Enabled' : 'Disabled';
    case 'temperature.gpu': return g.temp === undefined ? '[N/A]' : fmtNum(at(g.temp, t), 0);
    case 'clocks.sm': case 'clocks.current.sm': return g.sm_clock === undefined ? '[N/A]' : fmtNum(at(g.sm_clock, t), 0);
    default: return '[N/A]';
  }
}

function withUnit(field, v, nounits) {
  const u = UNITS[field];
  if (nounits || !u || v.startsWith('[') || v === 'N/A') return v;
  return `${v} ${u}`;
}

function header(field, requested) {
  const u = UNITS[field];
  return u ? `${field} [${u}]` : field === requested ? requested : field;
}

function opt(args, name) {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === name) return args[i + 1] ?? '';
    if (a.startsWith(`${name}=`)) return a.slice(name.length + 1);
  }
  return null;
}

function dieLater(s, seconds) {
  if (seconds === undefined || seconds === null) return;
  setTimeout(() => {
    if (s.die_signal) process.kill(process.pid, s.die_signal);
    else {
      process.stdout.write('Unable to determine the device handle for GPU0000:18:00.0: Unknown Error\n');
      process.exit(15);
    }
  }, seconds * 1000);
}

/** Runs `tick(k)` at origin + k*periodMs (drift-free), k = 0, 1, … */
function every(periodMs, tick) {
  const origin = Date.now();
  let k = 0;
  const next = () => {
    tick(k++);
    setTimeout(next, Math.max(0, origin + k * periodMs - Date.now()));
  };
  next();
}

function queryGpu(s, args) {
  const fmt = (opt(args, '--format') ?? '').split(',');
  const nounits = fmt.includes('nounits');
  const noheader = fmt.includes('noheader');
  const known = knownFields(s);
  const requested = (opt(args, '--query-gpu') ?? '').split(',').filter(Boolean);
  for (const f of requested)
    if (!known.has(f)) {
      process.stdout.write(`Field "${f}" is not a valid field to query.\n\n`);
      process.exit(2);
    }
  const fields = requested.map((f) => known.get(f));
  const lms = opt(args, '-lms') ?? opt(args, '--loop-ms');
  const l = opt(args, '-l') ?? opt(args, '--loop');
  const period = lms !== null ? Number(lms) : l !== null ? Number(l) * 1000 : null;
  const skew = s.row_skew_ms ?? 0;
  const block = (now) =>
    s.gpus.map((g, i) => fields.map((f) => withUnit(f, gpuValue(s, g, f, now + i * skew), nounits)).join(', ') + '\n').join('');
  const head = noheader ? '' : fields.map((f, i) => header(f, requested[i])).join(', ') + '\n';
  if (period === null) {
    process.stdout.write(head + block(Date.now()));
    return;
  }
  dieLater(s, s.die_after_s);
  let first = true;
  every(Math.max(1, period), () => {
    process.stdout.write((first ? head : '') + block(Date.now()));
    first = false;
  });
}

const PMON_HEAD = {
  550: [
    '# gpu         pid   type     sm    mem    enc    dec    jpg    ofa    command \n',
    '# Idx           #    C/G      %      %      %      %      %      %    name \n',
  ],
  545: ['# gpu         pid  type    sm    mem    enc    dec    command\n', '# Idx           #   C/G     %      %      %      %    name\n'],
};

/** The scenario's processes now: fixed pids as given, `argv0` ones expanded to the live matching pids. */
function liveProcesses(s) {
  const byName = s.processes.filter((p) => p.argv0 !== undefined);
  if (byName.length === 0) return s.processes;
  const out = s.processes.filter((p) => p.argv0 === undefined);
  for (const e of readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    let argv0;
    try {
      argv0 = readFileSync(`/proc/${e}/cmdline`, 'latin1').split('\0')[0];
    } catch {
      continue;
    }
    if (!argv0) continue;
    const base = argv0.slice(argv0.lastIndexOf('/') + 1);
    for (const p of byName) if (p.argv0 === argv0 || p.argv0 === base) out.push({ ...p, pid: Number(e) });
  }
  return out;
}

function pmonRows(s) {
  const procsNow = liveProcesses(s);
  const cols = s.pmon === '545' ? 4 : 6; // sm mem enc dec [jpg ofa]
  const out = [];
  for (const g of s.gpus) {
    const procs = procsNow.filter((p) => p.gpu === g.uuid || p.gpu === g.index);
    if (procs.length === 0) {
      out.push(`    ${g.index}          -     -${'      -'.repeat(cols)}    -              \n`);
      continue;
    }
    for (const p of procs) {
      const v = (x) => String(x ?? '-').padStart(s.pmon === '545' ? 6 : 7);
      const util = [v(p.sm), v(p.mem ?? (p.sm == null ? null : 0))];
      for (let i = 2; i < cols; i++) util.push(v(null));
      out.push(`    ${g.index} ${String(p.pid).padStart(10)} ${(p.type ?? 'C').padStart(5)}${util.join('')}    ${(p.name ?? 'python').slice(0, 16).padEnd(15)}\n`);
    }
  }
  return out.join('');
}

function pmon(s, args) {
  if (s.pmon === false) {
    process.stdout.write('Failed to start pmon: Not Supported\n');
    process.exit(3);
  }
  const c = opt(args, '-c');
  const d = Number(opt(args, '-d') ?? 1);
  const count = c === null ? Infinity : Number(c);
  const [h1, h2] = PMON_HEAD[s.pmon === '545' ? 545 : 550];
  dieLater(s, s.pmon_die_after_s);
  let n = 0;
  every(Math.max(1, d) * 1000, () => {
    if (n >= count) process.exit(0);
    // the header pair is reprinted every 10 samples, as real drivers do mid-stream
    process.stdout.write((n % 10 === 0 ? h1 + h2 : '') + pmonRows(s));
    n++;
    if (n >= count) process.exit(0);
  });
}

function computeApps(s, args) {
  if (!s.compute_apps) {
    process.stdout.write('Failed to query compute apps: Not Supported\n');
    process.exit(3);
  }
  const fmt = (opt(args, '--format') ?? '').split(',');
  const nounits = fmt.includes('nounits');
  const fields = (opt(args, '--query-compute-apps') ?? '').split(',').filter(Boolean);
  const now = Date.now();
  const rows = [];
  for (const p of liveProcesses(s)) {
    const g = s.gpus.find((x) => x.uuid === p.gpu || x.index === p.gpu);
    if (!g) continue;
    const val = {
      timestamp: stamp(now), pid: String(p.pid), gpu_uuid: g.uuid, gpu_name: g.name, gpu_bus_id: g.bus_id,
      process_name: p.name ?? 'python', used_memory: String(p.used_memory ?? 1024), used_gpu_memory: String(p.used_memory ?? 1024),
    };
    rows.push(fields.map((f) => (f.startsWith('used_') && !nounits ? `${val[f]} MiB` : (val[f] ?? '[N/A]'))).join(', ') + '\n');
  }
  const head = fmt.includes('noheader') ? '' : fields.map((f) => (f.startsWith('used_') ? 'used_gpu_memory [MiB]' : f)).join(', ') + '\n';
  process.stdout.write(head + rows.join(''));
}

function list(s) {
  let out = '';
  for (const g of s.gpus) {
    out += `GPU ${g.index}: ${g.name} (UUID: ${g.uuid})\n`;
    (g.mig ?? []).forEach((m, i) => {
      out += `  MIG ${m.padEnd(12)}Device  ${i}: (UUID: MIG-${String(i).padStart(8, '0')}-${g.uuid.slice(13)})\n`;
    });
  }
  process.stdout.write(out);
}

export function main(args) {
  const s = loadScenario();
  if (s.log) appendFileSync(s.log, `${process.pid} ${args.join(' ')}\n`);
  if (s.fail) {
    process.stdout.write(`${s.fail}\n`);
    process.exit(9);
  }
  process.stdout.on('error', () => process.exit(0)); // reader gone (EPIPE): exit quietly
  process.on('SIGTERM', () => process.exit(0));
  if (args.includes('--help-query-gpu')) process.stdout.write(helpText(s));
  else if (args.includes('-L') || args.includes('--list-gpus')) list(s);
  else if (args[0] === 'pmon') pmon(s, args);
  else if (args.some((a) => a.startsWith('--query-compute-apps'))) computeApps(s, args);
  else if (args.some((a) => a.startsWith('--query-gpu'))) queryGpu(s, args);
  else {
    process.stdout.write(`Fake NVIDIA-SMI ${s.driver}: ${s.gpus.length} GPU(s). Unsupported arguments: ${args.join(' ')}\n`);
    process.exit(args.length === 0 ? 0 : 2);
  }
}
