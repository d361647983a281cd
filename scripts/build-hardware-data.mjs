#!/usr/bin/env node
// Compiles hardware/cpu-tdp.json and hardware/gpu-tdp.json (joulecheck's own format) from the upstream
// files vendored in data/sources/ (all MIT licensed upstream; see each folder's LICENSE and README.md).
// The inputs are read from the repository only, so a clone rebuilds the data with nothing beside it.
//
//   node scripts/build-hardware-data.mjs [--out DIR] [--check]
//
// Deterministic: same inputs -> byte-identical outputs (sorted entries, no timestamps), so a rerun in CI
// shows no diff. --check compares with the files on disk instead of writing (exit 1 on difference).
//
// Precedence when several sources name the same model (same normalised id): codecarbon (newest, 2026)
// > mlco2-impact > experiment-impact-tracker (scraped from Wikipedia around 2019-2020). A value given as
// a range or as alternatives ("12-25 W", "125 W or 95 W") is recorded as the largest: TDP is a ceiling.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const REF = fileURLToPath(new URL('../data/sources/', import.meta.url));
const OUT = resolve(opt('--out', join(here, '..', 'hardware')));
const CHECK = args.includes('--check');

/** Upstream of every file used: file path (relative to data/sources), repository, licence, data year. */
export const SOURCES = {
  codecarbon: {
    file: 'codecarbon/hardware_cpu_power.csv',
    upstream: 'https://github.com/mlco2/codecarbon (codecarbon/data/hardware/cpu_power.csv)',
    license: 'MIT',
    year: 2026,
    note: 'data as of 2026-08 (data/sources/codecarbon/README.md)',
  },
  'mlco2-impact': {
    file: 'mlco2-impact/gpus.csv',
    upstream: 'https://github.com/mlco2/impact (data/gpus.csv), ML CO2 Impact calculator, Lacoste et al. 2019',
    license: 'MIT',
    year: 2023,
    note: 'undated upstream; newest models listed (L40S, H100 NVL) date from 2023; per-row source URLs kept',
  },
  'eit-cpu': {
    file: 'experiment-impact-tracker/cpu_tdp.csv',
    upstream: 'https://github.com/Breakend/experiment-impact-tracker (experiment_impact_tracker/cpu/data/cpu_tdp.csv), Henderson et al. 2020',
    license: 'MIT',
    year: 2020,
    note: 'scraped from Wikipedia CPU lists; ranges and alternatives recorded as their maximum',
  },
  'eit-tdp': {
    file: 'experiment-impact-tracker/tdp.csv',
    upstream: 'https://github.com/Breakend/experiment-impact-tracker (experiment_impact_tracker/gpu/data/tdp.csv), Henderson et al. 2020',
    license: 'MIT',
    year: 2020,
    note: 'GPU TDPs (partly taken from mlco2/impact, per-row sources kept)',
  },
};

/** Minimal RFC 4180 CSV parser (quoted fields, doubled quotes). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else q = false;
      } else field += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

function readCsv(rel) {
  const path = join(REF, rel);
  if (!existsSync(path)) throw new Error(`vendored source file missing: ${path} (see data/sources/README.md)`);
  // every source folder keeps its upstream licence; no licence, no data
  const license = join(REF, rel.split('/')[0], 'LICENSE');
  if (!existsSync(license)) throw new Error(`no LICENSE beside ${path}: cannot tell whether its data may be used`);
  const [head, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  const cols = head.map((h) => h.trim());
  return rows.map((r) => Object.fromEntries(cols.map((c, i) => [c, (r[i] ?? '').trim()])));
}

/** Largest number in a TDP text ("12-25 W" -> 25, "125 W or 95 W" -> 125); null when none. */
function tdpOf(text) {
  const nums = (String(text).match(/\d+(?:\.\d+)?/g) ?? []).map(Number).filter((n) => Number.isFinite(n) && n > 0);
  return nums.length ? Math.max(...nums) : null;
}

const clean = (s) => s.replace(/\s+/g, ' ').trim();

/**
 * Normalised id of a model name; src/accounting/hardware.ts applies the same rules to /proc/cpuinfo and
 * nvidia-smi strings. Vendor words are dropped (EIT lists "Xeon E7450" without "Intel").
 */
export function normalizeId(name) {
  return name
    .toLowerCase()
    .replace(/\((r|tm|c)\)/g, ' ')
    .replace(/\b(intel|amd|nvidia|geforce)\b/g, ' ')
    .replace(/[^a-z0-9+.]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function build() {
  const cpu = new Map();
  const gpu = new Map();
  const add = (map, name, tdp, source, extra = {}) => {
    const n = clean(name);
    if (!n || tdp === null || !(tdp > 0)) return;
    const id = normalizeId(n);
    if (!id || map.has(id)) return; // precedence: the first source wins
    map.set(id, { id, name: n, tdp_w: Math.round(tdp * 100) / 100, source, ...extra });
  };

  // 1. codecarbon CPUs (Name,TDP)
  for (const r of readCsv(SOURCES.codecarbon.file)) add(cpu, r.Name, tdpOf(r.TDP), 'codecarbon');

  // 2. mlco2-impact: GPUs and a few CPUs (TPUs left out: not metered by this tool)
  for (const r of readCsv(SOURCES['mlco2-impact'].file)) {
    const tdp = tdpOf(r.tdp_watts);
    const url = r.source && /^https?:/.test(r.source) ? r.source : undefined;
    const extra = url ? { ref: url } : r.source ? { ref: r.source } : {};
    if (r.type === 'gpu') add(gpu, r.name, tdp, 'mlco2-impact', extra);
    else if (r.type === 'cpu') add(cpu, r.name, tdp, 'mlco2-impact', extra);
  }

  // 3. experiment-impact-tracker tdp.csv: GPUs (rows naming CPUs or TPUs are skipped)
  for (const r of readCsv(SOURCES['eit-tdp'].file)) {
    if (/\b(xeon|tpu\d?|epyc)\b/i.test(r.name) || /^TPU/i.test(r.name)) continue;
    const ref = r.source ? r.source.split('|')[0] : undefined;
    add(gpu, r.name, tdpOf(r.tdp), 'eit-tdp', ref ? { ref } : {});
  }

  // 4. experiment-impact-tracker cpu_tdp.csv (,index,Model,TDP)
  for (const r of readCsv(SOURCES['eit-cpu'].file)) add(cpu, r.Model, tdpOf(r.TDP), 'eit-cpu');

  const sorted = (m) => [...m.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sources = (used) =>
    Object.fromEntries(Object.entries(SOURCES).filter(([k]) => used.has(k)).map(([k, v]) => [k, v]));
  const cpuEntries = sorted(cpu);
  const gpuEntries = sorted(gpu);
  return {
    'cpu-tdp.json': {
      schema: 'joulecheck/hardware-tdp@1',
      kind: 'cpu',
      generated_by: 'scripts/build-hardware-data.mjs from data/sources',
      note: 'TDP per package (socket), W. Entry ids are normalised names (vendor words dropped).',
      sources: sources(new Set(cpuEntries.map((e) => e.source))),
      entries: cpuEntries,
    },
    'gpu-tdp.json': {
      schema: 'joulecheck/hardware-tdp@1',
      kind: 'gpu',
      generated_by: 'scripts/build-hardware-data.mjs from data/sources',
      note: 'TDP (board power) per GPU, W. Entry ids are normalised names (vendor words dropped).',
      sources: sources(new Set(gpuEntries.map((e) => e.source))),
      entries: gpuEntries,
    },
  };
}

// One entry per line: diffs of the data stay readable and small.
function serialize(doc) {
  const { entries, ...rest } = doc;
  const head = JSON.stringify(rest, null, 2).replace(/\n}$/, '');
  return `${head},\n  "entries": [\n${entries.map((e) => '    ' + JSON.stringify(e)).join(',\n')}\n  ]\n}\n`;
}

const outputs = build();
let differ = false;
if (!CHECK) mkdirSync(OUT, { recursive: true });
for (const [file, doc] of Object.entries(outputs)) {
  const text = serialize(doc);
  const path = join(OUT, file);
  if (CHECK) {
    const cur = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (cur !== text) {
      differ = true;
      console.error(`${path} is not what the script builds from ${REF}; run node scripts/build-hardware-data.mjs`);
    }
  } else {
    writeFileSync(path, text);
    console.log(`${path}: ${doc.entries.length} entries`);
  }
}
if (differ) process.exit(1);
