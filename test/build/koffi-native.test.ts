// The action runs from dist/ without node_modules: koffi's native binaries for both Linux architectures
// of GPU runners (x64, and arm64 for Grace Hopper) travel in dist/native, and they must be the version
// the bundled JavaScript expects (koffi refuses a mismatched binary at load).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** ELF e_machine of a shared object: 62 = x86-64, 183 = AArch64. */
function elfMachine(path: string): number {
  const b = readFileSync(path);
  expect(b.subarray(0, 4).toString('latin1')).toBe('\x7fELF');
  return b.readUInt16LE(18);
}

describe('koffi native binaries in the bundle', () => {
  it('dist/native holds an x86-64 and an AArch64 build, identical to their sources', () => {
    expect(elfMachine('dist/native/linux_x64/koffi.node')).toBe(62);
    expect(elfMachine('dist/native/linux_arm64/koffi.node')).toBe(183);
    expect(readFileSync('dist/native/linux_arm64/koffi.node').equals(readFileSync('vendor/koffi/linux_arm64/koffi.node'))).toBe(true);
    expect(readFileSync('dist/native/linux_x64/koffi.node').equals(readFileSync('node_modules/@koromix/koffi-linux-x64/linux_x64/koffi.node'))).toBe(true);
    expect(readFileSync('dist/native/LICENSE-koffi.txt', 'utf8')).toMatch(/MIT/);
  });

  it('the vendored arm64 binary is the version of the koffi that is bundled', () => {
    const { version } = JSON.parse(readFileSync('node_modules/koffi/package.json', 'utf8')) as { version: string };
    const pinned = (JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }).dependencies.koffi;
    expect(pinned).toBe(`^${version}`);
    expect(readFileSync('vendor/koffi/README.md', 'utf8')).toContain(`@koromix/koffi-linux-arm64@${version}`);
    // the version string is compiled into the binary and checked by koffi at load
    expect(readFileSync('vendor/koffi/linux_arm64/koffi.node').includes(Buffer.from(version))).toBe(true);
  });
});
