// The CLI's human summary prints a merged run's intensity through the shared formatter, not raw.
import { describe, expect, it } from 'vitest';
import { humanSummary } from '../../src/render/text.ts';
import { summary } from '../e2e/fixtures.ts';

describe('humanSummary', () => {
  it('rounds a merged summary intensity that carries a float artefact', () => {
    const s = summary({ label: 'train', energy: 123_456, duration: 600 });
    const merged = { ...s, node_count: 2, carbon: { ...s.carbon, intensity_g_per_kwh: 472.93999999999994, intensity_kind: 'default' as const, region: 'WORLD' } };
    const line = humanSummary(merged, { log: 'a.log', summary: null }).split('\n')[2];
    expect(line).toMatch(/^ {2}carbon: 473 g\/kWh default \(WORLD\)/);
  });
});
