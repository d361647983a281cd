// Copies koffi's native binaries for linux x64 and arm64 (glibc and musl) next to the bundle:
// <out>/koffi/<linux|musl>_<arch>/koffi.node, where src/meter/nvml/koffi.ts looks for them (the action runs
// from dist/, without node_modules). Sources: the installed platform package (@koromix/koffi-linux-<arch>,
// present only for the build machine's own arch), else the vendored copy under vendor/koffi/. Fails loudly
// when a binary is missing or of another koffi version: a bundle without them would silently lose NVML.
//
//   node scripts/koffi-native.mjs [outDir]      (default dist)
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ARCHES = ['x64', 'arm64'];
const LIBCS = ['linux', 'musl'];

function koffiVersion() {
  return JSON.parse(readFileSync(join(root, 'node_modules', 'koffi', 'package.json'), 'utf8')).version;
}

/** The folder holding <libc>_<arch>/koffi.node for `arch`, of koffi `version`. */
function sourceFor(arch, version) {
  const candidates = [join(root, 'node_modules', '@koromix', `koffi-linux-${arch}`), join(root, 'vendor', 'koffi', `linux-${arch}-${version}`)];
  for (const dir of candidates) {
    const pkg = join(dir, 'package.json');
    if (!existsSync(pkg)) continue;
    const v = JSON.parse(readFileSync(pkg, 'utf8')).version;
    if (v === version) return dir;
  }
  throw new Error(
    `koffi ${version} native binaries for linux-${arch} not found in ${candidates.join(' or ')}; ` +
      `vendor them with: (cd "$(mktemp -d)" && npm pack @koromix/koffi-linux-${arch}@${version} && tar xzf *.tgz) ` +
      `and copy package/{package.json,linux_${arch},musl_${arch}} to vendor/koffi/linux-${arch}-${version}/`,
  );
}

/** Copies the binaries into `outDir`/koffi; returns the paths written (relative to outDir). */
export function copyKoffiNative(outDir = join(root, 'dist')) {
  const version = koffiVersion();
  const written = [];
  for (const arch of ARCHES) {
    const src = sourceFor(arch, version);
    for (const libc of LIBCS) {
      const from = join(src, `${libc}_${arch}`, 'koffi.node');
      if (!existsSync(from)) throw new Error(`${from} missing (koffi ${version}, ${libc} ${arch})`);
      const rel = join('koffi', `${libc}_${arch}`, 'koffi.node');
      mkdirSync(dirname(join(outDir, rel)), { recursive: true });
      copyFileSync(from, join(outDir, rel));
      written.push(rel);
    }
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = resolve(process.argv[2] ?? join(root, 'dist'));
  for (const p of copyKoffiNative(out)) console.log(join(out, p));
}
