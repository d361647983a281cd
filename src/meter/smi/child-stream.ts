// A long-lived child's output as lines, read without waking the event loop for each: through a FIFO that
// the meter drains at its own ticks, or a watched pipe where no FIFO can be made.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { LineSplitter } from './line-splitter.ts';

/**
 * A long-lived child whose stdout is split into lines (partial lines kept until their newline).
 *
 * Its stdout is a FIFO that the meter drains at its own ticks (drain()), not a pipe watched by the event
 * loop: a watched pipe wakes the meter for every line nvidia-smi prints (another ~10 wake-ups a second
 * beside the sampler's own), and the meter's CPU time is part of what it measures. The FIFO is unlinked
 * as soon as both ends are open (nothing to clean up); its 64 KiB buffer holds ~9 s of 8-GPU lines at
 * 10 Hz, and a full buffer only makes nvidia-smi wait (the lines keep their timestamps). Where no FIFO
 * can be made (no mkfifo), a watched pipe is used and drain() does nothing.
 */
export interface Stream {
  child: ChildProcess;
  exited: Promise<void>;
  /** 'fifo' (drained at ticks) or 'pipe' (event loop) */
  readonly via: 'fifo' | 'pipe';
  /** delivers the lines written since the previous drain (FIFO mode) */
  drain(): void;
}

/** onLine's arrival is the perf-clock ms the line was read, wall the Date.now() at that moment. */
export type OnLine = (line: string, arrival: number, wall: number) => void;

/** A FIFO with both ends open (read end non-blocking), already unlinked; null when none can be made. */
function openFifo(): { rfd: number; wfd: number } | null {
  let dir: string | null = null;
  let rfd = -1;
  try {
    dir = mkdtempSync(join(tmpdir(), 'joulecheck-'));
    const path = join(dir, 'stream');
    execFileSync('mkfifo', ['-m', '600', path], { stdio: 'ignore', timeout: 5000 });
    rfd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const wfd = openSync(path, constants.O_WRONLY); // a reader exists: does not block
    return { rfd, wfd };
  } catch {
    if (rfd >= 0) closeSync(rfd);
    return null;
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

export function startStream(
  bin: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  onLine: OnLine,
  onExit: (code: number | null, signal: NodeJS.Signals | null, error: string | null) => void,
  opts: { fifo?: boolean } = {},
): Stream {
  const fifo = opts.fifo === false ? null : openFifo();
  const lines = new LineSplitter();
  const decoder = new StringDecoder('utf8'); // keeps a multi-byte character split across reads whole
  let rfd = fifo?.rfd ?? -1;
  let child: ChildProcess;
  if (fifo) {
    try {
      child = spawn(bin, args, { env, stdio: ['ignore', fifo.wfd, 'ignore'] });
    } catch (err) {
      closeSync(fifo.rfd);
      throw err;
    } finally {
      closeSync(fifo.wfd); // the child holds its own copy: EOF once it exits
    }
  } else {
    child = spawn(bin, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      const arrival = performance.now();
      const wall = Date.now();
      lines.push(chunk, (line) => onLine(line, arrival, wall));
    });
    child.stderr!.resume(); // drain; the exit code and stdout say enough
  }
  const buf = fifo ? Buffer.allocUnsafe(65536) : null;
  const closeRead = (): void => {
    if (rfd < 0) return;
    closeSync(rfd);
    rfd = -1;
  };
  const drain = (): void => {
    if (rfd < 0 || !buf) return;
    const arrival = performance.now();
    const wall = Date.now();
    for (;;) {
      let n: number;
      try {
        n = readSync(rfd, buf, 0, buf.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') closeRead();
        return; // EAGAIN: nothing new
      }
      if (n === 0) {
        closeRead(); // EOF: the child closed its stdout (it exited)
        return;
      }
      lines.push(decoder.write(buf.subarray(0, n)), (line) => onLine(line, arrival, wall));
      if (n < buf.length) return;
    }
  };
  let spawnError: string | null = null;
  let ended = false;
  const exited = new Promise<void>((resolve) => {
    // A failed spawn emits 'error' and then 'close': report the end once.
    const end = (code: number | null, signal: NodeJS.Signals | null): void => {
      if (ended) return;
      ended = true;
      drain(); // its last lines
      closeRead();
      onExit(code, signal, spawnError);
      resolve();
    };
    child.on('error', (e) => {
      spawnError = (e as NodeJS.ErrnoException).code ?? e.message;
      if (child.pid === undefined) end(null, null);
    });
    child.on('close', (code, signal) => end(code, signal));
  });
  return { child, exited, via: fifo ? 'fifo' : 'pipe', drain };
}

export async function stopStream(s: Stream | null): Promise<void> {
  if (!s) return;
  if (s.child.exitCode === null && s.child.signalCode === null) {
    s.child.kill('SIGTERM');
    const t = setTimeout(() => s.child.kill('SIGKILL'), 2000);
    await s.exited;
    clearTimeout(t);
  } else await s.exited;
}
