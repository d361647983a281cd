// The long-lived stream behind the nvidia-smi meter: a real child writing into a FIFO that the test
// drains when it likes (as the sampler does at its ticks), and the watched-pipe fallback.
import { readdirSync, readlinkSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startStream } from '../../../src/meter/smi/child-stream.ts';

/** this process's fds on a joulecheck FIFO (unlinked at once: the link reads '... (deleted)') */
const openStreamFds = (): string[] =>
  readdirSync('/proc/self/fd')
    .map((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`);
      } catch {
        return '';
      }
    })
    .filter((l) => /joulecheck-[^/]*\/stream/.test(l));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// prints 'line k' every 20 ms, splits a 3-byte character across two writes, ends with a line without pause
const CHILD = `
const w = (s) => process.stdout.write(s);
let k = 0;
const t = setInterval(() => {
  w('line ' + k++ + '\\n');
  if (k === 3) { const b = Buffer.from('€ euro\\n'); process.stdout.write(b.subarray(0, 1)); setTimeout(() => process.stdout.write(b.subarray(1)), 5); }
  if (k === 8) { clearInterval(t); w('last\\n'); }
}, 20);
`;

describe('startStream', () => {
  it('FIFO mode: nothing arrives until drained; a drain delivers every line in order, whole characters, arrival = drain time; EOF flushes the rest', async () => {
    const got: Array<{ line: string; arrival: number; inDrain: boolean }> = [];
    let ended: { code: number | null } | null = null;
    let draining = false;
    const s = startStream(process.execPath, ['-e', CHILD], process.env, (line, arrival, wall) => {
      expect(Math.abs(wall - Date.now())).toBeLessThan(1000);
      got.push({ line, arrival, inDrain: draining });
    }, (code) => (ended = { code }));
    expect(s.via).toBe('fifo');
    // the child's stdout is a FIFO, not a pipe or socket the event loop watches
    expect(statSync(`/proc/${s.child.pid}/fd/1`).isFIFO()).toBe(true);
    // drain now and then (a loaded machine starts the child late) until lines come
    for (let i = 0; i < 200 && got.length === 0 && ended === null; i++) {
      await sleep(30);
      expect(got).toEqual([]); // between drains the event loop is never woken for a line
      const before = performance.now();
      draining = true;
      s.drain();
      draining = false;
      for (const g of got) expect(g.arrival).toBeGreaterThanOrEqual(before);
    }
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((g) => g.inDrain)).toBe(true);
    await s.exited; // the rest is drained at the child's end
    expect(ended).toEqual({ code: 0 });
    expect(got.map((g) => g.line)).toEqual(['line 0', 'line 1', 'line 2', '€ euro', 'line 3', 'line 4', 'line 5', 'line 6', 'line 7', 'last']);
    s.drain(); // after the end: nothing, no throw
    expect(openStreamFds()).toEqual([]); // the FIFO was unlinked at once and its read end closed at EOF
  });

  it('pipe fallback (no FIFO): lines arrive through the event loop, drain() is a no-op', async () => {
    const got: string[] = [];
    const s = startStream(process.execPath, ['-e', CHILD], process.env, (line) => got.push(line), () => {}, { fifo: false });
    expect(s.via).toBe('pipe');
    await s.exited; // never drained: every line came through the watched pipe
    expect(got).toEqual(['line 0', 'line 1', 'line 2', '€ euro', 'line 3', 'line 4', 'line 5', 'line 6', 'line 7', 'last']);
  });

  it('a binary that cannot be run ends once with its error, and leaves no FIFO open', async () => {
    const ends: Array<string | null> = [];
    const s = startStream('/nonexistent/nvidia-smi', [], process.env, () => {}, (_c, _s, error) => ends.push(error));
    await s.exited;
    expect(ends).toEqual(['ENOENT']);
    s.drain();
    expect(openStreamFds()).toEqual([]);
  });
});
