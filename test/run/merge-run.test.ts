// A node summary goes through the one summary reader: an oversized or malformed one is refused by name.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_SUMMARY_BYTES } from '../../src/model/summary-parse.ts';
import { mergeRun } from '../../src/run/merge-run.ts';

function refusal(content: string): Promise<unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'jc-merge-'));
  writeFileSync(join(dir, 'n1.summary.json'), content);
  const node = { name: 'n1', log: join(dir, 'n1.log.ndjson'), summary: join(dir, 'n1.summary.json') };
  return mergeRun([node], { summaryPath: join(dir, 'merged.json'), label: 'x', repeat: 1, runId: null });
}

describe('mergeRun node summaries', () => {
  it('refuses an oversized node summary with the size in the message', async () => {
    await expect(refusal('x'.repeat(MAX_SUMMARY_BYTES + 1))).rejects.toThrow(/n1\.summary\.json' is 4\.0 MiB; a summary is a few KB/);
  });

  it('refuses a malformed node summary naming the file', async () => {
    await expect(refusal('{not json')).rejects.toThrow(/its summary was refused: cannot read summary 'n1\.summary\.json'/);
  });
});
