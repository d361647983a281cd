// LineSplitter: the streams' bytes to lines (recorded nvidia-smi output cut at arbitrary points).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineSplitter } from '../../../src/meter/smi/line-splitter.ts';

const FIX = join(import.meta.dirname, '..', '..', 'fixtures', 'nvidia-smi');
const fx = (name: string): string => readFileSync(join(FIX, name), 'utf8');

describe('LineSplitter', () => {
  it('keeps partial lines until their newline, accepts CRLF, never emits a cut tail', () => {
    const text = fx('pmon-default-windows-rtx2080super-driver591-load.txt');
    const whole = text.split('\n').slice(0, -1);
    const got: string[] = [];
    const s = new LineSplitter();
    for (let i = 0; i < text.length; i += 37) s.push(text.slice(i, i + 37), (l) => got.push(l));
    expect(got).toEqual(whole);
    expect(s.pending).toBe(text.slice(text.lastIndexOf('\n') + 1));
    const crlf: string[] = [];
    new LineSplitter().push('a, 1\r\n\r\nb, 2\r\n', (l) => crlf.push(l));
    expect(crlf).toEqual(['a, 1', '', 'b, 2']);
  });
});
