import { describe, expect, it } from 'vitest';
import { mergeKinds, runKind } from '../../src/model/kinds.ts';

describe('kinds', () => {
  const m = (cpu: string, dram: string, gpu: string) =>
    ({ methods: { cpu: { kind: cpu }, dram: { kind: dram }, gpu: { kind: gpu } } }) as Parameters<typeof runKind>[0];
  it('labels a run estimated as soon as one component is, none when nothing was read', () => {
    expect(runKind(m('measured', 'none', 'measured'))).toBe('measured');
    expect(runKind(m('measured', 'estimated', 'measured'))).toBe('estimated');
    expect(runKind(m('none', 'none', 'none'))).toBe('none');
  });
  it('labels several runs mixed where measured and estimated meet', () => {
    expect(mergeKinds(['measured', 'measured', 'none'])).toBe('measured');
    expect(mergeKinds(['measured', 'estimated'])).toBe('mixed');
    expect(mergeKinds(['none'])).toBe('none');
    expect(mergeKinds(['estimated', 'mixed'])).toBe('mixed');
  });
});
