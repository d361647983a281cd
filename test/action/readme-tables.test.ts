// The README's input and output tables are checked against action.yml, the file the runner loads, and
// against what the action reads: a new input cannot ship undocumented, nor a table row outlive its input.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface ActionYml {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml;
const readme = readFileSync('README.md', 'utf8');

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

describe('README tables against action.yml', () => {
  it('lists exactly the inputs of action.yml, with the default action.yml declares', () => {
    const rows = table('### Inputs');
    expect([...rows.keys()].sort()).toEqual(Object.keys(action.inputs).sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      const d = input.default;
      // a literal default is printed as it is; expressions (the token) and prose defaults are described
      if (d !== undefined && !d.includes('${{')) expect(rows.get(name), name).toContain(d);
    }
  });

  it('lists exactly the outputs of action.yml', () => {
    expect([...table('### Outputs').keys()].sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it('every input the action reads is declared in action.yml', () => {
    const src = readFileSync('src/action/inputs.ts', 'utf8');
    const read = [...src.matchAll(/\b(?:raw|opt|req|get|bool|num)\(\s*'([a-z0-9-]+)'/g)].map((m) => m[1]!);
    expect(read.length).toBeGreaterThan(10);
    for (const name of read) expect(Object.keys(action.inputs), name).toContain(name);
  });
});
