// The README's input and output tables and action.yml (the file the runner loads) are checked against
// the defaults table and against what the action reads: a new input cannot ship undocumented or without
// a default in the table, nor a table row outlive its input, nor a default differ between the places.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseInputs } from '../../src/action/inputs.ts';
import { DEFAULTS, defaultText, type Setting, type SettingName } from '../../src/model/defaults.ts';

interface ActionYml {
  inputs: Record<string, { description: string; default?: unknown }>;
  outputs: Record<string, { description: string }>;
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml;
const readme = readFileSync('README.md', 'utf8');
const settings = Object.entries(DEFAULTS) as [SettingName, Setting][];
const byInput = new Map(settings.filter(([, s]) => s.input !== undefined).map(([name, s]) => [s.input!, { name, s }]));

/** The rows of the first table under a heading: first cell (without backticks) -> second cell. */
function table(heading: string): Map<string, string> {
  const at = readme.indexOf(`\n${heading}\n`);
  expect(at, heading).toBeGreaterThanOrEqual(0);
  const rows = new Map<string, string>();
  let seen = false;
  for (const line of readme.slice(at + heading.length + 2).split('\n')) {
    if (!line.startsWith('|')) {
      if (seen) break;
      continue;
    }
    seen = true;
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    const name = /^`([a-z0-9-]+)`$/.exec(cells[0] ?? '')?.[1];
    if (name) rows.set(name, cells[1] ?? '');
  }
  return rows;
}

/** Every input name inputs.ts asks for, by any of its readers, and the names in its per-mode lists. */
function inputsReadInSource(): string[] {
  const src = readFileSync('src/action/inputs.ts', 'utf8');
  const calls = [...src.matchAll(/\b(?:raw|opt|req|get|text|bool|num)\(\s*'([a-z0-9-]+)'/g)].map((m) => m[1]!);
  const lists = [...src.matchAll(/for \(const name of \[([^\]]*)\]\)/g)].flatMap((m) => [...m[1]!.matchAll(/'([a-z0-9-]+)'/g)].map((q) => q[1]!));
  return [...new Set([...calls, ...lists])];
}

/** Every input name parseInputs asks its `get` for, in each mode (it reads some only to refuse them). */
function inputsReadAtRunTime(): string[] {
  const names = new Set<string>();
  for (const mode of ['run', 'ab', 'start']) {
    const given: Record<string, string> = { mode, ...(mode === 'start' ? {} : { run: 'true' }) };
    parseInputs((name) => {
      names.add(name);
      return given[name] ?? '';
    });
  }
  return [...names];
}

const camel = (name: string): string => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

describe('README tables and action.yml against the defaults table', () => {
  it('action.yml, the defaults table and the README list the same inputs', () => {
    const inYml = Object.keys(action.inputs).sort();
    expect([...byInput.keys()].sort(), 'inputs of the defaults table vs action.yml').toEqual(inYml);
    expect([...table('### Inputs').keys()].sort(), "README's input table vs action.yml").toEqual(inYml);
  });

  it("action.yml's defaults are the table's", () => {
    for (const [input, { s }] of byInput) {
      const yml = action.inputs[input]!;
      const want = s.yml !== undefined ? s.yml : s.value === null ? null : defaultText(input as SettingName);
      // compared as text: YAML would read an unquoted `default: 5` as a number
      expect(yml.default === undefined ? null : String(yml.default), `action.yml default of '${input}'`).toBe(want);
      // with no default in action.yml the description says what an empty input means
      if (s.yml === null && defaultText(input as SettingName) !== '') {
        expect(yml.description, `action.yml description of '${input}'`).toContain(`Empty = ${defaultText(input as SettingName)}.`);
      }
    }
  });

  it("the README's default column is the table's", () => {
    const rows = table('### Inputs');
    for (const [input, { name, s }] of byInput) {
      const want = s.unset ?? (s.value === null ? '' : `\`${defaultText(name)}\``);
      expect(rows.get(input), `README default of '${input}'`).toBe(want);
    }
  });

  it('every input the action reads is in the defaults table (so in action.yml and the README)', () => {
    const src = inputsReadInSource();
    const runtime = inputsReadAtRunTime();
    // the source scan must see the readers of every kind, text() included
    expect(src).toEqual(expect.arrayContaining(['working-directory', 'carbon-token', 'out', 'powercap-root', 'nvidia-smi', 'nvml-lib', 'github-token', 'base-ref']));
    expect(src.sort(), 'inputs named in inputs.ts vs inputs parseInputs reads').toEqual(runtime.sort());
    for (const name of runtime) expect([...byInput.keys()], `input '${name}' read by inputs.ts`).toContain(name);
    expect(runtime.sort(), 'inputs of the defaults table that inputs.ts never reads').toEqual([...byInput.keys()].sort());
  });

  it('parseInputs applies the table default to every input left empty', () => {
    const parsed = parseInputs((name) => (name === 'run' ? 'true' : '')) as unknown as Record<string, unknown>;
    for (const [input, { s }] of byInput) {
      if (input === 'run') continue;
      expect(parsed[camel(input)], `default of input '${input}'`).toEqual(s.value);
    }
  });

  it('lists exactly the outputs of action.yml', () => {
    expect([...table('### Outputs').keys()].sort()).toEqual(Object.keys(action.outputs).sort());
  });
});
