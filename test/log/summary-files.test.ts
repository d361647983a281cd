// The one reader of summary files: the same answers as the bytes check, the cap before any read.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSummaryFile, readSummaryFilesLenient, SummaryFileError } from '../../src/log/summary-files.ts';
import { InputError } from '../../src/model/errors.ts';
import { MAX_SUMMARY_BYTES, parseSummary } from '../../src/model/summary-parse.ts';
import { summary } from '../e2e/fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'jc-sumfiles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, data: string): string => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

describe('readSummaryFile', () => {
  it('reads a valid summary', async () => {
    const s = summary({ label: 'train', repeat: 1, energy: 42 });
    expect(await readSummaryFile(file('ok.summary.json', JSON.stringify(s)))).toEqual(s);
  });

  it('refuses what parseSummary refuses, with the same message (the file named as given)', async () => {
    for (const [name, data] of [
      ['broken.summary.json', '{"schema":'],
      ['bad.summary.json', JSON.stringify({ ...summary({ energy: 1 }), carbon: null })],
      ['v2.summary.json', JSON.stringify({ ...summary({ energy: 1 }), schema: 'joulecheck/summary@2' })],
    ] as const) {
      const p = file(name, data);
      const expected = parseSummary(new TextEncoder().encode(data), name);
      expect(expected.ok).toBe(false);
      const err = await readSummaryFile(p, name).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SummaryFileError);
      expect(err).toBeInstanceOf(InputError); // the CLI's exit code 2
      expect((err as SummaryFileError).message).toBe(expected.ok ? '' : expected.message);
      expect((err as SummaryFileError).file).toBe(p);
    }
  });

  it('checks the size before reading: a sparse 3 GiB file fails at once, by size', async () => {
    const p = file('huge.summary.json', '');
    truncateSync(p, 3 * 1024 ** 3);
    const t0 = performance.now();
    await expect(readSummaryFile(p)).rejects.toThrow(/huge\.summary\.json' is 3072\.0 MiB; a summary is a few KB \(limit 4 MiB\)/);
    expect(performance.now() - t0).toBeLessThan(1000);
    const atCap = file('cap.summary.json', '');
    truncateSync(atCap, MAX_SUMMARY_BYTES);
    // at the cap it is read, and then refused as content (NUL bytes are not JSON)
    await expect(readSummaryFile(atCap)).rejects.toThrow(/cannot read summary '.*cap\.summary\.json': /);
  });

  it('names a file it cannot open', async () => {
    await expect(readSummaryFile(join(dir, 'missing.summary.json'))).rejects.toThrow(/cannot read summary '.*missing\.summary\.json': ENOENT/);
  });
});

describe('readSummaryFilesLenient', () => {
  it('keeps the readable summaries in order and reports each refused file', async () => {
    const a = file('a-1.summary.json', JSON.stringify(summary({ repeat: 1, energy: 1 })));
    const bad = file('a-2.summary.json', '[]');
    const c = file('a-3.summary.json', JSON.stringify(summary({ repeat: 3, energy: 3 })));
    const skipped: SummaryFileError[] = [];
    const got = await readSummaryFilesLenient([a, bad, join(dir, 'gone.summary.json'), c], (e) => skipped.push(e));
    expect(got.map((s) => s.repeat)).toEqual([1, 3]);
    expect(skipped.map((e) => e.file)).toEqual([bad, join(dir, 'gone.summary.json')]);
    expect(skipped[0]!.problem?.kind).toBe('invalid');
    expect(skipped[1]!.problem).toBeUndefined();
  });
});
