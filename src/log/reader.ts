// Reader for run logs (`joulecheck/log@1`).
//
// Speed matters (compare summarizes dozens of hour-long logs at 10 Hz with 8 GPUs, ~35 MB each): the
// file is streamed in 4 MiB chunks and cut at newline bytes; sample lines in the writer's layout are
// parsed straight from the bytes into typed columns (see "Fast path" and "Column store" below), any
// other sample line goes through JSON.parse and a hand-written type/finiteness check (not zod: too slow
// per line). The header, intensity, event and footer lines are few and validated with zod.
//
// Tolerated: a torn LAST line (the meter died mid-write: an unterminated fragment that is not valid JSON,
// or trailing NUL padding left by some filesystems after a crash), and a missing footer.
// Rejected with file and line: anything else that is not a valid line.
import { open, stat } from 'node:fs/promises';
import type { z } from 'zod';
import {
  LOG_SCHEMA,
  LogEvent,
  LogFooter,
  LogHeader,
  LogIntensity,
  type GpuSample,
  type LogSample,
  type RunLog,
} from '../model/log.ts';

/** Default size bound: 2 GiB (an hour at 10 Hz with 8 GPUs is ~35 MB). */
export const DEFAULT_MAX_LOG_BYTES = 2 * 1024 * 1024 * 1024;

export interface ReadRunLogOptions {
  /** refuse files larger than this, bytes (default DEFAULT_MAX_LOG_BYTES) */
  maxBytes?: number;
}

/** A log that cannot be read: names the file and, where it applies, the 1-based line. */
export class RunLogError extends Error {
  override name = 'RunLogError';
  readonly file: string;
  readonly line: number | undefined;
  /** `bare`: the message already names the file */
  constructor(file: string, line: number | undefined, message: string, bare = false) {
    super(bare ? message : line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`);
    this.file = file;
    this.line = line;
  }
}

function zodMessage(err: z.ZodError): string {
  return err.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : '(line)'}: ${i.message}`)
    .join('; ');
}

function preview(s: string): string {
  const t = s.length > 60 ? s.slice(0, 60) + '…' : s;
  return JSON.stringify(t);
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isNumOrNull = (v: unknown): boolean => v === null || (typeof v === 'number' && Number.isFinite(v));

/** Fast structural check of a sample line; returns what is wrong, or null. */
function checkSample(o: Record<string, unknown>): string | null {
  if (!isNum(o.t) || o.t < 0) return `sample field 't' must be a number >= 0, got ${String(o.t)}`;
  if (!isNum(o.dt) || o.dt <= 0) return `sample field 'dt' must be a number > 0, got ${String(o.dt)}`;
  if (!isNumOrNull(o.pkg)) return `sample field 'pkg' must be a number or null, got ${String(o.pkg)}`;
  if (!isNumOrNull(o.dram)) return `sample field 'dram' must be a number or null, got ${String(o.dram)}`;
  if (!isNum(o.busy) || o.busy < 0) return `sample field 'busy' must be a number >= 0, got ${String(o.busy)}`;
  if (!isNum(o.total) || o.total < 0) return `sample field 'total' must be a number >= 0, got ${String(o.total)}`;
  if (!isNum(o.tree) || o.tree < 0) return `sample field 'tree' must be a number >= 0, got ${String(o.tree)}`;
  if (!isNum(o.rss) || o.rss < 0) return `sample field 'rss' must be a number >= 0, got ${String(o.rss)}`;
  if (!isNum(o.used) || o.used < 0) return `sample field 'used' must be a number >= 0, got ${String(o.used)}`;
  if (!isNum(o.procs) || o.procs < 0 || !Number.isInteger(o.procs))
    return `sample field 'procs' must be an integer >= 0, got ${String(o.procs)}`;
  const gpu = o.gpu;
  if (gpu === undefined) return null;
  if (!Array.isArray(gpu)) return `sample field 'gpu' must be an array`;
  for (let i = 0; i < gpu.length; i++) {
    const g = gpu[i] as Record<string, unknown> | null;
    if (typeof g !== 'object' || g === null) return `gpu[${i}] must be an object`;
    if (typeof g.u !== 'string') return `gpu[${i}].u must be the GPU uuid string`;
    if (!isNumOrNull(g.w)) return `gpu[${i}].w must be a number or null, got ${String(g.w)}`;
    if (!isNumOrNull(g.j)) return `gpu[${i}].j must be a number or null, got ${String(g.j)}`;
    if (!isNumOrNull(g.util)) return `gpu[${i}].util must be a number or null, got ${String(g.util)}`;
    if (!isNumOrNull(g.sm)) return `gpu[${i}].sm must be a number or null, got ${String(g.sm)}`;
    if (typeof g.on !== 'boolean') return `gpu[${i}].on must be true or false`;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Fast path for sample lines in the writer's canonical layout (src/log/writer.ts sampleLine). JSON.parse
// on ~1 KB lines with 8 GPU objects was the bottleneck; this scanner reads the fixed layout straight
// from the file's bytes (no string decoding: keys and uuids are compared as 32-bit words, numbers parsed
// by a digit loop) and stores the values in the column store. Anything unexpected (other key order, extra
// keys, escapes, exponents, 16+ digit numbers, non-ASCII) returns false and the line goes through
// JSON.parse + checkSample, which also produces the errors. It only ever accepts text that is valid
// JSON with the same meaning (test/log: parity with JSON.parse).

let P = 0; // cursor of the fast path (module state: the parse is synchronous)

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/** A JSON number at P, or NaN when the bytes are not one this path handles. */
function fastNum(b: Uint8Array, end: number): number {
  let i = P;
  let neg = false;
  if (b[i] === 45) {
    neg = true;
    i++;
  }
  let c = b[i]!;
  if (!(c >= 48 && c <= 57)) return NaN;
  let mant = 0;
  let digits = 0;
  if (c === 48) {
    i++;
  } else {
    while (i < end && (c = b[i]!) >= 48 && c <= 57) {
      mant = mant * 10 + (c - 48);
      digits++;
      i++;
    }
  }
  let frac = 0;
  if (b[i] === 46) {
    i++;
    const f0 = i;
    while (i < end && (c = b[i]!) >= 48 && c <= 57) {
      mant = mant * 10 + (c - 48);
      i++;
    }
    frac = i - f0;
    if (frac === 0) return NaN;
    digits += frac;
  }
  c = b[i]!;
  // exponents and mantissas past 15 digits: declined (the writer never produces them)
  if (c === 101 || c === 69 || digits > 15) return NaN;
  P = i;
  // mant < 1e15 and frac <= 15: both exact doubles, so one division is correctly rounded (Clinger)
  const v = frac === 0 ? mant : mant / POW10[frac]!;
  return neg ? -v : v;
}

/** A number, null (the literal), or NaN (declined). */
function fastNumOrNull(b: Uint8Array, end: number): number | null {
  if (b[P] === 110) {
    if (b[P + 1] === 117 && b[P + 2] === 108 && b[P + 3] === 108) {
      P += 4;
      return null;
    }
    return NaN;
  }
  return fastNum(b, end);
}

/** A literal as little-endian 32-bit words plus tail bytes, for word-wise comparison. */
interface Lit {
  n: number;
  words: Uint32Array;
  tail: Uint8Array;
}
function lit(bytes: Uint8Array): Lit {
  const nw = bytes.length >> 2;
  const words = new Uint32Array(nw);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < nw; i++) words[i] = dv.getUint32(i * 4, true);
  return { n: bytes.length, words, tail: bytes.slice(nw * 4) };
}
const enc = (s: string): Lit => lit(new TextEncoder().encode(s));
// Keys and uuids are compared 4 bytes at a time through a DataView of the current buffer (~15 % faster
// than a byte loop on hour-long 8-GPU logs); viewOf keeps it pointing at the buffer being parsed.
let DV: DataView = new DataView(new ArrayBuffer(0));
function viewOf(b: Uint8Array): void {
  if (DV.buffer !== b.buffer || DV.byteOffset !== b.byteOffset || DV.byteLength !== b.byteLength) {
    DV = new DataView(b.buffer, b.byteOffset, b.byteLength);
  }
}
function expect(b: Uint8Array, l: Lit): boolean {
  let p = P;
  if (p + l.n > b.length) return false;
  const w = l.words;
  for (let k = 0; k < w.length; k++) {
    if (DV.getUint32(p, true) !== w[k]) return false;
    p += 4;
  }
  const t = l.tail;
  for (let k = 0; k < t.length; k++) if (b[p + k] !== t[k]) return false;
  P = p + t.length;
  return true;
}

const K = {
  head: enc('{"type":"sample","t":'),
  dt: enc(',"dt":'),
  pkg: enc(',"pkg":'),
  dram: enc(',"dram":'),
  busy: enc(',"busy":'),
  total: enc(',"total":'),
  tree: enc(',"tree":'),
  rss: enc(',"rss":'),
  used: enc(',"used":'),
  procs: enc(',"procs":'),
  gpu: enc(',"gpu":['),
  u: enc('{"u":"'),
  w: enc('","w":'),
  j: enc(',"j":'),
  util: enc(',"util":'),
  sm: enc(',"sm":'),
  on: enc(',"on":'),
  true: enc('true}'),
  false: enc('false}'),
};

/** GPU uuids seen so far, per position in the gpu array: their column slot and bytes. */
interface UuidCache {
  slot: number[];
  bytes: Lit[];
}

function isSampleLine(b: Uint8Array, start: number): boolean {
  viewOf(b);
  P = start;
  return expect(b, K.head);
}

/** Reads the sample in b[start, end) into row cb.n and commits it; false to take the slow path. */
function fastSample(b: Uint8Array, start: number, end: number, cb: ColumnBuilder, uuids: UuidCache): boolean {
  viewOf(b);
  P = start;
  if (!expect(b, K.head)) return false;
  const t = fastNum(b, end);
  if (!expect(b, K.dt)) return false;
  const dt = fastNum(b, end);
  if (!expect(b, K.pkg)) return false;
  const pkg = fastNumOrNull(b, end);
  if (!expect(b, K.dram)) return false;
  const dram = fastNumOrNull(b, end);
  if (!expect(b, K.busy)) return false;
  const busy = fastNum(b, end);
  if (!expect(b, K.total)) return false;
  const total = fastNum(b, end);
  if (!expect(b, K.tree)) return false;
  const tree = fastNum(b, end);
  if (!expect(b, K.rss)) return false;
  const rss = fastNum(b, end);
  if (!expect(b, K.used)) return false;
  const used = fastNum(b, end);
  if (!expect(b, K.procs)) return false;
  const procs = fastNum(b, end);
  // NaN fails every comparison: these also reject what fastNum declined
  if (!(t >= 0 && dt > 0 && busy >= 0 && total >= 0 && tree >= 0 && rss >= 0 && used >= 0 && procs >= 0)) return false;
  if (!Number.isInteger(procs) || Number.isNaN(pkg) || Number.isNaN(dram)) return false;
  const n = cb.beginRow();
  cb.t[n] = t;
  cb.dt[n] = dt;
  cb.pkg[n] = pkg === null ? NaN : pkg;
  cb.dram[n] = dram === null ? NaN : dram;
  cb.busy[n] = busy;
  cb.total[n] = total;
  cb.tree[n] = tree;
  cb.rss[n] = rss;
  cb.used[n] = used;
  cb.procs[n] = procs;
  if (b[P] === 125) {
    P++;
    cb.hasGpu[n] = 0;
  } else {
    if (!expect(b, K.gpu)) return false;
    cb.hasGpu[n] = 1;
    if (b[P] === 93) P++;
    else {
      for (let k = 0; ; k++) {
        if (!expect(b, K.u)) return false;
        let slot: number;
        const cached = uuids.bytes[k];
        if (cached !== undefined && b[P + cached.n] === 34 && expect(b, cached)) {
          slot = uuids.slot[k]!;
        } else {
          let q = P;
          while (q < end && b[q] !== 34) {
            // escapes and non-ASCII: the slow path decodes them
            if (b[q] === 92 || b[q]! >= 128) return false;
            q++;
          }
          if (q >= end) return false;
          slot = cb.slot(String.fromCharCode(...b.subarray(P, q)));
          if (k < 64) {
            uuids.slot[k] = slot;
            uuids.bytes[k] = lit(b.slice(P, q));
          }
          P = q;
        }
        if (!expect(b, K.w)) return false;
        const w = fastNumOrNull(b, end);
        if (!expect(b, K.j)) return false;
        const j = fastNumOrNull(b, end);
        if (!expect(b, K.util)) return false;
        const util = fastNumOrNull(b, end);
        if (!expect(b, K.sm)) return false;
        const sm = fastNumOrNull(b, end);
        if (!expect(b, K.on)) return false;
        let on: number;
        if (expect(b, K.true)) on = 2;
        else if (expect(b, K.false)) on = 1;
        else return false;
        if (Number.isNaN(w) || Number.isNaN(j) || Number.isNaN(util) || Number.isNaN(sm)) return false;
        const g = cb.gpus[slot]!;
        // the same uuid twice in one sample: let the slow path keep both
        if (g.on[n] !== 0) return false;
        g.w[n] = w === null ? NaN : w;
        g.j[n] = j === null ? NaN : j;
        g.util[n] = util === null ? NaN : util;
        g.sm[n] = sm === null ? NaN : sm;
        g.on[n] = on;
        const c = b[P++];
        if (c === 93) break;
        if (c !== 44) return false;
      }
    }
    if (b[P++] !== 125) return false;
  }
  // nothing may follow but a CR (CRLF line endings)
  if (P !== end && !(P === end - 1 && b[P] === 13)) return false;
  cb.n = n + 1;
  return true;
}

// ---------------------------------------------------------------------------------------------------
// Column store of the samples. Hour-long logs hold ~36k samples x 8 GPUs: as objects that is ~330k
// long-lived allocations per log, and the garbage collector copying them dominated reading. The reader
// fills typed arrays instead; `log.samples` is materialised from them on first access (and from then
// on is the source of truth), while summarize reads the columns directly via sampleColumns(log).

/** One GPU (by uuid) across all samples. NaN encodes null (a valid sample never holds NaN). */
export interface GpuColumn {
  u: string;
  w: Float64Array;
  j: Float64Array;
  util: Float64Array;
  sm: Float64Array;
  /** 0: not in this sample; 1: present, on = false; 2: present, on = true */
  on: Uint8Array;
}

/** The samples of a log, column-wise; arrays may be longer than n. NaN encodes null in pkg/dram. */
export interface SampleColumns {
  n: number;
  t: Float64Array;
  dt: Float64Array;
  pkg: Float64Array;
  dram: Float64Array;
  busy: Float64Array;
  total: Float64Array;
  tree: Float64Array;
  rss: Float64Array;
  used: Float64Array;
  procs: Float64Array;
  /** 1 when the sample had a `gpu` array (possibly empty) */
  hasGpu: Uint8Array;
  gpus: GpuColumn[];
}

const NUM_COLS = ['t', 'dt', 'pkg', 'dram', 'busy', 'total', 'tree', 'rss', 'used', 'procs'] as const;

function growF(a: Float64Array, cap: number): Float64Array {
  const b = new Float64Array(cap);
  b.set(a);
  return b;
}
function growU(a: Uint8Array, cap: number): Uint8Array {
  const b = new Uint8Array(cap);
  b.set(a);
  return b;
}
const nz = (v: number | null): number => (v === null ? NaN : v);
const zn = (v: number): number | null => (v !== v ? null : v);

class ColumnBuilder implements SampleColumns {
  n = 0;
  cap: number;
  t: Float64Array;
  dt: Float64Array;
  pkg: Float64Array;
  dram: Float64Array;
  busy: Float64Array;
  total: Float64Array;
  tree: Float64Array;
  rss: Float64Array;
  used: Float64Array;
  procs: Float64Array;
  hasGpu: Uint8Array;
  gpus: GpuColumn[] = [];
  private readonly slotOf = new Map<string, number>();

  /** rows to allocate on the first sample (0: a small default); a good guess avoids regrowing */
  hint = 0;

  constructor(cap = 0) {
    this.cap = cap;
    this.t = new Float64Array(cap);
    this.dt = new Float64Array(cap);
    this.pkg = new Float64Array(cap);
    this.dram = new Float64Array(cap);
    this.busy = new Float64Array(cap);
    this.total = new Float64Array(cap);
    this.tree = new Float64Array(cap);
    this.rss = new Float64Array(cap);
    this.used = new Float64Array(cap);
    this.procs = new Float64Array(cap);
    this.hasGpu = new Uint8Array(cap);
  }

  /** Makes room for row n and clears its GPU presence (a half-parsed row may have left marks). */
  beginRow(): number {
    const n = this.n;
    if (n === this.cap) {
      const cap = this.cap === 0 ? Math.max(16, this.hint) : this.cap * 2;
      for (const k of NUM_COLS) this[k] = growF(this[k], cap);
      this.hasGpu = growU(this.hasGpu, cap);
      for (const g of this.gpus) {
        g.w = growF(g.w, cap);
        g.j = growF(g.j, cap);
        g.util = growF(g.util, cap);
        g.sm = growF(g.sm, cap);
        g.on = growU(g.on, cap);
      }
      this.cap = cap;
    }
    for (let k = 0; k < this.gpus.length; k++) this.gpus[k]!.on[n] = 0;
    return n;
  }

  slot(u: string): number {
    const k = this.slotOf.get(u);
    if (k !== undefined) return k;
    const c = this.cap;
    this.gpus.push({ u, w: new Float64Array(c), j: new Float64Array(c), util: new Float64Array(c), sm: new Float64Array(c), on: new Uint8Array(c) });
    this.slotOf.set(u, this.gpus.length - 1);
    return this.gpus.length - 1;
  }

  /** A sample that went through JSON.parse + checkSample. */
  push(s: LogSample): void {
    const n = this.beginRow();
    this.t[n] = s.t;
    this.dt[n] = s.dt;
    this.pkg[n] = nz(s.pkg);
    this.dram[n] = nz(s.dram);
    this.busy[n] = s.busy;
    this.total[n] = s.total;
    this.tree[n] = s.tree;
    this.rss[n] = s.rss;
    this.used[n] = s.used;
    this.procs[n] = s.procs;
    this.hasGpu[n] = s.gpu !== undefined ? 1 : 0;
    for (const g of s.gpu ?? []) {
      const c = this.gpus[this.slot(g.u)]!;
      c.w[n] = nz(g.w);
      c.j[n] = nz(g.j);
      c.util[n] = nz(g.util);
      c.sm[n] = nz(g.sm);
      c.on[n] = g.on ? 2 : 1;
    }
    this.n = n + 1;
  }
}

/** Objects from columns (GPUs of a sample come in first-seen order of their uuids). */
function materialize(c: SampleColumns): LogSample[] {
  const out: LogSample[] = new Array(c.n);
  for (let i = 0; i < c.n; i++) {
    const s: LogSample = {
      type: 'sample',
      t: c.t[i]!,
      dt: c.dt[i]!,
      pkg: zn(c.pkg[i]!),
      dram: zn(c.dram[i]!),
      busy: c.busy[i]!,
      total: c.total[i]!,
      tree: c.tree[i]!,
      rss: c.rss[i]!,
      used: c.used[i]!,
      procs: c.procs[i]!,
    };
    if (c.hasGpu[i]) {
      const gpu: GpuSample[] = [];
      for (const g of c.gpus) {
        const on = g.on[i]!;
        if (on !== 0) gpu.push({ u: g.u, w: zn(g.w[i]!), j: zn(g.j[i]!), util: zn(g.util[i]!), sm: zn(g.sm[i]!), on: on === 2 });
      }
      s.gpu = gpu;
    }
    out[i] = s;
  }
  return out;
}

const COLUMNS = new WeakMap<RunLog, SampleColumns>();

/** The samples of a log as columns: those the reader filled, else built from `log.samples`. */
export function sampleColumns(log: RunLog): SampleColumns {
  const c = COLUMNS.get(log);
  if (c !== undefined) return c;
  const b = new ColumnBuilder();
  b.hint = log.samples.length;
  for (const s of log.samples) b.push(s);
  return b;
}

/** A RunLog whose `samples` materialise from the columns on first access (or are replaced on assignment). */
function lazyLog(base: Omit<RunLog, 'samples'>, cols: SampleColumns): RunLog {
  const log = { header: base.header } as RunLog;
  const settle = (v: LogSample[]): LogSample[] => {
    // from now on the objects are the truth: a caller may edit them
    COLUMNS.delete(log);
    Object.defineProperty(log, 'samples', { value: v, writable: true, enumerable: true, configurable: true });
    return v;
  };
  Object.defineProperty(log, 'samples', {
    enumerable: true,
    configurable: true,
    get: () => settle(materialize(cols)),
    set: (v: LogSample[]) => void settle(v),
  });
  log.intensities = base.intensities;
  log.events = base.events;
  log.footer = base.footer;
  log.torn = base.torn;
  COLUMNS.set(log, cols);
  return log;
}

/** Incremental line parser shared by parseRunLog (text) and readRunLog (stream). */
class LogParser {
  private header: LogHeader | null = null;
  private readonly cols: ColumnBuilder;
  private readonly intensities: LogIntensity[] = [];
  private readonly events: LogEvent[] = [];
  private footer: LogFooter | null = null;
  private lineNo = 0;
  private readonly file: string;
  private readonly sizeHint: number;
  constructor(file: string, sizeHint = 0) {
    this.file = file;
    this.sizeHint = sizeHint;
    this.cols = new ColumnBuilder();
  }

  private readonly uuids: UuidCache = { slot: [], bytes: [] };

  /** The newline-terminated line buf[start, end): fast path for samples, else decoded for line(). */
  range(buf: Buffer, start: number, end: number): void {
    if (this.header !== null && this.footer === null && this.nulTail === null) {
      // size the columns from the file size and the first sample line's length (+10 %): one
      // allocation instead of repeated doubling (large typed arrays are costly to regrow)
      if (this.cols.cap === 0 && this.cols.hint === 0 && isSampleLine(buf, start)) {
        this.cols.hint = Math.ceil((this.sizeHint / (end - start + 1)) * 1.1);
      }
      if (fastSample(buf, start, end, this.cols, this.uuids)) {
        this.lineNo++;
        return;
      }
    }
    this.line(buf.toString('utf8', start, end));
  }

  /** A newline-terminated line. */
  line(text: string): void {
    this.lineNo++;
    // tolerate CRLF (a log edited on Windows) and blank lines
    if (text.length === 0) return;
    let s = text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text;
    if (s.length === 0) return;
    let o: unknown;
    try {
      o = JSON.parse(s);
    } catch {
      s = s.trim();
      if (s.length === 0) return;
      if (/^\0+$/.test(s)) {
        this.nulTail = this.nulTail ?? this.lineNo;
        return;
      }
      throw new RunLogError(this.file, this.lineNo, `not a JSON line: ${preview(s)}`);
    }
    this.accept(o);
  }

  private nulTail: number | null = null;

  /** The final unterminated fragment: a torn line when it does not parse. */
  last(text: string): boolean {
    const s = text.trim();
    if (s.length === 0) return false;
    // NUL padding after a crash: some filesystems extend the file before the data lands
    if (/^\0+$/.test(s)) return true;
    this.lineNo++;
    let o: unknown;
    try {
      o = JSON.parse(s);
    } catch {
      if (this.header === null) throw new RunLogError(this.file, this.lineNo, 'torn header line: the log has no complete header');
      return true;
    }
    this.accept(o);
    return false;
  }

  private accept(o: unknown): void {
    if (this.nulTail !== null) {
      throw new RunLogError(this.file, this.nulTail, 'NUL bytes in the middle of the log (corrupted)');
    }
    if (typeof o !== 'object' || o === null || Array.isArray(o)) {
      throw new RunLogError(this.file, this.lineNo, 'expected a JSON object per line');
    }
    const rec = o as Record<string, unknown>;
    const type = rec.type;
    if (this.header === null) {
      this.acceptHeader(rec);
      return;
    }
    if (this.footer !== null) {
      throw new RunLogError(this.file, this.lineNo, `'${String(type)}' line after the footer (the footer must be last)`);
    }
    if (type === 'sample') {
      const err = checkSample(rec);
      if (err !== null) throw new RunLogError(this.file, this.lineNo, err);
      this.cols.push(o as LogSample);
      return;
    }
    switch (type) {
      case 'intensity':
        this.intensities.push(this.zod(LogIntensity, rec));
        return;
      case 'event':
        this.events.push(this.zod(LogEvent, rec));
        return;
      case 'footer':
        this.footer = this.zod(LogFooter, rec);
        return;
      case 'header':
        throw new RunLogError(this.file, this.lineNo, 'a second header (two logs concatenated?)');
      default:
        throw new RunLogError(
          this.file,
          this.lineNo,
          `unknown line type ${JSON.stringify(type)}; expected sample, intensity, event or footer`,
        );
    }
  }

  private zod<T>(schema: z.ZodType<T>, rec: unknown): T {
    const r = schema.safeParse(rec);
    if (!r.success) throw new RunLogError(this.file, this.lineNo, `invalid ${String((rec as { type?: unknown }).type)} line: ${zodMessage(r.error)}`);
    return r.data;
  }

  private acceptHeader(rec: Record<string, unknown>): void {
    const schema = rec.schema;
    if (typeof schema === 'string' && schema !== LOG_SCHEMA) {
      if (schema.startsWith('joulecheck/log@')) {
        throw new RunLogError(this.file, 1, `file ${this.file} is ${schema}, this tool reads ${LOG_SCHEMA}`, true);
      }
      throw new RunLogError(this.file, this.lineNo, `not a joulecheck run log: schema is ${JSON.stringify(schema)}, expected ${LOG_SCHEMA}`);
    }
    if (rec.type !== 'header') {
      throw new RunLogError(
        this.file,
        this.lineNo,
        `expected the ${LOG_SCHEMA} header as the first line, got ${rec.type === undefined ? 'an object without type' : `a '${String(rec.type)}' line`}`,
      );
    }
    const r = LogHeader.safeParse(rec);
    if (!r.success) throw new RunLogError(this.file, this.lineNo, `invalid header: ${zodMessage(r.error)}`);
    this.header = r.data;
  }

  finish(torn: boolean): RunLog {
    if (this.header === null) throw new RunLogError(this.file, undefined, `empty log: no ${LOG_SCHEMA} header line`);
    return lazyLog(
      { header: this.header, intensities: this.intensities, events: this.events, footer: this.footer, torn: torn || this.nulTail !== null },
      this.cols,
    );
  }
}

/** Parses a whole log held in memory. `name` appears in errors (default '<log>'). */
export function parseRunLog(text: string | Buffer, name = '<log>'): RunLog {
  const buf = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const p = new LogParser(name, buf.length);
  const start = splitLines(p, buf, 0, buf.length);
  const torn = start < buf.length ? p.last(buf.toString('utf8', start)) : false;
  return p.finish(torn);
}

/** Feeds the complete lines of buf[from, to) to the parser; returns where the unterminated rest starts. */
function splitLines(p: LogParser, buf: Buffer, from: number, to: number): number {
  let start = from;
  for (;;) {
    const nl = buf.indexOf(10, start);
    if (nl < 0 || nl >= to) return start;
    p.range(buf, start, nl);
    start = nl + 1;
  }
}

/** Streams a log file from disk. Errors name the file (and line); a file past `maxBytes` is refused. */
export async function readRunLog(path: string, opts: ReadRunLogOptions = {}): Promise<RunLog> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_LOG_BYTES;
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new RunLogError(path, undefined, 'not a regular file');
    size = st.size;
  } catch (err) {
    if (err instanceof RunLogError) throw err;
    throw new RunLogError(path, undefined, `cannot read: ${(err as Error).message}`);
  }
  if (size > maxBytes) {
    throw new RunLogError(path, undefined, `file is ${size} bytes, over the limit of ${maxBytes} bytes (raise maxBytes to read it)`);
  }
  const fh = await open(path, 'r');
  try {
    const p = new LogParser(path, size);
    // Lines are cut at '\n' bytes (never inside a UTF-8 sequence) and parsed from the bytes; only
    // lines off the fast path are decoded.
    let buf = Buffer.allocUnsafe(Math.min(Math.max(size, 1024), 4 * 1024 * 1024));
    let have = 0;
    let read = 0;
    for (;;) {
      if (have === buf.length) {
        // one line longer than the buffer: grow it
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, have);
        buf = bigger;
      }
      const { bytesRead } = await fh.read(buf, have, buf.length - have, null);
      if (bytesRead === 0) break;
      read += bytesRead;
      // the file may grow while being read (a meter still appending)
      if (read > maxBytes) throw new RunLogError(path, undefined, `file grew past the limit of ${maxBytes} bytes while reading`);
      have += bytesRead;
      const rest = splitLines(p, buf, 0, have);
      // move the unterminated rest to the front for the next read
      buf.copy(buf, 0, rest, have);
      have -= rest;
    }
    const torn = have > 0 ? p.last(buf.toString('utf8', 0, have)) : false;
    return p.finish(torn);
  } finally {
    await fh.close();
  }
}

/** The fast sample parser alone (for tests: it must agree with JSON.parse or decline with null). */
export function parseSampleFast(line: string): LogSample | null {
  const b = Buffer.from(line, 'utf8');
  const cb = new ColumnBuilder();
  return fastSample(b, 0, b.length, cb, { slot: [], bytes: [] }) ? materialize(cb)[0]! : null;
}
