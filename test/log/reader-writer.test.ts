import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LogSample } from '../../src/model/log.ts';
import { DEFAULT_MAX_LOG_BYTES, parseRunLog, readRunLog, RunLogError } from '../../src/log/reader.ts';
import { scanSampleLine } from '../../src/log/scanner.ts';
import { compactJson, openLogWriter, sampleLine } from '../../src/log/writer.ts';
import { buildLog, gpuUuid, makeHeader, makeSample, synthSamples, writeSyntheticLog } from '../fakes/log-builder.ts';

const dir = mkdtempSync(join(tmpdir(), 'jc-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const tmp = (): string => join(dir, `log-${++n}.ndjson`);

const header = makeHeader({}, 1);
const headerLine = JSON.stringify(header);
const sampleText = (over: Partial<LogSample> = {}): string => JSON.stringify(makeSample(over));
const footerLine = JSON.stringify({ type: 'footer', ended_at: '2026-11-23T07:00:01.000Z', duration_s: 1, exit_code: 0, signal: null, samples: 2 });

describe('writer', () => {
  it('writes compact numbers (µ-level rounding, never 17 digits)', () => {
    expect(compactJson({ a: 0.1 + 0.2, b: 12.3456789123, c: 5, d: null, e: undefined, f: [1.0000004, 'x'] })).toBe(
      '{"a":0.3,"b":12.345679,"c":5,"d":null,"f":[1,"x"]}',
    );
    const line = sampleLine(makeSample({ t: 0.30000000000000004, pkg: 1 / 3 }));
    expect(line).toContain('"t":0.3,');
    expect(line).toContain('"pkg":0.333333,');
    expect(JSON.parse(line)).toMatchObject({ type: 'sample', t: 0.3 });
  });

  it('buffers samples and flushes them on flushSync, header and footer at once', async () => {
    const p = tmp();
    const w = openLogWriter(p, { flushIntervalMs: 60_000 });
    w.header(header);
    expect(readFileSync(p, 'utf8').split('\n').length).toBe(2); // header + ''
    w.sample(makeSample({ t: 0.1 }));
    w.sample(makeSample({ t: 0.2 }));
    expect(readFileSync(p, 'utf8').split('\n').filter(Boolean)).toHaveLength(1);
    w.flushSync();
    expect(readFileSync(p, 'utf8').split('\n').filter(Boolean)).toHaveLength(3);
    w.footer(JSON.parse(footerLine));
    expect(readFileSync(p, 'utf8').split('\n').filter(Boolean)).toHaveLength(4);
    expect(w.lines).toBe(4);
    await w.close();
    await w.close(); // idempotent
    expect(() => w.sample(makeSample())).toThrow(/closed/);
    const log = await readRunLog(p);
    expect(log.samples.map((s) => s.t)).toEqual([0.1, 0.2]);
    expect(log.footer?.exit_code).toBe(0);
  });

  it('flushes on its own within the flush interval', async () => {
    const p = tmp();
    const w = openLogWriter(p, { flushIntervalMs: 20 });
    w.header(header);
    w.sample(makeSample());
    await new Promise((r) => setTimeout(r, 120));
    expect(readFileSync(p, 'utf8').split('\n').filter(Boolean)).toHaveLength(2);
    await w.close();
  });

  it('timer: false waits for its owner: flushIfDue writes only once the oldest line has waited the interval', async () => {
    const p = tmp();
    const w = openLogWriter(p, { flushIntervalMs: 40, timer: false });
    w.header(header); // urgent: written at once
    w.sample(makeSample());
    const lines = (): number => readFileSync(p, 'utf8').split('\n').filter(Boolean).length;
    w.flushIfDue();
    expect(lines()).toBe(1);
    await new Promise((r) => setTimeout(r, 120));
    expect(lines()).toBe(1); // no timer of its own
    w.flushIfDue();
    expect(lines()).toBe(2);
    await w.close();
  });

  it('refuses a sample with a non-finite required field (a sampler bug must not corrupt the log)', async () => {
    const w = openLogWriter(tmp());
    expect(() => w.sample(makeSample({ busy: Number.NaN }))).toThrow(/'busy' must be a finite number/);
    expect(() => w.sample(makeSample({ pkg: Number.POSITIVE_INFINITY }))).toThrow(/'pkg'/);
    await w.close();
  });

  it('appends to an existing file instead of truncating it', async () => {
    const p = tmp();
    writeFileSync(p, headerLine + '\n');
    const w = openLogWriter(p);
    w.sample(makeSample());
    await w.close();
    expect((await readRunLog(p)).samples).toHaveLength(1);
  });
});

describe('reader', () => {
  const good = [headerLine, sampleText({ t: 0.1 }), sampleText({ t: 0.2 }), footerLine].join('\n') + '\n';

  it('reads a complete log', () => {
    const log = parseRunLog(good, 'a.ndjson');
    expect(log.header.label).toBe('train');
    expect(log.samples).toHaveLength(2);
    expect(log.footer?.samples).toBe(2);
    expect(log.torn).toBe(false);
  });

  it('tolerates a torn last line', () => {
    const torn = [headerLine, sampleText({ t: 0.1 }), sampleText({ t: 0.2 }).slice(0, 40)].join('\n');
    const log = parseRunLog(torn, 'a.ndjson');
    expect(log.torn).toBe(true);
    expect(log.samples).toHaveLength(1);
    expect(log.footer).toBeNull();
  });

  it('tolerates NUL padding left after a crash', () => {
    const log = parseRunLog(headerLine + '\n' + sampleText() + '\n' + '\0'.repeat(64), 'a');
    expect(log.torn).toBe(true);
    expect(log.samples).toHaveLength(1);
  });

  it('accepts a last complete line without newline and CRLF endings', () => {
    expect(parseRunLog([headerLine, sampleText()].join('\n'), 'a').torn).toBe(false);
    const crlf = parseRunLog([headerLine, sampleText(), footerLine].join('\r\n') + '\r\n', 'a');
    expect(crlf.samples).toHaveLength(1);
    expect(crlf.footer).not.toBeNull();
  });

  it('reads a log without footer (meter killed)', () => {
    const log = parseRunLog([headerLine, sampleText()].join('\n') + '\n', 'a');
    expect(log.footer).toBeNull();
    expect(log.torn).toBe(false);
  });

  it('rejects garbage in the middle with the line number', () => {
    const bad = [headerLine, sampleText({ t: 0.1 }), 'garbage{', sampleText({ t: 0.3 })].join('\n') + '\n';
    expect(() => parseRunLog(bad, 'x.ndjson')).toThrow('x.ndjson:3: not a JSON line: "garbage{"');
    try {
      parseRunLog(bad, 'x.ndjson');
    } catch (e) {
      expect(e).toBeInstanceOf(RunLogError);
      expect((e as RunLogError).line).toBe(3);
    }
  });

  it('rejects a torn line that is not the last one', () => {
    const bad = [headerLine, sampleText().slice(0, 30), sampleText()].join('\n') + '\n';
    expect(() => parseRunLog(bad, 'x')).toThrow(/^x:2: not a JSON line/);
  });

  it('rejects a sample with a wrong field type, naming field and line', () => {
    const bad = [headerLine, sampleText(), JSON.stringify({ ...makeSample(), busy: 'lots' })].join('\n') + '\n';
    expect(() => parseRunLog(bad, 'x')).toThrow("x:3: sample field 'busy' must be a number >= 0, got lots");
    const neg = [headerLine, JSON.stringify({ ...makeSample(), dt: 0 })].join('\n') + '\n';
    expect(() => parseRunLog(neg, 'x')).toThrow("x:2: sample field 'dt' must be a number > 0, got 0");
    const gpu = [headerLine, JSON.stringify(makeSample({ gpu: [{ u: 'a', w: 1, j: 1, util: 1, sm: 1, on: 'yes' as unknown as boolean }] }))].join('\n');
    expect(() => parseRunLog(gpu + '\n', 'x')).toThrow('x:2: gpu[0].on must be true or false');
  });

  it('names the schema version it reads', () => {
    const v2 = JSON.stringify({ ...header, schema: 'joulecheck/log@2' });
    expect(() => parseRunLog(v2 + '\n', 'run.ndjson')).toThrow(/^file run\.ndjson is joulecheck\/log@2, this tool reads joulecheck\/log@1$/);
    expect(() => parseRunLog(sampleText() + '\n', 'run.ndjson')).toThrow(/run.ndjson:1: expected the joulecheck\/log@1 header as the first line, got a 'sample' line/);
    expect(() => parseRunLog(JSON.stringify({ ...header, pue: 0.5 }) + '\n', 'h')).toThrow(/^h:1: invalid header: pue/);
    expect(() => parseRunLog('', 'e')).toThrow('e: empty log: no joulecheck/log@1 header line');
  });

  it('rejects lines after the footer, a second header and unknown types', () => {
    expect(() => parseRunLog([headerLine, footerLine, sampleText()].join('\n'), 'x')).toThrow(/x:3: 'sample' line after the footer/);
    expect(() => parseRunLog([headerLine, headerLine].join('\n'), 'x')).toThrow(/x:2: a second header/);
    expect(() => parseRunLog([headerLine, '{"type":"mystery"}'].join('\n'), 'x')).toThrow(/x:2: unknown line type "mystery"/);
  });

  it('validates intensity and event lines', () => {
    const i = JSON.stringify({ type: 'intensity', t: 1, g_per_kwh: 120, source: 'uk', kind: 'realtime' });
    const e = JSON.stringify({ type: 'event', t: 1, level: 'warning', message: 'gap' });
    const log = parseRunLog([headerLine, i, e].join('\n'), 'x');
    expect(log.intensities[0]?.g_per_kwh).toBe(120);
    expect(log.events[0]?.message).toBe('gap');
    expect(() => parseRunLog([headerLine, JSON.stringify({ type: 'intensity', t: 1, g_per_kwh: -1, source: 'x', kind: 'realtime' })].join('\n'), 'x')).toThrow(/x:2: invalid intensity line: g_per_kwh/);
  });

  it('refuses a file over the size bound, and a missing file, naming it', async () => {
    const p = tmp();
    writeFileSync(p, good);
    await expect(readRunLog(p, { maxBytes: 100 })).rejects.toThrow(new RegExp(`${p}: file is ${good.length} bytes, over the limit of 100 bytes`));
    await expect(readRunLog(join(dir, 'nope.ndjson'))).rejects.toThrow(/nope.ndjson: cannot read/);
    expect(DEFAULT_MAX_LOG_BYTES).toBe(2 * 1024 ** 3);
  });

  it('reads a torn file from disk and lines longer than the read buffer', async () => {
    const p = tmp();
    const long = { ...header, command: ['x'.repeat(5_000_000)] };
    writeFileSync(p, JSON.stringify(long) + '\n' + sampleText() + '\n' + sampleText().slice(0, 20));
    const log = await readRunLog(p);
    expect(log.header.command[0]).toHaveLength(5_000_000);
    expect(log.samples).toHaveLength(1);
    expect(log.torn).toBe(true);
  });
});

describe('fast sample path agrees with JSON.parse', () => {
  it('on the writer layout, including nulls, negatives-free edge numbers and GPUs', () => {
    const cases: LogSample[] = [
      makeSample(),
      makeSample({ t: 0, pkg: null, dram: null, rss: 12345678901234, used: 1e15 }),
      makeSample({ t: 3599.9, dt: 0.100001, pkg: 1e-7, dram: 0.000001, gpu: [] }),
      makeSample({ gpu: [{ u: gpuUuid(0), w: null, j: null, util: null, sm: null, on: false }, { u: 'GPU-x', w: 0, j: 0.5, util: 100, sm: 0, on: true }] }),
      makeSample({ t: 123456.123456, pkg: 9007199254.740993 }),
      makeSample({ gpu: [{ u: gpuUuid(0), w: 300, j: 30, util: 40, sm: 10, on: true, sole: true }, { u: gpuUuid(1), w: 60, j: 6, util: 0, sm: 0, on: true }] }),
      ...synthSamples({ seconds: 2, hz: 10, gpus: 3, gapEvery: 4 }),
    ];
    let accepted = 0;
    for (const s of cases) {
      const line = sampleLine(s);
      const fast = scanSampleLine(line);
      // declining is allowed (the slow path takes over); a different result is not
      if (fast !== null) {
        accepted++;
        expect(fast).toEqual(JSON.parse(line));
      }
      expect(parseRunLog(headerLine + '\n' + line + '\n', 'x').samples[0]).toEqual(JSON.parse(line));
    }
    // everything but the two 16-digit numbers (1e15 and 9007199254.740993: declined, a digit loop
    // past 15 digits would not be exact)
    expect(accepted).toBe(cases.length - 2);
  });

  it('declines what is not its layout (the slow path then decides)', () => {
    const reordered = '{"t":0.1,"type":"sample","dt":0.1,"pkg":1,"dram":1,"busy":0,"total":1,"tree":0,"rss":0,"used":1,"procs":1}';
    expect(scanSampleLine(reordered)).toBeNull();
    expect(parseRunLog(headerLine + '\n' + reordered + '\n', 'x').samples[0]).toEqual(JSON.parse(reordered));
    const base = sampleLine(makeSample());
    for (const bad of [
      base.replace('"busy":0', '"busy":01'),
      base.replace('"busy":0', '"busy":-1'),
      base.replace('"busy":0', '"busy":1e2'),
      base.replace('"busy":0', '"busy":.5'),
      base.replace('"busy":0', '"busy":"0"'),
      base.replace('"procs":1', '"procs":1.5'),
      base.replace(/}$/, ',"extra":1}'),
      base + ' ',
    ]) {
      const fast = scanSampleLine(bad);
      let json: unknown = null;
      try {
        json = JSON.parse(bad);
      } catch {
        json = 'invalid';
      }
      // either declined, or identical to what JSON.parse gives
      if (fast !== null) expect(fast).toEqual(json);
    }
    expect(scanSampleLine(base.replace('"busy":0', '"busy":1e2'))).toBeNull();
    expect(parseRunLog(headerLine + '\n' + base.replace('"busy":0', '"busy":1e2') + '\n', 'x').samples[0]).toEqual({ ...makeSample(), busy: 100 });
    expect(scanSampleLine(base)).toEqual(makeSample());
  });
});

describe('round trip at scale', () => {
  it('writes and reads back 10 minutes at 10 Hz with 8 GPUs, gaps and intensities', async () => {
    const p = tmp();
    const opts = {
      seconds: 600,
      hz: 10,
      gpus: 8,
      gapEvery: 97,
      intensities: [
        { type: 'intensity' as const, t: 0, g_per_kwh: 210, source: 'x', kind: 'realtime' as const },
        { type: 'intensity' as const, t: 300, g_per_kwh: 190, source: 'x', kind: 'realtime' as const },
      ],
    };
    const w = await writeSyntheticLog(p, opts);
    expect(w.samples).toBe(6000);
    const log = await readRunLog(p);
    const mem = buildLog(opts);
    expect(log.samples).toHaveLength(6000);
    expect(log.intensities).toEqual(opts.intensities);
    expect(log.footer).toEqual(mem.footer);
    // values survive the compact rounding to within 5e-7 (µJ for energies); checked in plain code and
    // asserted once (48k expect() calls would dominate the test's time)
    let maxErr = 0;
    const mismatches: string[] = [];
    for (let i = 0; i < mem.samples.length; i++) {
      const a = log.samples[i]!;
      const b = mem.samples[i]!;
      maxErr = Math.max(maxErr, Math.abs(a.t - b.t), Math.abs(a.pkg! - b.pkg!), Math.abs(a.dram! - b.dram!));
      if (a.busy !== b.busy || a.tree !== b.tree || a.rss !== b.rss) mismatches.push(`sample ${i}`);
      for (let k = 0; k < 8; k++) {
        const ga = a.gpu![k]!;
        const gb = b.gpu![k]!;
        if (ga.u !== gb.u || ga.util !== gb.util || ga.sm !== gb.sm || ga.on !== gb.on) mismatches.push(`sample ${i} gpu ${k}`);
        if (gb.j === null || gb.w === null) {
          if (ga.j !== null || ga.w !== null) mismatches.push(`sample ${i} gpu ${k}: gap lost`);
        } else maxErr = Math.max(maxErr, Math.abs(ga.j! - gb.j), Math.abs(ga.w! - gb.w));
      }
    }
    expect(mismatches).toEqual([]);
    expect(maxErr).toBeLessThanOrEqual(5e-7);
    expect(log.samples.filter((s) => s.gpu![0]!.j === null)).toHaveLength(Math.floor(6000 / 97));
    // a crash mid-line: append half a sample; still readable, flagged torn, nothing else lost
    appendFileSync(p, sampleLine(makeSample({ t: 601 })).slice(0, 50));
    const t = await readRunLog(p);
    expect(t.torn).toBe(true);
    expect(t.samples).toHaveLength(6000);
  });
});

describe('column store growth', () => {
  it('regrows when the first sample line is much longer than the rest (GPU data kept per row)', async () => {
    const p = tmp();
    const w = openLogWriter(p);
    w.header(makeHeader({}, 0));
    const many = Array.from({ length: 30 }, (_, k) => ({ u: gpuUuid(k), w: 100 + k, j: 10 + k, util: 50, sm: 25, on: k % 2 === 0 }));
    const expected: LogSample[] = [makeSample({ t: 0.1, gpu: many })];
    for (let i = 2; i <= 3000; i++) expected.push(makeSample({ t: i / 10, busy: i % 7, gpu: i % 1000 === 0 ? [many[3]!] : undefined }));
    for (const s of expected) w.sample(s);
    await w.close();
    const log = await readRunLog(p);
    expect(log.samples).toHaveLength(3000);
    expect(log.samples[0]).toEqual(expected[0]);
    expect(log.samples[999]).toEqual(expected[999]);
    expect(log.samples[2999]).toEqual(expected[2999]);
    expect(log.samples.filter((s) => s.gpu !== undefined)).toHaveLength(4);
    expect(log.samples.reduce((a, s) => a + s.busy, 0)).toBe(expected.reduce((a, s) => a + s.busy, 0));
  });
});

describe('column sizing', () => {
  it('an intensity line before the first sample does not inflate the allocation', async () => {
    const p = tmp();
    const w = openLogWriter(p);
    w.header(makeHeader({}, 8));
    w.intensity({ type: 'intensity', t: 0, g_per_kwh: 1, source: 's', kind: 'realtime' });
    for (const smp of synthSamples({ seconds: 5, hz: 10, gpus: 8 })) w.sample(smp);
    await w.close();
    const log = await readRunLog(p);
    expect(log.samples).toHaveLength(50);
    // 50 sample lines of ~900 bytes: sized from the sample line (~60 rows), not from the ~80-byte
    // intensity line (which would give ~600)
    expect(log.columns.t.length).toBe(50);
    expect(log.columns.t.buffer.byteLength / Float64Array.BYTES_PER_ELEMENT).toBeLessThan(200);
  });
});
