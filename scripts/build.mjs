// Bundles the action and CLI entries into dist/ (ESM: the @actions toolkit is ESM-only).
// Deterministic output: CI rebuilds and fails if dist/ differs from what is committed.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

// koffi (the FFI that loads NVML) is not bundled as JavaScript: the NVML sensor loads its native binary
// itself (src/meter/koffi.ts), from dist/native/<triplet>/koffi.node next to the bundle, since an
// action's checkout has no node_modules. x64 comes from node_modules, arm64 is vendored (npm installs only
// this machine's binary).
const KOFFI_NATIVE = {
  linux_x64: 'node_modules/@koromix/koffi-linux-x64/linux_x64/koffi.node',
  linux_arm64: 'vendor/koffi/linux_arm64/koffi.node',
};

// Our data tables (hardware/, regions/) enter the bundle as JSON.parse of a string, not as object literals:
// V8 scans a string literal and JSON.parse reads it several times faster than it parses and compiles the
// same data as JavaScript, and the meter's start-up is part of what the meter measures.
const dataAsJsonText = {
  name: 'data-as-json-text',
  setup(b) {
    b.onLoad({ filter: /[\\/](hardware|regions)[\\/][^\\/]+\.json$/ }, (args) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};

// The bundled tables are validated here (and in the tests), not at every start of the meter.
const { checkRegionData } = await import('../src/model/regions.ts');
checkRegionData();

rmSync('dist', { recursive: true, force: true });
await build({
  plugins: [dataAsJsonText],
  entryPoints: {
    main: 'src/main.ts',
    post: 'src/post.ts',
    cli: 'src/cli.ts',
    meter: 'src/meter-main.ts',
    'meter-ticks': 'src/meter/sampling/tick-worker.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.js' },
  legalComments: 'none',
  logLevel: 'warning',
  banner: {
    // Some bundled CommonJS dependencies call require(); give ESM output a real one.
    js: "import { createRequire as __jcCreateRequire } from 'node:module'; const require = __jcCreateRequire(import.meta.url);",
  },
});
for (const [triplet, from] of Object.entries(KOFFI_NATIVE)) {
  const to = join('dist', 'native', triplet, 'koffi.node');
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}
// koffi's licence travels with its binaries
copyFileSync('vendor/koffi/LICENSE.txt', join('dist', 'native', 'LICENSE-koffi.txt'));
// the version the bundled JS expects; a mismatched binary refuses to load
const { version } = JSON.parse(readFileSync('node_modules/koffi/package.json', 'utf8'));
if (!readFileSync('vendor/koffi/README.md', 'utf8').includes(`@koromix/koffi-linux-arm64@${version}`)) {
  throw new Error(`vendor/koffi holds another koffi version than node_modules (${version}): refresh it (see its README)`);
}
