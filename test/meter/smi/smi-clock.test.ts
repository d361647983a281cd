// ClockMapper: nvidia-smi's wall-clock timestamps onto the sampler's clock.
import { describe, expect, it } from 'vitest';
import { ClockMapper } from '../../../src/meter/smi/smi-clock.ts';

describe('ClockMapper', () => {
  it('places a reading at its own timestamp whatever the read delay, never after its arrival, follows a wall-clock step', () => {
    const c = new ClockMapper(1000);
    // wall clock = perf + 1_000_000; lines read 30, 2 and 95 ms after their timestamps (a FIFO drained at ticks)
    expect(c.map(1_000_100, 130, 1_000_130)).toBe(100);
    expect(c.map(1_000_200, 202, 1_000_202)).toBe(200);
    expect(c.map(1_000_300, 395, 1_000_395)).toBe(300);
    // wall clock steps back by 1 h: the offset is read with the line, so the reading keeps its place
    expect(c.map(1_000_000 - 3_600_000 + 4000, 4010, 1_000_000 - 3_600_000 + 4010)).toBe(4000);
    expect(c.map(null, 9999, 1_009_999)).toBe(9999);
  });

  it('timestamps far from the wall clock (a replay of recorded output, another zone) keep their spacing', () => {
    const c = new ClockMapper(1000);
    // recorded an hour ago, replayed now at the recorded pace; read at ticks, 0-95 ms after each was printed
    const rec = 1_000_000 - 3_600_000;
    const wall = (perf: number): number => perf + 1_000_000;
    expect(c.map(rec + 100, 130, wall(130))).toBe(130); // first line: only its arrival is known
    expect(c.map(rec + 200, 202, wall(202))).toBe(202); // the least-delayed line sets the offset (2 ms)
    expect(c.map(rec + 300, 395, wall(395))).toBe(300 + 2); // spacing kept: 95 ms of delay cut to the 2 ms seen
    expect(c.map(rec + 400, 401, wall(401))).toBe(400 + 1); // a smaller delay: the offset follows
    // a timestamp a little in the future of the wall clock: never placed after its arrival
    expect(c.map(1_000_500 + 50, 500, wall(500))).toBe(500);
    // a jump back of the replayed timestamps: relearned, never placed an hour early
    const t = 4000;
    expect(c.map(rec - 3_600_000 + t, t + 1, wall(t + 1))).toBe(t + 1);
    expect(c.map(rec - 3_600_000 + t + 1500, t + 1501, wall(t + 1501))).toBe(t + 1501);
    expect(c.map(rec - 3_600_000 + t + 3000, t + 3005, wall(t + 3005))).toBe(t + 3001);
  });
});
