import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../fakes/prng.ts';
import {
  csvBounds,
  describePowerField,
  parseCsv,
  parseHelpQueryGpu,
  parseListGpus,
  parseReading,
  parseSmiTimestamp,
  plainNumberAt,
  PmonAggregator,
  PmonParser,
  readingAt,
  smiTimestampAt,
  type PmonRow,
} from '../../../src/meter/smi/nvidia-smi-parse.ts';

const FIX = join(import.meta.dirname, '..', '..', 'fixtures', 'nvidia-smi');
const fx = (name: string): string => readFileSync(join(FIX, name), 'utf8');
const help590 = parseHelpQueryGpu(fx('help-query-gpu-full-driver590-h100.txt'));
const help2021 = parseHelpQueryGpu(fx('help-query-gpu-full-pre530-2021.txt'));

/** Random spellings around the grammar's edges: digits, dots, signs, spaces, units, brackets, exponents. */
function spellings(seed: number, n: number): string[] {
  const rnd = mulberry32(seed);
  const parts = ['0', '1', '7', '42', '007', '123456789012345', '1234567890123456', '.', '.', '-', '-', ' ', '  ', '\t', 'W', ' W', '%', ' MiB', 'e3', 'E', '[N/A]', 'x', ',', '\u00a0', '\u2003'];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = '';
    const k = 1 + Math.floor(rnd() * 5);
    for (let j = 0; j < k; j++) s += parts[Math.floor(rnd() * parts.length)];
    out.push(s);
  }
  return out;
}
/** The grammar as documented at parseReading, spelled independently of the code under test. */
function readingSpec(raw: string): number | null {
  const m = /^\s*(-?\d+(?:\.\d+)?)(?:\s*[A-Za-z%]+)?\s*$/.exec(raw);
  return m ? Number(m[1]) : null;
}

describe('values', () => {
  it('the regex-free fast paths read exactly what the documented grammar reads (5000 random spellings)', () => {
    for (const s of spellings(7, 5000)) {
      const want = readingSpec(s);
      expect(parseReading(s), JSON.stringify(s)).toBe(want);
      // inside a longer line, by bounds: the same value (the line's other bytes are not looked at)
      const line = `9.5,${s},x`;
      expect(readingAt(line, 4, 4 + s.length), JSON.stringify(s)).toBe(want);
      // the fast path itself either agrees or declines (null), never reads something else
      const fast = plainNumberAt(line, 4, 4 + s.length);
      if (fast !== null) expect(fast, JSON.stringify(s)).toBe(want);
    }
    // the plain spellings are taken by the fast path (what makes it fast)
    for (const s of ['0', '-0', '70.68', '631.95', '100', '-12.5', '123456789012345'])
      expect(plainNumberAt(s, 0, s.length), s).toBe(Number(s));
    for (const s of ['', '.5', '5.', '-', '1e3', '1.2.3', '+1', ' 1', '1 ', '1234567890123456']) expect(plainNumberAt(s, 0, s.length), s).toBeNull();
  });

  it('csvBounds finds the fields split(",").map(trim) finds, without copying them', () => {
    const rnd = mulberry32(11);
    const bounds = new Int32Array(8);
    for (const s of spellings(3, 2000)) {
      const line = s + (rnd() < 0.5 ? ', GPU-1, 5' : '');
      const want = line.split(',').map((f) => f.trim());
      const n = csvBounds(line, bounds);
      expect(n, JSON.stringify(line)).toBe(want.length);
      for (let i = 0; i < Math.min(n, 4); i++) expect(line.slice(bounds[2 * i]!, bounds[2 * i + 1]!), JSON.stringify(line)).toBe(want[i]);
    }
  });

  it('smiTimestampAt reads what parseSmiTimestamp reads, from the same line by bounds', () => {
    const base = new Date(2026, 6, 14, 8, 12, 53, 0).getTime();
    for (const tail of ['', '.5', '.05', '.123', '.999', '.', '.1234', '.12x', ' ', 'x']) {
      for (const sec of ['53', '54']) {
        const ts = `2026/07/14 08:12:${sec}${tail}`;
        const line = `${ts}, GPU-1, 70.5`;
        // cold (another second parsed last) and warm (this second parsed last): both paths
        parseSmiTimestamp('2020/01/01 00:00:00.000');
        const cold = smiTimestampAt(line, 0, ts.length);
        parseSmiTimestamp(`2026/07/14 08:12:${sec}.000`);
        const warm = smiTimestampAt(line, 0, ts.length);
        const want = parseSmiTimestamp(ts.trim());
        expect(cold, ts).toBe(want);
        expect(warm, ts).toBe(want);
      }
    }
    // and the values themselves, from the calendar (not from the code under test)
    parseSmiTimestamp('2026/07/14 08:12:53.000');
    const at = (ts: string): number | null => smiTimestampAt(`${ts}, x`, 0, ts.length);
    expect(at('2026/07/14 08:12:53.5')).toBe(base + 500);
    expect(at('2026/07/14 08:12:53.05')).toBe(base + 50);
    expect(at('2026/07/14 08:12:53.123')).toBe(base + 123);
    expect(at('2026/07/14 08:12:53')).toBe(base);
    expect(at('2026/07/14 08:12:54.001')).toBe(base + 1001);
  });


  it('every non-numeric spelling is absent, never zero; units are dropped', () => {
    for (const s of ['[N/A]', 'N/A', '[Not Supported]', '[Insufficient Permissions]', '[Unknown Error]', '[Requested functionality has been deprecated]', '-', '', '  ', 'Supported', 'P0'])
      expect(parseReading(s), s).toBeNull();
    expect(parseReading(undefined)).toBeNull();
    expect(parseReading('631.95 W')).toBe(631.95);
    expect(parseReading('100 %')).toBe(100);
    expect(parseReading(' 19818 MiB')).toBe(19818);
    expect(parseReading('0')).toBe(0);
    expect(parseReading('70.68')).toBe(70.68);
  });

  it('timestamps are local time with milliseconds', () => {
    expect(parseSmiTimestamp('2024/03/15 13:57:59.791')).toBe(new Date(2024, 2, 15, 13, 57, 59, 791).getTime());
    expect(parseSmiTimestamp('2026/07/14 08:12:53.5')).toBe(new Date(2026, 6, 14, 8, 12, 53, 500).getTime());
    expect(parseSmiTimestamp('Tue Jul 14 08:12:53 2026')).toBeNull();
    // the same second again (cached) with other fractions, then a malformed tail on a cached second
    expect(parseSmiTimestamp('2026/07/14 08:12:53.123')).toBe(new Date(2026, 6, 14, 8, 12, 53, 123).getTime());
    expect(parseSmiTimestamp(' 2026/07/14 08:12:53 ')).toBe(new Date(2026, 6, 14, 8, 12, 53, 0).getTime());
    expect(parseSmiTimestamp('2026/07/14 08:12:53.12x')).toBeNull();
    expect(parseSmiTimestamp('2026/07/14 08:12:53.1234')).toBeNull();
    expect(parseSmiTimestamp('2026/07/14 08:12:54.001')).toBe(new Date(2026, 6, 14, 8, 12, 54, 1).getTime());
  });
});

describe('--help-query-gpu', () => {
  it('590 knows instant/average power and their gpu.* aliases; 2021 knows only power.draw', () => {
    expect(help590.canonical.get('power.draw.instant')).toBe('power.draw.instant');
    expect(help590.canonical.get('gpu.power.draw.instant')).toBe('power.draw.instant');
    expect(help590.canonical.get('gpu_uuid')).toBe('uuid');
    expect(help590.canonical.has('power_smoothing.primary_power_floor')).toBe(true);
    expect(help2021.canonical.has('power.draw')).toBe(true);
    expect(help2021.canonical.has('power.draw.instant')).toBe(false);
    expect(help2021.canonical.has('power.draw.average')).toBe(false);
    expect(help2021.canonical.get('clocks.gr')).toBe('clocks.current.graphics');
  });

  it('power.draw is called a 1 s average only where the driver says so', () => {
    expect(describePowerField('power.draw', help590)).toMatch(/1 s average on Ampere/);
    expect(describePowerField('power.draw', help2021)).toMatch(/instantaneous/);
    expect(describePowerField('power.draw.instant', help590)).toMatch(/instantaneous/);
  });
});

describe('--query-gpu CSV', () => {
  it('all 212 fields of an idle and a loaded H100 (590), mapped by header with units stripped', () => {
    const idle = parseCsv(fx('query-gpu-allfields-h100-driver590-idle.csv'), { help: help590 });
    expect(idle.columns).toHaveLength(212);
    expect(idle.rows).toHaveLength(1);
    const r = idle.rows[0]!;
    expect(parseReading(r['power.draw.instant'])).toBe(69.62);
    expect(parseReading(r['power.draw'])).toBe(69.85);
    expect(parseReading(r['power.limit'])).toBe(700);
    expect(parseReading(r['module.power.draw.instant'])).toBeNull();
    expect(parseReading(r['power.management'])).toBeNull();
    expect(r.uuid).toBe('GPU-00000000-0000-0000-0000-000000000000');
    const load = parseCsv(fx('query-gpu-allfields-h100-driver590-load.csv'), { help: help590 }).rows[0]!;
    expect(parseReading(load['power.draw.instant'])).toBe(625.68);
    expect(parseReading(load['utilization.gpu'])).toBe(100);
  });

  it('MIG: utilisation absent while power reads', () => {
    const r = parseCsv(fx('query-gpu-allfields-h100-mig-driver590-load.csv'), { help: help590 }).rows[0]!;
    expect(parseReading(r['utilization.gpu'])).toBeNull();
    expect(parseReading(r['power.draw.instant'])).toBe(447.35);
  });

  it('535 nounits: upstream-duplicated rows kept once, alias headers, per-row timestamps', () => {
    const t = parseCsv(fx('query-gpu-h100-driver535-nounits-rows-duplicated-upstream.csv'), { help: help590 });
    expect(t.rows).toHaveLength(4);
    expect(t.columns).toContain('clocks.current.graphics');
    expect(t.rows.map((r) => parseReading(r['power.draw.average']))).toEqual([70.89, 71.71, 70.78, 72.17]);
    expect(t.rows.map((r) => parseReading(r['power.draw.instant']))).toEqual([70.68, 72.05, 70.97, 71.44]);
    const ts = t.rows.map((r) => parseSmiTimestamp(r.timestamp!)!);
    expect(ts[1]! - ts[0]!).toBe(24);
  });

  it('header aliases renamed, units in values, two GPUs', () => {
    const t = parseCsv(fx('synthetic-query-gpu-header-aliases-units.csv'), { help: help2021 });
    expect(t.columns.slice(0, 2)).toEqual(['name', 'fan.speed']);
    expect(t.rows.map((r) => parseReading(r['power.draw']))).toEqual([301.42, 14.07]);
    expect(t.rows.map((r) => r.name)).toEqual(['NVIDIA GeForce RTX 3090', 'NVIDIA GeForce RTX 3060']);
  });

  it('noheader files by requested columns; [Not Supported] and [N/A] both absent', () => {
    const cols = ['gpu_name', 'utilization.gpu', 'utilization.memory', 'temperature.gpu', 'power.draw', 'power.limit', 'fan.speed', 'pstate', 'clocks.current.graphics', 'clocks.current.memory', 'power.max_limit', 'power.default_limit'];
    const r = parseCsv(fx('synthetic-query-gpu-noheader-NotSupported.csv'), { columns: cols }).rows[0]!;
    expect(parseReading(r['power.draw'])).toBeNull();
    expect(parseReading(r['power.limit'])).toBeNull();
    expect(parseReading(r['temperature.gpu'])).toBe(48);
    const c2 = ['memory.total', 'memory.free', 'memory.used', 'temperature.gpu', 'fan.speed', 'utilization.gpu', 'utilization.memory'];
    for (const f of ['synthetic-query-gpu-noheader-nounits-NA.csv', 'synthetic-query-gpu-noheader-nounits-NotSupported.csv']) {
      const row = parseCsv(fx(f), { columns: c2 }).rows[0]!;
      expect(parseReading(row['fan.speed'])).toBeNull();
      expect(parseReading(row['utilization.gpu'])).toBe(3);
    }
  });

  it('Pascal nounits without a final newline; a wrong field count is dropped', () => {
    const t = parseCsv(fx('synthetic-query-gpu-pascal-nounits.csv'), { help: help2021 });
    expect(t.rows).toHaveLength(1);
    expect(parseReading(t.rows[0]!['power.draw'])).toBe(49.87);
    expect(parseReading(t.rows[0]!['fan.speed'])).toBeNull();
    expect(parseCsv('a, b\n1, 2, 3\n4, 5\n').rows).toEqual([{ a: '4', b: '5' }]);
  });
});

describe('--query-compute-apps', () => {
  it('load, header-only idle, and Windows paths with spaces and [N/A] memory', () => {
    const load = parseCsv(fx('query-compute-apps-h100-driver590-load.csv'));
    expect(load.rows.map((r) => Number(r.pid))).toEqual([11327, 11328, 11345]);
    expect(load.columns).toContain('used_gpu_memory');
    expect(parseReading(load.rows[2]!.used_gpu_memory)).toBe(15690);
    expect(parseCsv(fx('query-compute-apps-h100-driver590-idle-header-only.csv')).rows).toEqual([]);
    const win = parseCsv(fx('query-compute-apps-windows-rtx2080super-driver591-load.csv'));
    expect(win.rows).toHaveLength(12);
    expect(win.rows.find((r) => r.pid === '20372')!.process_name).toBe('C:\\Program Files\\NZXT CAM\\NZXT CAM.exe');
    expect(parseReading(win.rows[0]!.used_gpu_memory)).toBeNull();
  });
});

describe('-L', () => {
  it('GPUs and MIG devices', () => {
    expect(parseListGpus(fx('list-gpus-L-h100-driver590.txt'))).toEqual([
      { index: 0, name: 'NVIDIA H100 80GB HBM3', uuid: 'GPU-00000000-0000-0000-0000-000000000000', mig: [] },
    ]);
    const mig = parseListGpus(fx('list-gpus-L-h100-mig-driver590.txt'));
    expect(mig).toHaveLength(1);
    expect(mig[0]!.mig.map((m) => [m.profile, m.device])).toEqual([['3g.40gb', 0], ['2g.20gb', 1], ['1g.10gb', 2], ['1g.10gb', 3]]);
    expect(mig[0]!.mig[3]!.uuid).toBe('MIG-00000003-0000-0000-0000-000000000003');
  });
});

function pmonRows(text: string): { rows: PmonRow[]; headers: number; parser: PmonParser } {
  const p = new PmonParser();
  const rows: PmonRow[] = [];
  let headers = 0;
  for (const line of text.split('\n')) {
    const r = p.push(line);
    if (r === 'header') headers++;
    else if (r) rows.push(r);
  }
  return { rows, headers, parser: p };
}

describe('pmon', () => {
  it('545 column set (no jpg/ofa), 3 GPUs, - for unsampled processes', () => {
    const { rows, parser } = pmonRows(fx('synthetic-pmon-su-c1-3gpu-545-shape.txt'));
    expect(parser.columns).toEqual(['gpu', 'pid', 'type', 'sm', 'mem', 'enc', 'dec', 'command']);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual({ gpu: 0, uuid: null, pid: 2201337, type: 'C', sm: 71, mem: 40, command: 'python' });
    expect(rows[1]!.sm).toBeNull();
    expect(rows.map((r) => r.gpu)).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('550/560 column set with jpg/ofa; idle rows have no pid', () => {
    const idle = pmonRows(fx('synthetic-pmon-su-c1-4gpu-idle-550-shape.txt'));
    expect(idle.parser.columns).toEqual(['gpu', 'pid', 'type', 'sm', 'mem', 'enc', 'dec', 'jpg', 'ofa', 'command']);
    expect(idle.rows.map((r) => [r.gpu, r.pid, r.sm, r.command])).toEqual([0, 1, 2, 3].map((g) => [g, null, null, '']));
    const busy = pmonRows(fx('synthetic-pmon-su-c1-4gpu-560-shape.txt'));
    expect(busy.rows[0]).toMatchObject({ gpu: 0, pid: 1733321, sm: 0, mem: 0 });
  });

  it('590 H100 stream: 5 samples x 3 processes, memhogs unsampled', () => {
    const { rows } = pmonRows(fx('pmon-default-h100-driver590-load.txt'));
    expect(rows).toHaveLength(15);
    expect(rows.filter((r) => r.pid === 11345).every((r) => r.sm === 99 && r.command === 'gpu_burn')).toBe(true);
    expect(rows.filter((r) => r.command === 'memhog').every((r) => r.sm === null)).toBe(true);
  });

  it('MIG: every utilisation column is -', () => {
    const { rows } = pmonRows(fx('pmon-default-h100-mig-driver590-load.txt'));
    expect(rows).toHaveLength(15);
    expect(rows.every((r) => r.sm === null && r.pid !== null)).toBe(true);
  });

  it('Windows: C+G type, names with spaces, cut at 16 characters; a truncated last line is dropped', () => {
    const text = fx('pmon-default-windows-rtx2080super-driver591-load.txt');
    const { rows } = pmonRows(text);
    expect(rows.find((r) => r.pid === 4680)!.command).toBe('NVIDIA Share.exe');
    expect(rows.find((r) => r.pid === 20372)!.command).toBe('NZXT CAM.exe');
    expect(rows.find((r) => r.pid === 12444)!.command).toBe('TextInputHost.ex');
    expect(rows.every((r) => r.type === 'C+G' || r.type === 'C')).toBe(true);
    expect(rows.find((r) => r.pid === 26660 && r.sm === 3)).toBeDefined();
    // The capture ends mid-row: that row must not be taken as a sample with made-up columns.
    const lastLine = text.trimEnd().split('\n').pop()!;
    expect(new PmonParser().push(lastLine)).toBeNull();
    expect(rows.every((r) => r.command !== '')).toBe(true);
  });

  it('-s um streams: fb (and ccpm) columns, header pair reprinted mid-stream, cut last line', () => {
    const a = pmonRows(fx('pmon-sum-d5-stream-fb-last-driver-unknown.txt'));
    expect(a.parser.columns).toEqual(['gpu', 'pid', 'type', 'sm', 'mem', 'enc', 'dec', 'fb', 'command']);
    expect(a.headers).toBe(4);
    expect(a.rows.every((r) => r.command === 'ffmpeg' && r.gpu === 0)).toBe(true);
    expect(a.rows.filter((r) => r.pid === 12176)[0]!.sm).toBe(5);
    const b = pmonRows(fx('pmon-sum-d5-stream-jpg-ofa-fb-ccpm-2gpu.txt'));
    expect(b.parser.columns).toEqual(['gpu', 'pid', 'type', 'sm', 'mem', 'enc', 'dec', 'jpg', 'ofa', 'fb', 'ccpm', 'command']);
    expect(b.rows.filter((r) => r.gpu === 0).every((r) => r.pid === 3908637 && r.sm !== null)).toBe(true);
    expect(b.rows.filter((r) => r.gpu === 1).every((r) => r.pid === null)).toBe(true);
  });

  it('rows before any header are ignored', () => {
    expect(new PmonParser().push('    0      11345     C     99     10      -      -      -      -    gpu_burn')).toBeNull();
  });
});

describe('PmonAggregator', () => {
  const uuids = ['GPU-a', 'GPU-b'];
  const agg = (): PmonAggregator => new PmonAggregator((r) => (r.gpu !== null ? (uuids[r.gpu] ?? null) : null), 150);

  it('splits a stream into samples at a repeated (gpu, pid) or a lower gpu index', () => {
    const a = agg();
    const p = new PmonParser();
    const lines = fx('pmon-sum-d5-stream-jpg-ofa-fb-ccpm-2gpu.txt').split('\n');
    let t = 0;
    for (const l of lines.slice(0, 4)) a.push(p.push(l), (t += 1));
    expect(a.snapshot(t)).toBeNull(); // first sample not complete until the next starts or the stream is quiet
    for (const l of lines.slice(4, 6)) a.push(p.push(l), (t += 1));
    const s = a.snapshot(t)!;
    expect([...s.get('GPU-a')!]).toEqual([[3908637, 5]]);
    expect(s.get('GPU-b')!.size).toBe(0); // idle GPU: present, no processes
    // quiet for quietMs: the block in progress is complete
    expect([...a.snapshot(t + 200)!.get('GPU-a')!]).toEqual([[3908637, 4]]);
  });

  it('single-GPU stream: samples split when a pid repeats', () => {
    const a = agg();
    const p = new PmonParser();
    let t = 0;
    const seen: number[] = [];
    for (const l of fx('pmon-default-h100-driver590-load.txt').split('\n')) {
      a.push(p.push(l), (t += 1));
      const s = a.snapshot(t);
      if (s) seen.push(s.get('GPU-a')!.size);
    }
    expect(new Set(seen)).toEqual(new Set([3]));
    expect(a.snapshot(t + 1000)!.get('GPU-a')!.get(11345)).toBe(99);
  });
});
