// Reader for run logs (`joulecheck/log@1`).
//
// Speed matters (compare summarizes dozens of hour-long logs): the file is streamed in large chunks and
// split on newlines, each line goes through the native JSON.parse, and sample lines (~all of them) are
// checked by a hand-written type/finiteness check instead of zod. The header, intensity, event and
// footer lines are few and validated with zod.
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
} from './schema.ts';

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
  constructor(file: string, line: number | undefined, message: string) {
    super(line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`);
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
// on ~1 KB lines with 8 GPU objects was the bottleneck (~250 MB/s); this scanner reads the fixed
// layout with native startsWith for keys and uuids and a digit loop for numbers, and builds the same
// objects. Anything unexpected (other key order, extra keys, escapes, exponents it cannot place)
// returns null and the line goes through JSON.parse + checkSample, which also produces the errors.
// It only ever accepts text that is valid JSON with the same meaning.

let P = 0; // cursor of the fast path (module state: the parse is synchronous)

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/** A JSON number at P, or NaN (P unspecified) when the text is not one. */
function fastNum(s: string, end: number): number {
  const start = P;
  let i = P;
  let neg = false;
  if (s.charCodeAt(i) === 45) {
    neg = true;
    i++;
  }
  let c = s.charCodeAt(i);
  if (c < 48 || c > 57) return NaN;
  let mant = 0;
  let digits = 0;
  if (c === 48) {
    i++;
  } else {
    while (i < end && (c = s.charCodeAt(i)) >= 48 && c <= 57) {
      mant = mant * 10 + (c - 48);
      digits++;
      i++;
    }
  }
  let frac = 0;
  c = s.charCodeAt(i);
  if (c === 46) {
    i++;
    const f0 = i;
    while (i < end && (c = s.charCodeAt(i)) >= 48 && c <= 57) {
      mant = mant * 10 + (c - 48);
      i++;
    }
    frac = i - f0;
    if (frac === 0) return NaN;
    digits += frac;
    c = s.charCodeAt(i);
  }
  if (c === 101 || c === 69 || digits > 15) {
    // exponent or too many digits for an exact mantissa: let the native parser do it
    if (c === 101 || c === 69) {
      i++;
      c = s.charCodeAt(i);
      if (c === 43 || c === 45) i++;
      const e0 = i;
      while (i < end && (c = s.charCodeAt(i)) >= 48 && c <= 57) i++;
      if (i === e0) return NaN;
    }
    P = i;
    return Number(s.slice(start, i));
  }
  P = i;
  // mant < 1e15 and frac <= 22: both exact doubles, so one division is correctly rounded (Clinger)
  const v = frac === 0 ? mant : mant / POW10[frac]!;
  return neg ? -v : v;
}

function fastNumOrNull(s: string, end: number): number | null {
  if (s.startsWith('null', P)) {
    P += 4;
    return null;
  }
  return fastNum(s, end);
}

function expect(s: string, lit: string): boolean {
  // a charCode loop: for these short literals cheaper than a startsWith call, and inlined
  const n = lit.length;
  for (let k = 0; k < n; k++) if (s.charCodeAt(P + k) !== lit.charCodeAt(k)) return false;
  P += n;
  return true;
}

const SAMPLE_HEAD = '{"type":"sample","t":';

/** The sample in s[start, end), or null to take the slow path. `uuids` caches GPU uuid strings. */
function fastSample(s: string, start: number, end: number, uuids: string[]): LogSample | null {
  P = start;
  if (!expect(s, SAMPLE_HEAD)) return null;
  const t = fastNum(s, end);
  if (!expect(s, ',"dt":')) return null;
  const dt = fastNum(s, end);
  if (!expect(s, ',"pkg":')) return null;
  const pkg = fastNumOrNull(s, end);
  if (!expect(s, ',"dram":')) return null;
  const dram = fastNumOrNull(s, end);
  if (!expect(s, ',"busy":')) return null;
  const busy = fastNum(s, end);
  if (!expect(s, ',"total":')) return null;
  const total = fastNum(s, end);
  if (!expect(s, ',"tree":')) return null;
  const tree = fastNum(s, end);
  if (!expect(s, ',"rss":')) return null;
  const rss = fastNum(s, end);
  if (!expect(s, ',"used":')) return null;
  const used = fastNum(s, end);
  if (!expect(s, ',"procs":')) return null;
  const procs = fastNum(s, end);
  // NaN fails every comparison: these also reject what fastNum could not read
  if (!(t >= 0 && dt > 0 && busy >= 0 && total >= 0 && tree >= 0 && rss >= 0 && used >= 0 && procs >= 0)) return null;
  if (!Number.isInteger(procs) || Number.isNaN(pkg) || Number.isNaN(dram)) return null;
  const out: LogSample = { type: 'sample', t, dt, pkg, dram, busy, total, tree, rss, used, procs };
  if (s.charCodeAt(P) === 125) {
    P++;
  } else {
    if (!expect(s, ',"gpu":[')) return null;
    const gpu: GpuSample[] = [];
    if (s.charCodeAt(P) === 93) P++;
    else {
      for (let k = 0; ; k++) {
        if (!expect(s, '{"u":"')) return null;
        let u: string | undefined = uuids[k];
        if (u !== undefined && s.startsWith(u, P) && s.charCodeAt(P + u.length) === 34) {
          P += u.length + 1;
        } else {
          const q = s.indexOf('"', P);
          if (q < 0 || q >= end) return null;
          u = s.slice(P, q);
          if (u.includes('\\')) return null;
          if (k < 64) uuids[k] = u;
          P = q + 1;
        }
        if (!expect(s, ',"w":')) return null;
        const w = fastNumOrNull(s, end);
        if (!expect(s, ',"j":')) return null;
        const j = fastNumOrNull(s, end);
        if (!expect(s, ',"util":')) return null;
        const util = fastNumOrNull(s, end);
        if (!expect(s, ',"sm":')) return null;
        const sm = fastNumOrNull(s, end);
        if (!expect(s, ',"on":')) return null;
        let on: boolean;
        if (expect(s, 'true}')) on = true;
        else if (expect(s, 'false}')) on = false;
        else return null;
        if (Number.isNaN(w) || Number.isNaN(j) || Number.isNaN(util) || Number.isNaN(sm)) return null;
        gpu.push({ u, w, j, util, sm, on });
        const c = s.charCodeAt(P++);
        if (c === 93) break;
        if (c !== 44) return null;
      }
    }
    if (s.charCodeAt(P++) !== 125) return null;
    out.gpu = gpu;
  }
  // nothing may follow but a CR (CRLF line endings)
  if (P !== end && !(P === end - 1 && s.charCodeAt(P) === 13)) return null;
  return out;
}

/** Incremental line parser shared by parseRunLog (text) and readRunLog (stream). */
class LogParser {
  private header: LogHeader | null = null;
  private readonly samples: LogSample[] = [];
  private readonly intensities: LogIntensity[] = [];
  private readonly events: LogEvent[] = [];
  private footer: LogFooter | null = null;
  private lineNo = 0;
  private readonly file: string;
  constructor(file: string) {
    this.file = file;
  }

  private readonly uuids: string[] = [];

  /** The newline-terminated line text[start, end): fast path for samples, else line(). */
  range(text: string, start: number, end: number): void {
    if (this.header !== null && this.footer === null && this.nulTail === null) {
      const smp = fastSample(text, start, end, this.uuids);
      if (smp !== null) {
        this.lineNo++;
        this.samples.push(smp);
        return;
      }
    }
    this.line(text.slice(start, end));
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
      this.samples.push(o as LogSample);
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
        throw new RunLogError(this.file, undefined, `file ${this.file} is ${schema}, this tool reads ${LOG_SCHEMA}`);
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
    return {
      header: this.header,
      samples: this.samples,
      intensities: this.intensities,
      events: this.events,
      footer: this.footer,
      torn: torn || this.nulTail !== null,
    };
  }
}

/** Parses a whole log held in memory. `name` appears in errors (default '<log>'). */
export function parseRunLog(text: string, name = '<log>'): RunLog {
  const p = new LogParser(name);
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) break;
    p.range(text, start, nl);
    start = nl + 1;
  }
  const torn = start < text.length ? p.last(text.slice(start)) : false;
  return p.finish(torn);
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
    const p = new LogParser(path);
    // Bytes are decoded only up to the last newline of what has been read, so every decoded string is
    // flat (no concatenation: the fast path's charCodeAt stays cheap) and no UTF-8 sequence is split
    // ('\n' never occurs inside one). The rest moves to the front of the buffer for the next read.
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
      const lastNl = buf.lastIndexOf(10, have - 1);
      if (lastNl < 0) continue;
      const text = buf.toString('utf8', 0, lastNl + 1);
      let start = 0;
      for (;;) {
        const nl = text.indexOf('\n', start);
        if (nl < 0) break;
        p.range(text, start, nl);
        start = nl + 1;
      }
      buf.copy(buf, 0, lastNl + 1, have);
      have -= lastNl + 1;
    }
    const torn = have > 0 ? p.last(buf.toString('utf8', 0, have)) : false;
    return p.finish(torn);
  } finally {
    await fh.close();
  }
}

/** The fast sample parser alone (for tests: it must agree with JSON.parse or decline with null). */
export function parseSampleFast(line: string): LogSample | null {
  return fastSample(line, 0, line.length, []);
}
