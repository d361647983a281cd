// Append-only NDJSON writer for run logs (`joulecheck/log@1`).
//
// Durability vs cost: lines are buffered in memory and appended with one synchronous write at least
// every `flushIntervalMs` (default 1 s), when the buffer passes `maxBufferBytes`, on header/footer and on
// close. A crash therefore loses at most the last second of samples, and a kill mid-write leaves at
// most one torn last line, which the reader tolerates. Synchronous writes keep `flushSync()` usable from
// signal handlers and `process.on('exit')`, where no further event-loop turn is guaranteed.
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import type { LogEvent, LogFooter, LogHeader, LogIntensity, LogSample } from '../model/log.ts';

export interface LogWriterOptions {
  /** longest time a written line may stay in memory, ms (default 1000) */
  flushIntervalMs?: number;
  /** flush early once the buffer holds this many characters (default 256 KiB) */
  maxBufferBytes?: number;
  /** fsync on close (default true): the footer then survives a power loss of the runner, not only a crash */
  fsyncOnClose?: boolean;
  /**
   * false: no timer of its own; the owner calls flushIfDue() on its own schedule (the sampler, at its
   * ticks: one wake-up a second fewer for a process whose CPU time is part of what it measures)
   */
  timer?: boolean;
}

export interface LogWriter {
  readonly path: string;
  header(h: LogHeader): void;
  sample(s: LogSample): void;
  intensity(i: LogIntensity): void;
  event(e: LogEvent): void;
  footer(f: LogFooter): void;
  /** write everything buffered now, synchronously (signal handlers, process exit) */
  flushSync(): void;
  /** flush when the oldest buffered line has waited flushIntervalMs (for owners that pass timer: false) */
  flushIfDue(): void;
  /** flush and close; later writes throw */
  close(): Promise<void>;
  /** lines written so far (buffered included) */
  readonly lines: number;
}

/**
 * Rounds to 6 decimals: µJ for energies in J, µs for times in s, µW for powers in W. Dividing the
 * rounded integer by 1e6 yields the double nearest to that decimal, which JS prints shortly
 * ("12.345679", not "12.345678999999999").
 */
function num(v: number): string {
  if (!Number.isFinite(v)) return 'null';
  if (Number.isInteger(v)) return String(v);
  const r = Math.round(v * 1e6) / 1e6;
  // values beyond ~9e9 lose nothing meaningful by keeping the full double
  return String(Math.abs(v) < 9e9 ? r : v);
}

/** JSON.stringify with compact numbers; undefined members are left out as JSON.stringify does. */
export function compactJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'number':
      return num(value);
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) {
          if (i > 0) out += ',';
          const v: unknown = value[i];
          out += v === undefined || typeof v === 'function' ? 'null' : compactJson(v);
        }
        return out + ']';
      }
      let out = '{';
      let first = true;
      for (const key in value as Record<string, unknown>) {
        if (!Object.hasOwn(value, key)) continue;
        const v = (value as Record<string, unknown>)[key];
        if (v === undefined || typeof v === 'function') continue;
        out += (first ? '"' : ',"') + (/^[A-Za-z0-9_]+$/.test(key) ? key : JSON.stringify(key).slice(1, -1)) + '":';
        out += compactJson(v);
        first = false;
      }
      return out + '}';
    }
    default:
      return 'null';
  }
}

const SAMPLE_KEYS = new Set(['type', 't', 'dt', 'pkg', 'dram', 'busy', 'total', 'tree', 'rss', 'used', 'procs', 'gpu']);
const GPU_KEYS = new Set(['u', 'w', 'j', 'util', 'sm', 'on', 'sole']);

const numOrNull = (v: number | null): string => (v === null ? 'null' : num(v));

function extraKeys(o: object, known: Set<string>): string {
  let out = '';
  for (const key in o) {
    if (known.has(key) || !Object.hasOwn(o, key)) continue;
    const v = (o as Record<string, unknown>)[key];
    if (v === undefined || typeof v === 'function') continue;
    out += ',' + JSON.stringify(key) + ':' + compactJson(v);
  }
  return out;
}

// every sample names every GPU: their JSON spellings are made once
const quotedIds = new Map<string, string>();
function quoted(id: string): string {
  let q = quotedIds.get(id);
  if (q === undefined) {
    q = JSON.stringify(id);
    if (quotedIds.size < 1024) quotedIds.set(id, q);
  }
  return q;
}

/**
 * A sample line in the canonical key order of the schema. The reader has a fast path for exactly this
 * layout (any other layout still parses, through JSON.parse): keep the two in step.
 */
export function sampleLine(s: LogSample): string {
  let out =
    '{"type":"sample","t":' + num(s.t) + ',"dt":' + num(s.dt) + ',"pkg":' + numOrNull(s.pkg) + ',"dram":' + numOrNull(s.dram) +
    ',"busy":' + num(s.busy) + ',"total":' + num(s.total) + ',"tree":' + num(s.tree) + ',"rss":' + num(s.rss) +
    ',"used":' + num(s.used) + ',"procs":' + num(s.procs);
  if (s.gpu !== undefined) {
    out += ',"gpu":[';
    for (let i = 0; i < s.gpu.length; i++) {
      const g = s.gpu[i]!;
      out +=
        (i > 0 ? ',{"u":' : '{"u":') + quoted(g.u) + ',"w":' + numOrNull(g.w) + ',"j":' + numOrNull(g.j) +
        ',"util":' + numOrNull(g.util) + ',"sm":' + numOrNull(g.sm) + ',"on":' + (g.on ? 'true' : 'false') + (g.sole === true && g.on ? ',"sole":true' : '') + extraKeys(g, GPU_KEYS) + '}';
    }
    out += ']';
  }
  return out + extraKeys(s, SAMPLE_KEYS) + '}';
}

const SAMPLE_NUMBERS = ['t', 'dt', 'busy', 'total', 'tree', 'rss', 'used', 'procs'] as const;

/** A sampler bug must not produce a log whose middle line the reader then rejects: fail at the source. */
function checkSample(s: LogSample): void {
  for (const k of SAMPLE_NUMBERS) {
    if (!Number.isFinite(s[k])) throw new TypeError(`log sample field '${k}' must be a finite number, got ${String(s[k])}`);
  }
  if (s.pkg !== null && !Number.isFinite(s.pkg)) throw new TypeError(`log sample field 'pkg' must be finite or null, got ${s.pkg}`);
  if (s.dram !== null && !Number.isFinite(s.dram)) throw new TypeError(`log sample field 'dram' must be finite or null, got ${s.dram}`);
}

export function openLogWriter(path: string, opts: LogWriterOptions = {}): LogWriter {
  const flushIntervalMs = opts.flushIntervalMs ?? 1000;
  const maxBuffer = opts.maxBufferBytes ?? 256 * 1024;
  const fsyncOnClose = opts.fsyncOnClose ?? true;
  const ownTimer = opts.timer ?? true;
  // 'a': append-only; an existing file is continued, never truncated
  let fd: number | null = openSync(path, 'a');
  let buf = '';
  let lines = 0;
  let timer: NodeJS.Timeout | null = null;
  /** performance.now() when the buffer last went from empty to not empty */
  let bufSince = 0;

  const flushSync = (): void => {
    if (fd === null || buf.length === 0) return;
    const data = Buffer.from(buf, 'utf8');
    buf = '';
    let off = 0;
    while (off < data.length) off += writeSync(fd, data, off, data.length - off);
  };

  const schedule = (): void => {
    if (!ownTimer || timer !== null) return;
    timer = setTimeout(() => {
      timer = null;
      flushSync();
    }, flushIntervalMs);
    // a pending flush must not keep the process alive; exit handlers call flushSync()
    timer.unref();
  };

  const append = (obj: unknown, urgent: boolean): void => {
    if (fd === null) throw new Error(`log ${path} is closed`);
    if (buf.length === 0) bufSince = performance.now();
    buf += ((obj as { type?: unknown }).type === 'sample' ? sampleLine(obj as LogSample) : compactJson(obj)) + '\n';
    lines++;
    if (urgent || buf.length >= maxBuffer) flushSync();
    else schedule();
  };

  return {
    path,
    get lines() {
      return lines;
    },
    header: (h) => append(h, true),
    sample: (s) => {
      checkSample(s);
      append(s, false);
    },
    intensity: (i) => append(i, false),
    event: (e) => append(e, true),
    footer: (f) => append(f, true),
    flushSync,
    flushIfDue: () => {
      if (buf.length > 0 && performance.now() - bufSince >= flushIntervalMs) flushSync();
    },
    close: async () => {
      if (fd === null) return;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      flushSync();
      if (fsyncOnClose) {
        try {
          fsyncSync(fd);
        } catch {
          // fsync is best effort (some filesystems, e.g. pipes or /dev/null, refuse it)
        }
      }
      closeSync(fd);
      fd = null;
    },
  };
}
