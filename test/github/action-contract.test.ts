// action.yml is what the runner loads: it must be valid YAML, and every input/output the GitHub side
// reads or sets must be declared there and documented in docs/github.md.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';

const USED_INPUTS = ['mode', 'label', 'github-token', 'comment', 'baseline-runs', 'alpha', 'min-effect', 'fail-on-regression', 'upload', 'retention-days', 'badge', 'badge-branch'];
const SET_OUTPUTS = ['artifact-id', 'verdict', 'energy-change-pct', 'p-value', 'comment-url'];

describe('action.yml contract of the GitHub side', () => {
  const text = readFileSync('action.yml', 'utf8');
  const doc = parseDocument(text);

  it('is valid YAML (the runner refuses an action.yml it cannot parse)', () => {
    expect(doc.errors.map((e) => e.message.split('\n')[0])).toEqual([]);
  });

  it('declares every input and output used here, and docs/github.md documents them', () => {
    const a = doc.toJS() as { inputs: Record<string, unknown>; outputs: Record<string, unknown>; runs: Record<string, string> };
    for (const i of USED_INPUTS) expect(Object.keys(a.inputs), i).toContain(i);
    for (const o of SET_OUTPUTS) expect(Object.keys(a.outputs), o).toContain(o);
    expect(a.runs).toMatchObject({ using: 'node24', main: 'dist/main.js', post: 'dist/post.js', 'post-if': 'always()' });
    const docs = readFileSync('docs/github.md', 'utf8');
    for (const n of [...USED_INPUTS, ...SET_OUTPUTS]) expect(docs, n).toContain(`\`${n}\``);
  });

  it('the workflow YAML shown in the README (github section) and docs/github.md parses', () => {
    const readme = readFileSync('README.md', 'utf8');
    const start = readme.indexOf('<!-- github:start -->');
    const end = readme.indexOf('<!-- github:end -->');
    expect(start).toBeGreaterThanOrEqual(0);
    const texts = [readme.slice(start, end), readFileSync('docs/github.md', 'utf8')];
    const blocks = texts.flatMap((t) => [...t.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!));
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    for (const b of blocks) expect(parseDocument(b).errors.map((e) => e.message.split('\n')[0]), b).toEqual([]);
    expect(readme.slice(start, end)).toContain('workflow_run');
    expect(readme.slice(start, end)).toContain('mode: report');
  });
});
