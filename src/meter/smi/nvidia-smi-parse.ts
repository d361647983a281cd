// Pure parsing of nvidia-smi output (no processes, no filesystem). Formats and their
// quirks and fixtures: test/fixtures/nvidia-smi/ (README.md there).

// ---------------------------------------------------------------- values

/**
 * A reading or null when absent. Every non-numeric spelling is "absent", never 0: `[N/A]`, `N/A`,
 * `[Not Supported]`, `[Insufficient Permissions]`, `[Unknown Error]`, `[Requested functionality has been
 * deprecated]`, `-` (pmon), empty. Units after the number (`631.95 W`, `100 %`, `19818 MiB`) are dropped.
 */
export function parseReading(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  return plainNumberAt(raw, 0, raw.length) ?? readingByPattern(raw);
}

/** The whole grammar of parseReading (spaces, units), for what plainNumberAt declines. */
function readingByPattern(raw: string): number | null {
  const m = /^\s*(-?\d+(?:\.\d+)?)(?:\s*[A-Za-z%]+)?\s*$/.exec(raw);
  if (!m) return null;
  const v = Number(m[1]);
  return Number.isFinite(v) ? v : null;
}

/**
 * `line[a, b)` as a number when it is spelled the common way (`-?digits(.digits)?`, nothing around it),
 * else null (then parseReading decides). The stream's readings are parsed here without a regex or a
 * substring: the meter parses some 80 of them a second, and its CPU time is part of what it measures.
 */
export function plainNumberAt(line: string, a: number, b: number): number | null {
  if (b - a > 24 || b <= a) return null;
  let i = a;
  let neg = false;
  if (line.charCodeAt(i) === 45) {
    neg = true;
    i++;
  }
  let int = 0;
  let digits = 0;
  for (; i < b; i++) {
    const c = line.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    int = int * 10 + c;
    digits++;
  }
  if (digits === 0 || digits > 15) return null;
  if (i === b) return neg ? -int : int;
  if (line.charCodeAt(i) !== 46 || i + 1 === b) return null;
  // a fraction: Number() of the exact text rounds as JSON and the regex path do (no float drift)
  for (let j = i + 1; j < b; j++) {
    const c = line.charCodeAt(j) - 48;
    if (c < 0 || c > 9) return null;
  }
  return Number(line.slice(a, b));
}

/** parseReading of `line[a, b)` (trimmed), the fast spelling without a substring. */
export function readingAt(line: string, a: number, b: number): number | null {
  return plainNumberAt(line, a, b) ?? readingByPattern(line.slice(a, b));
}

/**
 * Field bounds of a CSV line (split on every comma, each field trimmed of spaces) without allocating the
 * fields: field i is line[out[2i], out[2i+1]). Returns the number of fields (bounds beyond out's room are
 * counted, not stored).
 */
export function csvBounds(line: string, out: Int32Array): number {
  const room = out.length >> 1;
  let n = 0;
  let start = 0;
  for (;;) {
    let end = line.indexOf(',', start);
    const last = end < 0;
    if (last) end = line.length;
    if (n < room) {
      let a = start;
      let b = end;
      while (a < b && isSpace(line.charCodeAt(a))) a++;
      while (b > a && isSpace(line.charCodeAt(b - 1))) b--;
      out[2 * n] = a;
      out[2 * n + 1] = b;
    }
    n++;
    if (last) return n;
    start = end + 1;
  }
}

/** What String.prototype.trim removes (ECMAScript WhiteSpace and LineTerminator). */
const isSpace = (c: number): boolean =>
  c <= 32
    ? c === 32 || (c >= 9 && c <= 13)
    : c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
      c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

const SMI_TS = /^(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?$/;
const SMI_MS = /^(?:\.(\d{1,3}))?$/;
// the stream prints the same second up to ten times per GPU: its epoch ms are computed once
let lastSecond = '';
let lastSecondMs = 0;

/** `YYYY/MM/DD HH:MM:SS.mmm` in the host's local time (no zone) -> epoch ms, or null. */
export function parseSmiTimestamp(raw: string): number | null {
  const s = raw.trim();
  if (s.length >= 19 && s.startsWith(lastSecond) && lastSecond !== '') {
    const m = SMI_MS.exec(s.slice(19));
    if (m) return lastSecondMs + (m[1] ? Number(m[1].padEnd(3, '0')) : 0);
  }
  const m = SMI_TS.exec(s);
  if (!m) return null;
  const ms = m[7] ? Number(m[7].padEnd(3, '0')) : 0;
  const t = new Date(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, 0).getTime();
  if (!Number.isFinite(t)) return null;
  lastSecond = s.slice(0, 19);
  lastSecondMs = t;
  return t + ms;
}

/** parseSmiTimestamp of `line[a, b)` (trimmed): the stream's same-second case without a substring. */
export function smiTimestampAt(line: string, a: number, b: number): number | null {
  const n = b - a;
  if (lastSecond !== '' && n >= 19 && n <= 23 && line.startsWith(lastSecond, a)) {
    if (n === 19) return lastSecondMs;
    if (line.charCodeAt(a + 19) === 46 && n > 20) {
      // `.d`, `.dd`, `.ddd`: tenths, hundredths, thousandths (padEnd(3, '0') in parseSmiTimestamp)
      let ms = 0;
      for (let i = a + 20; i < a + 23; i++) {
        if (i < b) {
          const c = line.charCodeAt(i) - 48;
          if (c < 0 || c > 9) return parseSmiTimestamp(line.slice(a, b));
          ms = ms * 10 + c;
        } else ms *= 10;
      }
      return lastSecondMs + ms;
    }
  }
  return parseSmiTimestamp(line.slice(a, b));
}

// ---------------------------------------------------------------- --help-query-gpu

export interface HelpQueryGpu {
  /** every name the driver accepts (canonical names and aliases) -> canonical name */
  canonical: Map<string, string>;
  /** description of each canonical field */
  description: Map<string, string>;
}

/** Parses `nvidia-smi --help-query-gpu`: blocks of `"name" or "alias"` followed by description lines. */
export function parseHelpQueryGpu(text: string): HelpQueryGpu {
  const canonical = new Map<string, string>();
  const description = new Map<string, string>();
  let current: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('"')) {
      const names = [...line.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
      if (names.length > 0 && /^"[^"]+"(\s+or\s+"[^"]+")*\s*$/.test(line.trim())) {
        current = names[0]!;
        for (const n of names) canonical.set(n, current);
        description.set(current, '');
        continue;
      }
    }
    if (current && line.trim()) description.set(current, `${description.get(current)} ${line.trim()}`.trim());
    else if (!line.trim()) current = null;
  }
  return { canonical, description };
}

export type PowerField = 'power.draw.instant' | 'power.draw' | 'power.draw.average';

/** What a power field means on this driver, for the log's sampling method. */
export function describePowerField(field: PowerField, help: HelpQueryGpu | null): string {
  if (field === 'power.draw.instant') return 'power.draw.instant (instantaneous board power)';
  if (field === 'power.draw.average') return 'power.draw.average (1 s average board power)';
  const d = help?.description.get('power.draw') ?? '';
  return /average power draw over 1 sec/i.test(d)
    ? 'power.draw (1 s average on Ampere and newer, instantaneous on older GPUs, per this driver\'s help)'
    : 'power.draw (this driver\'s help does not say it is averaged: instantaneous)';
}

// ---------------------------------------------------------------- CSV (--query-gpu, --query-compute-apps)

/** `power.draw [W]` -> `power.draw`; unknown aliases stay as printed. */
export function headerName(h: string): string {
  return h.replace(/\s*\[[^\]]*\]\s*$/, '').trim();
}

/** nvidia-smi CSV: `, `-separated, unquoted; values may contain spaces (names, Windows paths). */
export function splitCsvLine(line: string): string[] {
  return line.split(',').map((s) => s.trim());
}

export interface CsvTable {
  /** canonical column names */
  columns: string[];
  rows: Array<Record<string, string>>;
}

/**
 * Parses CSV output with its header line (canonical names, aliases mapped through `help` when given), or
 * without (`columns` = the names requested). Rows with the wrong field count are dropped; exact duplicate
 * rows (as in some published captures) are kept once.
 */
export function parseCsv(text: string, opts: { columns?: string[]; help?: HelpQueryGpu | null } = {}): CsvTable {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  let columns = opts.columns;
  if (!columns) {
    const head = lines.shift();
    if (head === undefined) return { columns: [], rows: [] };
    columns = splitCsvLine(head).map((h) => {
      const n = headerName(h);
      return opts.help?.canonical.get(n) ?? n;
    });
  }
  const seen = new Set<string>();
  const rows: Array<Record<string, string>> = [];
  for (const line of lines) {
    const v = splitCsvLine(line);
    if (v.length !== columns.length || seen.has(line)) continue;
    seen.add(line);
    const row: Record<string, string> = {};
    columns.forEach((c, i) => (row[c] = v[i]!));
    rows.push(row);
  }
  return { columns, rows };
}

// ---------------------------------------------------------------- -L

export interface ListedGpu {
  index: number;
  name: string;
  uuid: string;
  mig: Array<{ profile: string; device: number; uuid: string }>;
}

/** `GPU 0: NVIDIA H100 80GB HBM3 (UUID: GPU-…)` lines, MIG devices on indented lines below their GPU. */
export function parseListGpus(text: string): ListedGpu[] {
  const out: ListedGpu[] = [];
  for (const line of text.split(/\r?\n/)) {
    const g = /^GPU (\d+): (.*) \(UUID: ([^)]+)\)\s*$/.exec(line);
    if (g) {
      out.push({ index: Number(g[1]), name: g[2]!.trim(), uuid: g[3]!.trim(), mig: [] });
      continue;
    }
    const m = /^\s+MIG (\S+)\s+Device\s+(\d+): \(UUID: ([^)]+)\)\s*$/.exec(line);
    if (m && out.length > 0) out[out.length - 1]!.mig.push({ profile: m[1]!, device: Number(m[2]), uuid: m[3]!.trim() });
  }
  return out;
}

// ---------------------------------------------------------------- pmon

export interface PmonRow {
  /** GPU index as printed (or null when the column holds a UUID / is missing) */
  gpu: number | null;
  /** GPU UUID when the driver prints one in the gpu column */
  uuid: string | null;
  /** null: idle GPU row (`-`) */
  pid: number | null;
  type: string | null;
  /** SM % ; null = `-` (not sampled) */
  sm: number | null;
  mem: number | null;
  command: string;
}

/**
 * Streaming `nvidia-smi pmon` parser. Columns are located by the `# gpu pid type sm ...` header line (they
 * differ by driver and -s); the command is the rest of the line (it may contain spaces). Header pairs
 * reprinted mid-stream are accepted; rows before any header, and truncated rows, are dropped.
 */
export class PmonParser {
  columns: string[] | null = null;

  /** 'header' for header lines, a row, or null (ignored line). */
  push(line: string): PmonRow | 'header' | null {
    const t = line.trim();
    if (t === '') return null;
    if (t.startsWith('#')) {
      const cols = t.slice(1).trim().split(/\s+/);
      // The second header line holds units (`# Idx # C/G % ...`): keep the names line only.
      if (cols.includes('pid') && cols.includes('gpu')) this.columns = cols;
      return 'header';
    }
    const cols = this.columns;
    if (!cols) return null;
    // Split the first n-1 columns on whitespace; the last (command) takes the rest of the line.
    const vals: string[] = [];
    let pos = 0;
    const n = cols.length;
    const last = cols[n - 1] === 'command' ? n - 1 : n;
    for (let i = 0; i < last; i++) {
      while (pos < line.length && (line[pos] === ' ' || line[pos] === '\t')) pos++;
      const start = pos;
      while (pos < line.length && line[pos] !== ' ' && line[pos] !== '\t') pos++;
      if (start === pos) return null; // truncated row
      vals.push(line.slice(start, pos));
    }
    const command = last < n ? line.slice(pos).trim() : '';
    if (last < n && command === '') return null; // cut before the command column
    const get = (c: string): string | undefined => {
      const i = cols.indexOf(c);
      return i >= 0 && i < vals.length ? vals[i] : undefined;
    };
    const gpuRaw = get('gpu') ?? '';
    const pidRaw = get('pid');
    const pid = pidRaw !== undefined && /^\d+$/.test(pidRaw) ? Number(pidRaw) : null;
    const type = get('type');
    return {
      gpu: /^\d+$/.test(gpuRaw) ? Number(gpuRaw) : null,
      uuid: /^(GPU|MIG)-/.test(gpuRaw) ? gpuRaw : null,
      pid,
      type: type === undefined || type === '-' ? null : type,
      sm: parseReading(get('sm')),
      mem: parseReading(get('mem')),
      command: command === '-' ? '' : command,
    };
  }
}

/** GPU key (uuid) -> pid -> SM % (null = not sampled). A GPU present with an empty map: no processes. */
export type ProcSnapshot = Map<string, Map<number, number | null>>;

/**
 * Groups pmon rows into samples. pmon prints no separator between samples: a sample ends when a
 * (gpu, pid) repeats, when the gpu index goes back down, at a header line, or when the stream has been
 * quiet for `quietMs` (the block was complete).
 */
export class PmonAggregator {
  private building: ProcSnapshot = new Map();
  private lastGpu = -1;
  private lastRowAt = -Infinity;
  latest: ProcSnapshot | null = null;
  latestAt = -Infinity;
  /** called with every complete sample and the time of its last row */
  onCommit: ((snap: ProcSnapshot, at: number) => void) | null = null;
  private readonly uuidOf: (row: PmonRow) => string | null;
  private readonly quietMs: number;
  constructor(uuidOf: (row: PmonRow) => string | null, quietMs = 150) {
    this.uuidOf = uuidOf;
    this.quietMs = quietMs;
  }

  push(r: PmonRow | 'header' | null, nowMs: number): void {
    if (r === null) return;
    if (r === 'header') {
      this.commit();
      return;
    }
    const uuid = this.uuidOf(r);
    if (uuid === null) return;
    const gpuOrder = r.gpu ?? 0;
    const procs = this.building.get(uuid);
    if ((r.pid !== null && procs?.has(r.pid)) || gpuOrder < this.lastGpu || (r.pid === null && procs !== undefined)) this.commit();
    this.lastGpu = gpuOrder;
    this.lastRowAt = nowMs;
    let m = this.building.get(uuid);
    if (!m) this.building.set(uuid, (m = new Map()));
    if (r.pid !== null) m.set(r.pid, r.sm);
  }

  /** The latest complete sample as of nowMs. */
  snapshot(nowMs: number): ProcSnapshot | null {
    if (this.building.size > 0 && nowMs - this.lastRowAt >= this.quietMs) this.commit();
    return this.latest;
  }

  private commit(): void {
    if (this.building.size === 0) return;
    this.latest = this.building;
    this.latestAt = this.lastRowAt;
    this.building = new Map();
    this.lastGpu = -1;
    this.onCommit?.(this.latest, this.latestAt);
  }
}
