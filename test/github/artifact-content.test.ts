import { describe, expect, it } from 'vitest';
import { parseArtifactZip, COMMENT_FILE, COMMENT_SCHEMA } from '../../src/github/artifact-content.ts';
import { MAX_SUMMARY_BYTES } from '../../src/model/summary-parse.ts';
import { writeZip } from '../servers/zip-writer.ts';
import { summary } from '../e2e/fixtures.ts';

const good = (label: string, n: number) => ({ name: `${label}-${n}.summary.json`, data: JSON.stringify(summary({ label, repeat: n, energy: 100 * n })) });

describe('parseArtifactZip', () => {
  it('returns the valid summaries, and says why others were dropped', () => {
    const zip = writeZip([
      good('train', 1),
      good('train', 2),
      { name: 'train-3.summary.json', data: '{not json' },
      { name: 'train-4.summary.json', data: JSON.stringify({ ...summary({ energy: 1 }), energy_j: { total: -5 } }) },
      { name: 'train-5.summary.json', data: JSON.stringify({ ...summary({ energy: 1 }), schema: 'evil/1' }) },
      { name: 'train-6.summary.json', data: ' '.repeat(MAX_SUMMARY_BYTES + 1) },
      { name: 'train-1.ndjson', data: '{}' },
    ]);
    const c = parseArtifactZip(zip);
    expect(c.summaries.map((s) => s.repeat)).toEqual([1, 2]);
    expect(c.problems).toHaveLength(4);
    expect(c.problems.join('\n')).toMatch(/train-3.summary.json: not JSON/);
    expect(c.problems.join('\n')).toMatch(/train-4.summary.json: not a joulecheck summary \(energy_j/);
    expect(c.problems.join('\n')).toMatch(/train-5.summary.json: not a joulecheck summary \(schema/);
    expect(c.problems.join('\n')).toMatch(/train-6.summary.json: .*over the/);
    expect(c.comment).toBeNull();
  });

  it('validates the pending comment of a fork run', () => {
    const pending = { schema: COMMENT_SCHEMA, pr_number: 8, head_sha: 'd'.repeat(40), job: 'train', label: 'run', body: 'hi' };
    expect(parseArtifactZip(writeZip([{ name: COMMENT_FILE, data: JSON.stringify(pending) }])).comment).toEqual(pending);
    for (const bad of [{ ...pending, pr_number: -1 }, { ...pending, head_sha: 'HEAD' }, { ...pending, job: '../x' }, { ...pending, body: 'x'.repeat(70_000) }]) {
      const c = parseArtifactZip(writeZip([{ name: COMMENT_FILE, data: JSON.stringify(bad) }]));
      expect(c.comment).toBeNull();
      expect(c.problems[0]).toMatch(/invalid/);
    }
    // only at the root of the artifact
    expect(parseArtifactZip(writeZip([{ name: `sub/${COMMENT_FILE}`, data: JSON.stringify(pending) }])).comment).toBeNull();
  });

  it('rejects the whole artifact when one entry is hostile', () => {
    expect(() => parseArtifactZip(writeZip([good('train', 1), { name: '../../x.summary.json', data: '{}' }]))).toThrow(/path traversal/);
  });
});
