// The samples of a run log in memory, column-wise: one typed array per field, one set per GPU uuid.
//
// Why columns and not LogSample objects: an hour at 10 Hz with 8 GPUs is ~36k samples holding ~290k GPU
// objects; as long-lived objects the garbage collector copying them dominated reading a log. The reader
// (src/log/) fills a ColumnBuilder straight from the file's bytes, summarize reads the arrays, and the
// object form (LogSample[]) is materialised only for the few consumers that want it.
//
// Encoding: NaN stands for null (a valid sample never holds NaN: the reader rejects non-finite numbers).
import type { GpuSample, LogSample } from './log.ts';

/** One GPU (by uuid) across all samples. */
export interface GpuColumn {
  readonly u: string;
  /** mean power over the interval, W (NaN: null) */
  readonly w: Float64Array;
  /** energy over the interval, J (NaN: null) */
  readonly j: Float64Array;
  /** utilisation % (NaN: null) */
  readonly util: Float64Array;
  /** SM % of the step's processes (NaN: null) */
  readonly sm: Float64Array;
  /** 0: not in this sample; 1: present, on = false; 2: present, on = true; 3: present, on and sole tenant */
  readonly on: Uint8Array;
}

/**
 * The samples of a log column-wise; every array holds exactly `n` values, row i being sample i.
 * GPUs come in the order their uuids were first seen. Treat the arrays as read-only: they are the
 * parsed log's truth and may be shared (the object view of a RunLog is materialised from them).
 */
export interface SampleColumns {
  readonly n: number;
  readonly t: Float64Array;
  readonly dt: Float64Array;
  /** NaN: null (not measured) */
  readonly pkg: Float64Array;
  /** NaN: null (not measured) */
  readonly dram: Float64Array;
  readonly busy: Float64Array;
  readonly total: Float64Array;
  readonly tree: Float64Array;
  readonly rss: Float64Array;
  readonly used: Float64Array;
  readonly procs: Float64Array;
  /** 1 when the sample had a `gpu` array (possibly empty) */
  readonly hasGpu: Uint8Array;
  readonly gpus: readonly GpuColumn[];
}

const NUM_COLS = ['t', 'dt', 'pkg', 'dram', 'busy', 'total', 'tree', 'rss', 'used', 'procs'] as const;

interface MutableGpuColumn {
  u: string;
  w: Float64Array;
  j: Float64Array;
  util: Float64Array;
  sm: Float64Array;
  on: Uint8Array;
}

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

/**
 * Fills columns row by row. The arrays are over-allocated (capacity `cap` >= rows `n`) and written in
 * place by the reader's scanner: beginRow() makes room, the caller writes row n, then sets `n = n + 1`
 * to commit it (a row abandoned half-way is overwritten by the next one). finish() hands out the columns.
 */
export class ColumnBuilder {
  n = 0;
  cap = 0;
  /** rows to allocate on the first row (0: a small default); a good guess avoids regrowing */
  hint = 0;
  t: Float64Array = new Float64Array(0);
  dt: Float64Array = new Float64Array(0);
  pkg: Float64Array = new Float64Array(0);
  dram: Float64Array = new Float64Array(0);
  busy: Float64Array = new Float64Array(0);
  total: Float64Array = new Float64Array(0);
  tree: Float64Array = new Float64Array(0);
  rss: Float64Array = new Float64Array(0);
  used: Float64Array = new Float64Array(0);
  procs: Float64Array = new Float64Array(0);
  hasGpu: Uint8Array = new Uint8Array(0);
  readonly gpus: MutableGpuColumn[] = [];
  private readonly slotOf = new Map<string, number>();

  /** Makes room for row n and clears its GPU presence (a half-written row may have left marks); returns n. */
  beginRow(): number {
    const n = this.n;
    if (n === this.cap) {
      // doubling: large typed arrays are costly to regrow, hence `hint`
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
    const gpus = this.gpus;
    for (let k = 0; k < gpus.length; k++) gpus[k]!.on[n] = 0;
    return n;
  }

  /** The index in `gpus` of the column of GPU `u`, created (absent from every row so far) when new. */
  slot(u: string): number {
    const k = this.slotOf.get(u);
    if (k !== undefined) return k;
    const c = this.cap;
    this.gpus.push({ u, w: new Float64Array(c), j: new Float64Array(c), util: new Float64Array(c), sm: new Float64Array(c), on: new Uint8Array(c) });
    this.slotOf.set(u, this.gpus.length - 1);
    return this.gpus.length - 1;
  }

  /** Appends one sample object (already validated). */
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
      c.on[n] = g.on ? (g.sole === true ? 3 : 2) : 1;
    }
    this.n = n + 1;
  }

  /** The columns of the committed rows: views of exactly n values (no copy). */
  finish(): SampleColumns {
    const n = this.n;
    const v = (a: Float64Array): Float64Array => a.subarray(0, n);
    return {
      n,
      t: v(this.t),
      dt: v(this.dt),
      pkg: v(this.pkg),
      dram: v(this.dram),
      busy: v(this.busy),
      total: v(this.total),
      tree: v(this.tree),
      rss: v(this.rss),
      used: v(this.used),
      procs: v(this.procs),
      hasGpu: this.hasGpu.subarray(0, n),
      gpus: this.gpus.map((g) => ({ u: g.u, w: v(g.w), j: v(g.j), util: v(g.util), sm: v(g.sm), on: g.on.subarray(0, n) })),
    };
  }
}

/** Columns of sample objects (already validated: a test's hand-made log, a re-accounting). */
export function columnsFromSamples(samples: readonly LogSample[]): SampleColumns {
  const b = new ColumnBuilder();
  b.hint = samples.length;
  for (const s of samples) b.push(s);
  return b.finish();
}

/** Sample objects of columns, equal to what was read (the GPUs of a sample in first-seen uuid order). */
export function materializeSamples(c: SampleColumns): LogSample[] {
  const out: LogSample[] = new Array<LogSample>(c.n);
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
        if (on !== 0) {
          const gs: GpuSample = { u: g.u, w: zn(g.w[i]!), j: zn(g.j[i]!), util: zn(g.util[i]!), sm: zn(g.sm[i]!), on: on >= 2 };
          if (on === 3) gs.sole = true;
          gpu.push(gs);
        }
      }
      s.gpu = gpu;
    }
    out[i] = s;
  }
  return out;
}
