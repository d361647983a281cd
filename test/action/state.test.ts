// The state main hands to post, through @actions/core's real file command (GITHUB_STATE) and the
// STATE_<key> variables the runner sets for post from it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { markReported, readSavedState, savePlace, saveResult, StateKey } from '../../src/action/state.ts';

const savedEnv = { ...process.env };
afterEach(() => {
  process.env = { ...savedEnv };
  vi.restoreAllMocks();
});

/** name<<DELIM\nvalue\nDELIM entries of a file command */
function entries(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([^<\n]+)<<(.+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!;
  return out;
}

/** what the runner does between main and post */
function handToPost(saved: Record<string, string>): void {
  for (const k of Object.keys(process.env)) if (k.startsWith('STATE_')) delete process.env[k];
  for (const [k, v] of Object.entries(saved)) process.env[`STATE_${k}`] = v;
}

function stateFile(): string {
  const f = join(mkdtempSync(join(tmpdir(), 'jc-state-')), 'state');
  writeFileSync(f, '');
  process.env.GITHUB_STATE = f;
  return f;
}

describe('saved state between main and post', () => {
  it('round-trips place, result and reported under the keys of StateKey only', () => {
    const f = stateFile();
    const result = { outDir: '/w/out', summaryPaths: ['/w/out/t-1.summary.json'], logs: ['/w/out/t-1.log.ndjson'], exitCode: 3 };
    savePlace('/w/out', 't');
    saveResult(result);
    markReported();
    const saved = entries(readFileSync(f, 'utf8'));
    expect(Object.keys(saved).sort()).toEqual(Object.values(StateKey).sort());
    handToPost(saved);
    expect(readSavedState()).toEqual({ place: { outDir: '/w/out', label: 't' }, result, reported: true });
  });

  it('a main cancelled while metering left only the place: post finds the logs there', () => {
    const f = stateFile();
    savePlace('/w/out', 'train');
    handToPost(entries(readFileSync(f, 'utf8')));
    expect(readSavedState()).toEqual({ place: { outDir: '/w/out', label: 'train' }, result: null, reported: false });
  });

  it('nothing saved (mode report, comment): no place, no result', () => {
    handToPost({});
    expect(readSavedState()).toEqual({ place: null, result: null, reported: false });
  });

  it('a saved result that is not JSON or not a MeterResult is refused with a warning, the place is kept', () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    for (const bad of ['{not json', JSON.stringify({ outDir: '/w/out', summaryPaths: 'x', logs: [], exitCode: null })]) {
      handToPost({ [StateKey.OutDir]: '/w/out', [StateKey.Label]: 'l', [StateKey.Result]: bad });
      expect(readSavedState()).toEqual({ place: { outDir: '/w/out', label: 'l' }, result: null, reported: false });
    }
    const written = out.mock.calls.map((c) => String(c[0])).join('');
    expect(written).toMatch(/::warning::joulecheck: the saved step result is not JSON/);
    expect(written).toMatch(/::warning::joulecheck: the saved step result is not valid/);
  });
});
