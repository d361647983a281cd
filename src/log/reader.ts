// Reader for run logs (`joulecheck/log@1`): streams the file, cuts it into lines, dispatches each line.
//
// Speed matters (compare summarizes dozens of hour-long logs at 10 Hz with 8 GPUs, ~35 MB each): the
// file is streamed in 4 MiB chunks and cut at newline bytes; sample lines in the writer's layout are
// scanned straight from the bytes into the log's columns (scanner.ts, model/columns.ts); any other
// sample line goes through JSON.parse and a hand-written type/finiteness check (not zod: too slow per
// line). The header, intensity, event and footer lines are few and validated with zod.
//
// Tolerated: a torn LAST line (the meter died mid-write: an unterminated fragment that is not valid JSON,
// or trailing NUL padding left by some filesystems after a crash), and a missing footer.
// Rejected with file and line: anything else that is not a valid line.
import { open, stat } from 'node:fs/promises';
import type { z } from 'zod';
import { ColumnBuilder } from '../model/columns.ts';
import { LOG_SCHEMA, LogEvent, LogFooter, LogHeader, LogIntensity, type LogSample } from '../model/log.ts';
import { RunLog } from '../model/run-log.ts';
import { SampleScanner } from './scanner.ts';

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
    if (g.sole !== undefined && typeof g.sole !== 'boolean') return `gpu[${i}].sole must be true or false when present`;
  }
  return null;
}

/** Incremental line parser shared by parseRunLog (text) and readRunLog (stream). */
class LogParser {
  private header: LogHeader | null = null;
  /** the samples, filled by the scanner (writer's layout) or by push (any other valid layout) */
  private readonly cols: ColumnBuilder;
  private readonly scanner: SampleScanner;
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
    this.scanner = new SampleScanner(this.cols);
  }

  /** The newline-terminated line buf[start, end): fast path for samples, else decoded for line(). */
  range(buf: Buffer, start: number, end: number): void {
    if (this.header !== null && this.footer === null && this.nulTail === null) {
      // size the columns from the file size and the first sample line's length (+10 %): one
      // allocation instead of repeated doubling (large typed arrays are costly to regrow)
      if (this.cols.cap === 0 && this.cols.hint === 0 && this.scanner.isSampleLine(buf, start)) {
        this.cols.hint = Math.ceil((this.sizeHint / (end - start + 1)) * 1.1);
      }
      if (this.scanner.scan(buf, start, end)) {
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
    return new RunLog(
      { header: this.header, intensities: this.intensities, events: this.events, footer: this.footer, torn: torn || this.nulTail !== null },
      this.cols.finish(),
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

/** Only the header (first line) of a log: which run and node it belongs to, without reading the samples. */
export async function readLogHeader(path: string): Promise<LogHeader> {
  const fh = await open(path, 'r').catch((err: Error) => {
    throw new RunLogError(path, undefined, `cannot read: ${err.message}`);
  });
  try {
    const buf = Buffer.alloc(256 * 1024);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    const nl = buf.subarray(0, bytesRead).indexOf(10);
    if (nl < 0) throw new RunLogError(path, 1, 'no complete header line');
    let json: unknown;
    try {
      json = JSON.parse(buf.toString('utf8', 0, nl));
    } catch {
      throw new RunLogError(path, 1, 'the header line is not JSON');
    }
    const r = LogHeader.safeParse(json);
    if (!r.success) throw new RunLogError(path, 1, `not a joulecheck/log@1 header: ${zodMessage(r.error)}`);
    return r.data;
  } finally {
    await fh.close();
  }
}
