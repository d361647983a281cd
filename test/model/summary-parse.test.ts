import { describe, expect, it } from 'vitest';
import { MAX_SUMMARY_BYTES, parseSummary, summaryProblemShort } from '../../src/model/summary-parse.ts';
import { summary } from '../e2e/fixtures.ts';

const bytes = (x: unknown): Uint8Array => new TextEncoder().encode(typeof x === 'string' ? x : JSON.stringify(x));

describe('parseSummary: the one check of summary bytes', () => {
  it('accepts a valid summary and returns it as parsed', () => {
    const s = summary({ label: 'train', repeat: 2, energy: 123 });
    const r = parseSummary(bytes(s), 'train-2.summary.json');
    expect(r).toEqual({ ok: true, summary: s });
  });

  it('refuses by size before parsing: one byte over the cap, even of valid JSON', () => {
    const s = JSON.stringify(summary({ energy: 1 }));
    const padded = s + ' '.repeat(MAX_SUMMARY_BYTES + 1 - s.length);
    const r = parseSummary(bytes(padded), 'big.summary.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toEqual({ kind: 'too-large', bytes: MAX_SUMMARY_BYTES + 1 });
    expect(r.message).toBe("'big.summary.json' is 4.0 MiB; a summary is a few KB (limit 4 MiB): is it the right file?");
    expect(summaryProblemShort(r.problem)).toBe(`${MAX_SUMMARY_BYTES + 1} bytes, over the ${MAX_SUMMARY_BYTES}-byte limit for a summary`);
    // exactly at the cap: parsed (and valid, trailing spaces being JSON whitespace)
    expect(parseSummary(bytes(padded.slice(0, -1)), 'x').ok).toBe(true);
  });

  it('names the file and the reason: not JSON, another version, a bad field', () => {
    const notJson = parseSummary(bytes('{"schema": "joulecheck/summ'), 'a.summary.json');
    expect(notJson.ok || notJson.problem.kind).toBe('not-json');
    expect(notJson.ok || notJson.message).toMatch(/^cannot read summary 'a\.summary\.json': .*JSON/);
    expect(notJson.ok || summaryProblemShort(notJson.problem)).toBe('not JSON');

    const v2 = parseSummary(bytes({ ...summary({ energy: 1 }), schema: 'joulecheck/summary@2' }), 'b.summary.json');
    expect(v2.ok || v2.message).toBe("'b.summary.json' is joulecheck/summary@2; this tool reads joulecheck/summary@1");

    const bad = parseSummary(bytes({ ...summary({ energy: 1 }), energy_j: { total: -5 } }), 'c.summary.json');
    expect(bad.ok || bad.problem.kind).toBe('invalid');
    expect(bad.ok || bad.message).toMatch(/^'c\.summary\.json' is not a joulecheck\/summary@1 file: energy_j\./);
    expect(bad.ok || summaryProblemShort(bad.problem)).toMatch(/^not a joulecheck summary \(energy_j\./);

    const foreign = parseSummary(bytes({ schema: 'evil/1' }), 'd.summary.json');
    expect(foreign.ok || foreign.problem.kind).toBe('invalid');
    expect(foreign.ok || foreign.message).toMatch(/file: schema: /);
    expect(parseSummary(bytes('null'), 'e').ok).toBe(false);
  });
});
