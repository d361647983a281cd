// A strict reader for the zip archives of downloaded artifacts, which are UNTRUSTED (a fork or a base
// run may have produced anything). Entries are read into memory only, never written to disk; the reader
// rejects path traversal, absolute paths, symlinks, encrypted or zip64 entries, and anything larger than
// the limits (checked against the declared sizes AND while inflating: a lying header cannot bomb us).
// Pure (node:zlib only).
import { inflateRawSync } from 'node:zlib';

export interface ZipLimits {
  /** largest accepted archive, bytes */
  maxArchiveBytes: number;
  /** largest accepted entry (uncompressed), bytes */
  maxEntryBytes: number;
  /** largest sum of all entries (uncompressed), bytes */
  maxTotalBytes: number;
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxArchiveBytes: 64 * 1024 * 1024,
  maxEntryBytes: 32 * 1024 * 1024,
  maxTotalBytes: 128 * 1024 * 1024,
  maxEntries: 1000,
};

export interface ZipEntry {
  name: string;
  data: Buffer;
}

export class UnsafeArchiveError extends Error {
  override name = 'UnsafeArchiveError';
}

/** Null when the entry name is safe (relative, no `..`, no backslash, no control characters). */
export function unsafeEntryReason(name: string): string | null {
  if (name.length === 0) return 'empty name';
  if (name.length > 512) return 'name too long';
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'control character in name';
  if (name.includes('\\')) return 'backslash in name';
  if (name.startsWith('/')) return 'absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'drive letter';
  if (name.split('/').some((seg) => seg === '..')) return 'path traversal (..)';
  return null;
}

function fail(msg: string): never {
  throw new UnsafeArchiveError(msg);
}

/** Reads every file entry of a zip archive; throws UnsafeArchiveError on anything hostile or too big. */
export function readZip(buf: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  if (buf.length > limits.maxArchiveBytes) fail(`archive is ${buf.length} bytes, over the ${limits.maxArchiveBytes}-byte limit`);
  // End of central directory: last 22 bytes + up to 64 KiB comment.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) fail('not a zip archive (no end of central directory)');
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) fail('zip64 archives are not accepted');
  if (count > limits.maxEntries) fail(`archive has ${count} entries, over the ${limits.maxEntries}-entry limit`);
  if (cdOffset + cdSize > eocd) fail('central directory out of bounds');

  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== 0x02014b50) fail('corrupt central directory');
    const madeBy = buf.readUInt16LE(p + 4) >> 8;
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const extAttr = buf.readUInt32LE(p + 38);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;

    const reason = unsafeEntryReason(name);
    if (reason) fail(`entry ${JSON.stringify(name.slice(0, 80))} rejected: ${reason}`);
    if (seen.has(name)) fail(`entry ${JSON.stringify(name)} appears twice`);
    seen.add(name);
    if (flags & 0x1) fail(`entry ${JSON.stringify(name)} is encrypted`);
    if (madeBy === 3 && ((extAttr >>> 16) & 0o170000) === 0o120000) fail(`entry ${JSON.stringify(name)} is a symlink`);
    if (name.endsWith('/')) continue; // directory
    if (size === 0xffffffff || compSize === 0xffffffff) fail(`entry ${JSON.stringify(name)} is zip64`);
    if (size > limits.maxEntryBytes) fail(`entry ${JSON.stringify(name)} is ${size} bytes, over the ${limits.maxEntryBytes}-byte limit`);
    total += size;
    if (total > limits.maxTotalBytes) fail(`archive expands to more than ${limits.maxTotalBytes} bytes`);

    if (localOffset + 30 > buf.length || buf.readUInt32LE(localOffset) !== 0x04034b50) fail('corrupt local header');
    const lNameLen = buf.readUInt16LE(localOffset + 26);
    const lExtraLen = buf.readUInt16LE(localOffset + 28);
    const start = localOffset + 30 + lNameLen + lExtraLen;
    if (start + compSize > buf.length) fail(`entry ${JSON.stringify(name)} out of bounds`);
    const raw = buf.subarray(start, start + compSize);
    let data: Buffer;
    if (method === 0) {
      data = Buffer.from(raw);
    } else if (method === 8) {
      try {
        // maxOutputLength: a header that lies about `size` still cannot make us inflate more.
        data = inflateRawSync(raw, { maxOutputLength: Math.max(1, size) });
      } catch (err) {
        fail(`entry ${JSON.stringify(name)} does not inflate to its declared size (${(err as Error).message})`);
      }
    } else {
      fail(`entry ${JSON.stringify(name)} uses unsupported compression method ${method}`);
    }
    if (data.length !== size) fail(`entry ${JSON.stringify(name)} inflates to ${data.length} bytes, declared ${size}`);
    entries.push({ name, data });
  }
  return entries;
}
