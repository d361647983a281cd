// Fast path for sample lines in the writer's canonical layout (src/log/writer.ts sampleLine).
//
// JSON.parse on ~1 KB lines with 8 GPU objects was the bottleneck of reading a log; this scanner reads
// the fixed layout straight from the file's bytes (no string decoding: keys and uuids are compared as
// 32-bit words, numbers parsed by a digit loop) into a ColumnBuilder. Anything unexpected (other key
// order, extra keys, escapes, exponents, 16+ digit numbers, non-ASCII) makes it decline (false) and the
// reader takes the line through JSON.parse, which also produces the errors. It only ever accepts text
// that is valid JSON with the same meaning (test/log: parity with JSON.parse).
import { ColumnBuilder, materializeSamples } from '../model/columns.ts';
import type { LogSample } from '../model/log.ts';

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

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
  trueSole: enc('true,"sole":true}'),
};

/** Uuids cached per position in the gpu array: a log names the same GPUs in the same order each line. */
const MAX_CACHED_GPUS = 64;

/**
 * Scans sample lines of one log into its columns. Holds the cursor of the line being scanned, a view of
 * the buffer it is in, and the GPU uuids seen so far; one scanner per log (not shareable between logs
 * read at the same time).
 */
export class SampleScanner {
  /** cursor: the next byte to read */
  private p = 0;
  /** the buffer being scanned, for 4-byte compares (~15 % faster than a byte loop on 8-GPU logs) */
  private dv: DataView = new DataView(new ArrayBuffer(0));
  /** per position in the gpu array: the column slot and the uuid's bytes */
  private readonly uuidSlot: number[] = [];
  private readonly uuidBytes: Lit[] = [];
  private readonly cols: ColumnBuilder;

  constructor(cols: ColumnBuilder) {
    this.cols = cols;
  }

  /** Whether b[start..] begins like a sample line of the writer's layout (to size the columns). */
  isSampleLine(b: Uint8Array, start: number): boolean {
    this.viewOf(b);
    this.p = start;
    return this.expect(b, K.head);
  }

  /** Reads the sample line b[start, end) into the next row and commits it; false to decline. */
  scan(b: Uint8Array, start: number, end: number): boolean {
    const cb = this.cols;
    this.viewOf(b);
    this.p = start;
    if (!this.expect(b, K.head)) return false;
    const t = this.num(b, end);
    if (!this.expect(b, K.dt)) return false;
    const dt = this.num(b, end);
    if (!this.expect(b, K.pkg)) return false;
    const pkg = this.numOrNull(b, end);
    if (!this.expect(b, K.dram)) return false;
    const dram = this.numOrNull(b, end);
    if (!this.expect(b, K.busy)) return false;
    const busy = this.num(b, end);
    if (!this.expect(b, K.total)) return false;
    const total = this.num(b, end);
    if (!this.expect(b, K.tree)) return false;
    const tree = this.num(b, end);
    if (!this.expect(b, K.rss)) return false;
    const rss = this.num(b, end);
    if (!this.expect(b, K.used)) return false;
    const used = this.num(b, end);
    if (!this.expect(b, K.procs)) return false;
    const procs = this.num(b, end);
    // NaN fails every comparison: these also reject what num() declined
    if (!(t >= 0 && dt > 0 && busy >= 0 && total >= 0 && tree >= 0 && rss >= 0 && used >= 0 && procs >= 0)) return false;
    if (!Number.isInteger(procs) || Number.isNaN(pkg) || Number.isNaN(dram)) return false;
    // the row is written in place and committed (cb.n) only once the whole line has been accepted
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
    if (b[this.p] === 125) {
      this.p++;
      cb.hasGpu[n] = 0;
    } else {
      if (!this.expect(b, K.gpu)) return false;
      cb.hasGpu[n] = 1;
      if (b[this.p] === 93) this.p++;
      else if (!this.gpus(b, end, n)) return false;
      if (b[this.p++] !== 125) return false;
    }
    // nothing may follow but a CR (CRLF line endings)
    const p = this.p;
    if (p !== end && !(p === end - 1 && b[p] === 13)) return false;
    cb.n = n + 1;
    return true;
  }

  /** The non-empty gpu array's objects into row n, through the closing ']'. */
  private gpus(b: Uint8Array, end: number, n: number): boolean {
    const cb = this.cols;
    for (let k = 0; ; k++) {
      if (!this.expect(b, K.u)) return false;
      let slot: number;
      const cached = this.uuidBytes[k];
      if (cached !== undefined && b[this.p + cached.n] === 34 && this.expect(b, cached)) {
        slot = this.uuidSlot[k]!;
      } else {
        const p = this.p;
        let q = p;
        while (q < end && b[q] !== 34) {
          // escapes and non-ASCII: the slow path decodes them
          if (b[q] === 92 || b[q]! >= 128) return false;
          q++;
        }
        if (q >= end) return false;
        slot = cb.slot(String.fromCharCode(...b.subarray(p, q)));
        if (k < MAX_CACHED_GPUS) {
          this.uuidSlot[k] = slot;
          this.uuidBytes[k] = lit(b.slice(p, q));
        }
        this.p = q;
      }
      if (!this.expect(b, K.w)) return false;
      const w = this.numOrNull(b, end);
      if (!this.expect(b, K.j)) return false;
      const j = this.numOrNull(b, end);
      if (!this.expect(b, K.util)) return false;
      const util = this.numOrNull(b, end);
      if (!this.expect(b, K.sm)) return false;
      const sm = this.numOrNull(b, end);
      if (!this.expect(b, K.on)) return false;
      let on: number;
      if (this.expect(b, K.true)) on = 2;
      else if (this.expect(b, K.false)) on = 1;
      else if (this.expect(b, K.trueSole)) on = 3;
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
      const c = b[this.p++];
      if (c === 93) return true;
      if (c !== 44) return false;
    }
  }

  private viewOf(b: Uint8Array): void {
    const dv = this.dv;
    if (dv.buffer !== b.buffer || dv.byteOffset !== b.byteOffset || dv.byteLength !== b.byteLength) {
      this.dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    }
  }

  /** Consumes the literal l at the cursor, or leaves the cursor and returns false. */
  private expect(b: Uint8Array, l: Lit): boolean {
    let p = this.p;
    if (p + l.n > b.length) return false;
    const dv = this.dv;
    const w = l.words;
    for (let k = 0; k < w.length; k++) {
      if (dv.getUint32(p, true) !== w[k]) return false;
      p += 4;
    }
    const t = l.tail;
    for (let k = 0; k < t.length; k++) if (b[p + k] !== t[k]) return false;
    this.p = p + t.length;
    return true;
  }

  /** A JSON number at the cursor, or NaN when the bytes are not one this path handles. */
  private num(b: Uint8Array, end: number): number {
    let i = this.p;
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
    this.p = i;
    // mant < 1e15 and frac <= 15: both exact doubles, so one division is correctly rounded (Clinger)
    const v = frac === 0 ? mant : mant / POW10[frac]!;
    return neg ? -v : v;
  }

  /** A number, null (the literal), or NaN (declined). */
  private numOrNull(b: Uint8Array, end: number): number | null {
    const p = this.p;
    if (b[p] === 110) {
      if (b[p + 1] === 117 && b[p + 2] === 108 && b[p + 3] === 108) {
        this.p = p + 4;
        return null;
      }
      return NaN;
    }
    return this.num(b, end);
  }
}

/** The scanner alone on one line (for tests: it must agree with JSON.parse or decline with null). */
export function scanSampleLine(line: string): LogSample | null {
  const b = Buffer.from(line, 'utf8');
  const cols = new ColumnBuilder();
  return new SampleScanner(cols).scan(b, 0, b.length) ? materializeSamples(cols.finish())[0]! : null;
}
