import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { readZip, unsafeEntryReason, UnsafeArchiveError, DEFAULT_ZIP_LIMITS } from '../../src/github/zip.ts';
import { writeZip } from '../servers/zip-writer.ts';

describe('readZip (untrusted artifacts)', () => {
  it('reads stored and deflated entries', () => {
    const zip = writeZip([
      { name: 'run-1.summary.json', data: '{"a":1}' },
      { name: 'logs/run-1.ndjson', data: 'x'.repeat(5000), deflate: true },
      { name: 'logs/', data: '' },
    ]);
    const entries = readZip(zip);
    expect(entries.map((e) => e.name)).toEqual(['run-1.summary.json', 'logs/run-1.ndjson']);
    expect(entries[1]!.data.toString()).toBe('x'.repeat(5000));
  });

  it.each([
    ['../escape.json', /path traversal/],
    ['a/../../escape.json', /path traversal/],
    ['/etc/passwd', /absolute path/],
    ['C:/Windows/x', /drive letter/],
    ['a\\..\\..\\x', /backslash/],
    ['a\u0000b', /control character/],
  ])('rejects entry %j', (name, why) => {
    expect(() => readZip(writeZip([{ name: 'ok.json', data: '{}' }, { name, data: 'x' }]))).toThrow(why);
  });

  it('rejects symlinks, duplicates, non-zips and truncated archives', () => {
    expect(() => readZip(writeZip([{ name: 'link', data: '/etc/passwd', unixMode: 0o120777 }]))).toThrow(/symlink/);
    expect(() => readZip(writeZip([{ name: 'a', data: '1' }, { name: 'a', data: '2' }]))).toThrow(/twice/);
    expect(() => readZip(Buffer.from('not a zip at all, just text that is long enough'))).toThrow(UnsafeArchiveError);
    const z = writeZip([{ name: 'a', data: 'hello' }]);
    expect(() => readZip(z.subarray(0, 10))).toThrow(UnsafeArchiveError);
  });

  it('enforces size limits on the archive, each entry, the total and the entry count', () => {
    const limits = { ...DEFAULT_ZIP_LIMITS, maxArchiveBytes: 10_000, maxEntryBytes: 1000, maxTotalBytes: 1500, maxEntries: 3 };
    expect(() => readZip(writeZip([{ name: 'big', data: 'x'.repeat(20_000) }]), limits)).toThrow(/archive is/);
    expect(() => readZip(writeZip([{ name: 'big', data: 'x'.repeat(2000), deflate: true }]), limits)).toThrow(/over the 1000-byte limit/);
    expect(() => readZip(writeZip([{ name: 'a', data: 'x'.repeat(900) }, { name: 'b', data: 'x'.repeat(900) }]), limits)).toThrow(/expands to more than/);
    expect(() => readZip(writeZip(['a', 'b', 'c', 'd'].map((n) => ({ name: n, data: 'x' }))), limits)).toThrow(/4 entries/);
  });

  it('a deflate bomb that lies about its size is stopped while inflating', () => {
    const bomb = writeZip([{ name: 'bomb.summary.json', data: Buffer.alloc(50 * 1024 * 1024), deflate: true, declaredSize: 100 }]);
    expect(bomb.length).toBeLessThan(200_000);
    expect(() => readZip(bomb)).toThrow(/does not inflate to its declared size|inflates to/);
  });

  it('unsafeEntryReason accepts ordinary relative names', () => {
    expect(unsafeEntryReason('train-1.summary.json')).toBeNull();
    expect(unsafeEntryReason('sub/dir/file..name.json')).toBeNull();
  });

  it('rejects an entry whose deflated data is not what the header says', () => {
    const zip = writeZip([{ name: 'a', data: 'hello world', deflate: true }]);
    // corrupt the compressed bytes
    const i = zip.indexOf(deflateRawSync(Buffer.from('hello world')));
    zip[i] = 0xff;
    zip[i + 1] = 0xff;
    expect(() => readZip(zip)).toThrow(UnsafeArchiveError);
  });
});
