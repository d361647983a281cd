#!/usr/bin/env node
import { createRequire as __jcCreateRequire } from 'node:module'; const require = __jcCreateRequire(import.meta.url);
import {
  CompareInputError,
  DEFAULT_ALPHA,
  DEFAULT_MIN_EFFECT,
  compareSummaries,
  escapeHtml,
  escapeMarkdown,
  markdownTable,
  mean,
  renderComparisonMarkdown,
  sd,
  tQuantile
} from "./chunks/chunk-VCPZM5SZ.js";
import {
  UsageError,
  run
} from "./chunks/chunk-B4VLPUJT.js";
import {
  CLOUD,
  DEFAULT_MAX_LOG_BYTES,
  PUE,
  RunLogError,
  SOCIAL_COST,
  Summary,
  VERSION,
  ZONES,
  cloudSuggestions,
  countryOf,
  cpuShare,
  cpuUtil,
  dramShare,
  estimateModels,
  external_exports,
  failure,
  findGpu,
  findZone,
  gpuShare,
  modelPower,
  number,
  readRunLog,
  resolveCarbon,
  socialCostFor,
  summarize,
  zoneSuggestions
} from "./chunks/chunk-J2ITPUXQ.js";
import "./chunks/chunk-GMPB3SXE.js";

// src/commands/appendix.ts
import { parseArgs } from "node:util";

// src/report/appendix/build.ts
import { mkdir, readFile as readFile2, writeFile } from "node:fs/promises";
import { join as join2, resolve as resolve3 } from "node:path";

// src/report/appendix/kinds.ts
function runKind(s) {
  const k = [s.methods.cpu.kind, s.methods.dram.kind, s.methods.gpu.kind];
  if (k.includes("estimated")) return "estimated";
  return k.includes("measured") ? "measured" : "none";
}
function mergeKinds(kinds) {
  const k = new Set([...kinds].filter((x) => x !== "none"));
  if (k.size === 0) return "none";
  if (k.size === 1) return [...k][0];
  return "mixed";
}

// src/report/svg/downsample.ts
function minMaxPerColumn(xs, ys, x0, x1, columns) {
  const n = Math.min(xs.length, ys.length);
  const cols = Math.max(1, Math.floor(columns));
  const span = x1 - x0;
  const segments = [];
  let seg = null;
  let col = -1;
  let iMin = -1;
  let iMax = -1;
  const flush = () => {
    if (seg === null || iMin < 0) return;
    const a = Math.min(iMin, iMax);
    const b = Math.max(iMin, iMax);
    seg.x.push(xs[a]);
    seg.y.push(ys[a]);
    if (b !== a) {
      seg.x.push(xs[b]);
      seg.y.push(ys[b]);
    }
    iMin = iMax = -1;
  };
  for (let i = 0; i < n; i++) {
    const y = ys[i];
    const x = xs[i];
    if (y === null || y === void 0 || !Number.isFinite(y) || !Number.isFinite(x)) {
      flush();
      if (seg !== null && seg.x.length > 0) segments.push(seg);
      seg = null;
      col = -1;
      continue;
    }
    const c = span > 0 ? Math.min(cols - 1, Math.max(0, Math.floor((x - x0) / span * cols))) : 0;
    if (seg === null) seg = { x: [], y: [] };
    if (c !== col) {
      flush();
      col = c;
    }
    if (iMin < 0 || y < ys[iMin]) iMin = i;
    if (iMax < 0 || y > ys[iMax]) iMax = i;
  }
  flush();
  if (seg !== null && seg.x.length > 0) segments.push(seg);
  return segments;
}

// src/report/svg/scale.ts
var CHART_CSS = "svg.chart{max-width:100%;height:auto}svg.chart text{font:11px system-ui,sans-serif;fill:#333}svg.chart .grid line{stroke:#e5e5e5}svg.chart .chart-title{font-weight:600;font-size:12px}";
function niceTicks(lo, hi, count = 5) {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
    lo = 0;
    hi = 1;
  }
  if (hi < lo) [lo, hi] = [hi, lo];
  if (hi === lo) {
    const pad2 = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= pad2;
    hi += pad2;
  }
  const raw = (hi - lo) / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  const step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
  const start = Math.floor(lo / step + 1e-9) * step;
  const end = Math.ceil(hi / step - 1e-9) * step;
  const ticks = [];
  for (let v = start, i = 0; v <= end + step * 1e-9 && i < 100; i++, v = start + i * step) {
    ticks.push(Number(v.toPrecision(12)));
  }
  return { lo: start, hi: end, ticks };
}
function tickLabel(v) {
  if (v === 0) return "0";
  const a = Math.abs(v);
  if (a >= 1e6 || a < 1e-3) return v.toExponential(1);
  return String(Number(v.toPrecision(4)));
}
function linear(d0, d1, r0, r13) {
  const k = d1 === d0 ? 0 : (r13 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

// src/report/svg/line-chart.ts
var MARGIN = { top: 28, right: 16, bottom: 62, left: 64 };
var LEGEND_ROW = 16;
var r1 = (v) => String(Math.round(v * 10) / 10);
function lineChart(spec) {
  const width = spec.width ?? 760;
  const pw = width - MARGIN.left - MARGIN.right;
  const legend = [];
  let lx = MARGIN.left;
  let row = 0;
  for (const s of spec.series) {
    const w = 30 + s.name.length * 6.2;
    if (lx + w > width - MARGIN.right && lx > MARGIN.left) {
      row++;
      lx = MARGIN.left;
    }
    legend.push({ s, x: lx, row, y: 0 });
    lx += w;
  }
  const height = (spec.height ?? 300) + row * LEGEND_ROW;
  const ph = height - MARGIN.top - MARGIN.bottom - row * LEGEND_ROW;
  for (const item of legend) item.y = MARGIN.top + ph + 48 + item.row * LEGEND_ROW;
  let xMin = Infinity;
  let xMax = -Infinity;
  let yMin = spec.yFromZero === false ? Infinity : 0;
  let yMax = -Infinity;
  for (const s of spec.series) {
    const n = Math.min(s.x.length, s.y.length);
    for (let i = 0; i < n; i++) {
      const y = s.y[i];
      const x = s.x[i];
      if (y === null || y === void 0 || !Number.isFinite(y) || !Number.isFinite(x)) continue;
      if (x < xMin) xMin = x;
      if (x > xMax) xMax = x;
      if (y < yMin) yMin = y;
      if (y > yMax) yMax = y;
    }
  }
  const title = escapeHtml(spec.title);
  const head = `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${title}">`;
  const titleEl = (spec.standalone ? `<style>${CHART_CSS}</style><rect width="100%" height="100%" fill="#fff"/>` : "") + `<text class="chart-title" x="${MARGIN.left}" y="18">${title}</text>`;
  if (xMax < xMin) {
    return `${head}${titleEl}<text class="chart-empty" x="${width / 2}" y="${height / 2}" text-anchor="middle">no readings to draw</text></svg>`;
  }
  const xt = niceTicks(xMin, xMax, 6);
  const yt = niceTicks(yMin, yMax, 5);
  const x0 = xMin === xMax ? xt.lo : xMin;
  const x1 = xMin === xMax ? xt.hi : xMax;
  const sx = linear(x0, x1, MARGIN.left, MARGIN.left + pw);
  const sy = linear(yt.lo, yt.hi, MARGIN.top + ph, MARGIN.top);
  const xFmt = spec.xTickFormat ?? tickLabel;
  const parts = [head, titleEl];
  parts.push('<g class="grid">');
  for (const v of yt.ticks) {
    const y = r1(sy(v));
    parts.push(`<line x1="${MARGIN.left}" x2="${MARGIN.left + pw}" y1="${y}" y2="${y}"/>`);
    parts.push(`<text class="tick" x="${MARGIN.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${escapeHtml(tickLabel(v))}</text>`);
  }
  for (const v of xt.ticks) {
    if (v < x0 || v > x1) continue;
    const x = r1(sx(v));
    parts.push(`<line x1="${x}" x2="${x}" y1="${MARGIN.top + ph}" y2="${MARGIN.top + ph + 4}"/>`);
    parts.push(`<text class="tick" x="${x}" y="${MARGIN.top + ph + 16}" text-anchor="middle">${escapeHtml(xFmt(v))}</text>`);
  }
  parts.push("</g>");
  parts.push(`<text class="axis-label" x="${MARGIN.left + pw / 2}" y="${MARGIN.top + ph + 32}" text-anchor="middle">${escapeHtml(spec.xLabel)}</text>`);
  parts.push(`<text class="axis-label" transform="translate(14 ${MARGIN.top + ph / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(spec.yLabel)}</text>`);
  spec.series.forEach((s) => {
    const segs = minMaxPerColumn(s.x, s.y, x0, x1, pw);
    let d = "";
    for (const seg of segs) {
      for (let i = 0; i < seg.x.length; i++) {
        d += `${i === 0 ? "M" : "L"}${r1(sx(seg.x[i]))} ${r1(sy(seg.y[i]))}`;
      }
      if (seg.x.length === 1) d += "h0.1";
    }
    if (d === "") return;
    const dash = s.dashed ? ' stroke-dasharray="5 3"' : "";
    parts.push(`<path class="series" d="${d}" fill="none" stroke="${escapeHtml(s.color)}" stroke-width="1.5"${dash}><title>${escapeHtml(s.name)}</title></path>`);
    if (spec.dots) {
      for (const seg of segs) {
        for (let i = 0; i < seg.x.length; i++) {
          parts.push(`<circle cx="${r1(sx(seg.x[i]))}" cy="${r1(sy(seg.y[i]))}" r="2.5" fill="${escapeHtml(s.color)}"/>`);
        }
      }
    }
  });
  for (const item of legend) {
    const dash = item.s.dashed ? ' stroke-dasharray="5 3"' : "";
    parts.push(`<line x1="${item.x}" x2="${item.x + 18}" y1="${item.y - 4}" y2="${item.y - 4}" stroke="${escapeHtml(item.s.color)}" stroke-width="2"${dash}/>`);
    parts.push(`<text class="legend" x="${item.x + 22}" y="${item.y}">${escapeHtml(item.s.name)}</text>`);
  }
  parts.push("</svg>");
  return parts.join("");
}

// src/report/appendix/history.ts
var HISTORY_SCHEMA = "joulecheck/history@1";
var MAX_ENTRIES = 200;
var MAX_HISTORY_BYTES = 1024 * 1024;
var nonneg = () => external_exports.number().finite().nonnegative();
var HistoryEntry = external_exports.object({
  sha: external_exports.string().min(1).max(64),
  ref: external_exports.string().max(256).optional(),
  /** when the runs ended (latest), ISO 8601 */
  at: external_exports.string().max(64),
  n: external_exports.number().int().positive(),
  /** mean over the commit's runs: summary totals (PUE included), J */
  energy_j: nonneg(),
  co2eq_g: nonneg(),
  duration_s: nonneg(),
  kind: external_exports.enum(["measured", "estimated", "mixed", "none"]),
  region: external_exports.string().max(64)
});
var History = external_exports.object({
  schema: external_exports.literal(HISTORY_SCHEMA),
  label: external_exports.string().max(100),
  entries: external_exports.array(HistoryEntry).max(MAX_ENTRIES)
});
var HistoryError = class extends Error {
  name = "HistoryError";
};
function parseHistory(text, name) {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_HISTORY_BYTES) {
    throw new HistoryError(`${name}: history is ${bytes} bytes, over the limit of ${MAX_HISTORY_BYTES}; it is not read (start a new one)`);
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new HistoryError(`${name}: history is not JSON (corrupt?); expected a ${HISTORY_SCHEMA} file`);
  }
  const schema = json?.schema;
  if (typeof schema === "string" && schema !== HISTORY_SCHEMA) {
    throw new HistoryError(`${name}: history is ${schema}; this tool reads ${HISTORY_SCHEMA}`);
  }
  const r = History.safeParse(json);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new HistoryError(`${name}: not a valid ${HISTORY_SCHEMA} file: ${i ? `${i.path.join(".") || "(root)"}: ${i.message}` : "invalid"}`);
  }
  return r.data;
}
function trendChart(h, metric, opts = {}) {
  const x = h.entries.map((_, i) => i);
  const sha = (v) => Number.isInteger(v) ? h.entries[v]?.sha.slice(0, 7) ?? "" : "";
  const common = { xLabel: "commit (oldest left)", xTickFormat: sha, dots: true, standalone: opts.standalone ?? false };
  if (metric === "energy") {
    return lineChart({
      ...common,
      title: `Energy per run, ${h.label}: mean per commit`,
      yLabel: "energy per run, kJ",
      series: [{ name: "energy (PUE incl.)", color: "#2471a3", x, y: h.entries.map((e2) => e2.energy_j / 1e3) }]
    });
  }
  return lineChart({
    ...common,
    title: `CO2eq per run, ${h.label}: mean per commit`,
    yLabel: "CO2eq per run, g",
    series: [{ name: "CO2eq", color: "#1e8449", x, y: h.entries.map((e2) => e2.co2eq_g) }]
  });
}
function historySection(h, problem) {
  if (problem) return `<section id="history"><h2>History</h2><p class="warn">${escapeHtml(problem)}</p></section>`;
  if (!h || h.entries.length === 0) return "";
  const est = h.entries.filter((e2) => e2.kind !== "measured").length;
  return `<section id="history"><h2>History of ${escapeHtml(h.label)} on the default branch</h2>
<p class="muted">${h.entries.length} commit(s), newest ${escapeHtml(h.entries.at(-1).sha.slice(0, 12))}; each point is the mean of that commit's runs.
${est ? `${est} point(s) are estimated or mixed, not measured.` : "Every point was measured."} CO2eq also moves with the grid intensity used.</p>
<figure>${trendChart(h, "energy")}${trendChart(h, "co2eq")}</figure></section>`;
}

// src/report/appendix/load.ts
import { stat as stat2 } from "node:fs/promises";
import { basename, dirname, resolve as resolve2 } from "node:path";

// src/report/appendix/files.ts
import { readdir, readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
var SUMMARY_RE = /\.summary\.json$/;
var LOG_RE = /\.ndjson$/;
var MAX_FILES = 1e4;
var InputError = class extends Error {
  name = "InputError";
};
async function expandInputs(paths, cwd) {
  const summaries = [];
  const logs = [];
  const walk2 = async (p, explicit) => {
    let st;
    try {
      st = await stat(p);
    } catch {
      throw new InputError(`'${p}' does not exist; expected a run log (.ndjson), a summary (.summary.json) or a directory of them`);
    }
    if (st.isDirectory()) {
      const entries = await readdir(p, { withFileTypes: true });
      entries.sort((a, b) => a.name.localeCompare(b.name));
      for (const ent of entries) {
        if (ent.name.startsWith(".") || ent.name === "node_modules") continue;
        if (ent.isDirectory() || SUMMARY_RE.test(ent.name) || LOG_RE.test(ent.name)) await walk2(join(p, ent.name), false);
      }
      return;
    }
    if (summaries.length + logs.length >= MAX_FILES) throw new InputError(`more than ${MAX_FILES} runs under the inputs; pass narrower directories`);
    if (SUMMARY_RE.test(p)) summaries.push(p);
    else if (LOG_RE.test(p)) logs.push(p);
    else if (explicit) throw new InputError(`'${p}' is neither a run log (.ndjson) nor a summary (.summary.json)`);
  };
  for (const p of paths) await walk2(resolve(cwd, p), true);
  return { summaries: [...new Set(summaries)], logs: [...new Set(logs)] };
}
async function readSummaryFile(path) {
  let json;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (err) {
    throw new InputError(`cannot read summary '${path}': ${err.message}`);
  }
  const r = Summary.safeParse(json);
  if (!r.success) {
    const schema = json?.schema;
    if (typeof schema === "string" && schema !== "joulecheck/summary@1" && schema.startsWith("joulecheck/summary@")) {
      throw new InputError(`'${path}' is ${schema}; this tool reads joulecheck/summary@1`);
    }
    const i = r.error.issues[0];
    throw new InputError(`'${path}' is not a joulecheck/summary@1 file: ${i ? `${i.path.join(".") || "(root)"}: ${i.message}` : "invalid"}`);
  }
  return r.data;
}
async function readSummaries(paths, cwd) {
  const { summaries } = await expandInputs(paths, cwd);
  if (summaries.length === 0) {
    throw new InputError(
      `no summaries (*.summary.json) under ${paths.map((p) => `'${p}'`).join(", ")}; run 'joulecheck summarize' on raw logs first`
    );
  }
  const out = [];
  for (const f of summaries) out.push(await readSummaryFile(f));
  return out;
}

// src/carbon/statement.ts
var J_PER_KWH = 36e5;
function money(x) {
  const s = Math.abs(x) < 5e-3 ? 0 : x;
  return `${s < 0 ? "-" : ""}$${Math.abs(s).toFixed(2)}`;
}
function figureLabel(figure) {
  return figure === "GLOBAL" ? "global" : `${figure}-specific`;
}
function buildStatement(runs) {
  if (runs.length === 0) throw new Error("no runs to make a statement from");
  let co2 = 0;
  let joules = 0;
  const social = /* @__PURE__ */ new Map();
  const regions2 = /* @__PURE__ */ new Map();
  const pues = /* @__PURE__ */ new Map();
  const methods = { cpu: {}, dram: {}, gpu: {} };
  const warnings = /* @__PURE__ */ new Set();
  for (const { file, summary: s } of runs) {
    const c = s.carbon;
    co2 += c.co2eq_g;
    joules += s.energy_j.total;
    const sc = c.social_cost ?? socialCostFor(c.country ?? c.region, c.co2eq_g);
    if (sc) {
      const key = `${sc.country}|${sc.currency}|${sc.year}|${sc.per_tonne.median}|${sc.per_tonne.low}|${sc.per_tonne.high}`;
      const g = social.get(key) ?? {
        figure: sc.country,
        substitute_for: [],
        runs: 0,
        co2eq_g: 0,
        cost: { median: 0, low: 0, high: 0 },
        per_tonne: sc.per_tonne,
        source: sc.source
      };
      g.runs += 1;
      g.co2eq_g += c.co2eq_g;
      g.cost = { median: g.cost.median + sc.cost.median, low: g.cost.low + sc.cost.low, high: g.cost.high + sc.cost.high };
      if (sc.substitute_for && !g.substitute_for.includes(sc.substitute_for)) g.substitute_for.push(sc.substitute_for);
      social.set(key, g);
    } else warnings.add(`${file}: no social cost could be computed`);
    const rkey = `${c.region}|${c.intensity_g_per_kwh}|${c.intensity_kind}|${c.source}`;
    const r = regions2.get(rkey) ?? {
      region: c.region,
      ...c.name ? { name: c.name } : {},
      intensity_g_per_kwh: c.intensity_g_per_kwh,
      kind: c.intensity_kind,
      ...c.year !== void 0 ? { year: c.year } : {},
      source: c.source,
      runs: 0
    };
    r.runs += 1;
    regions2.set(rkey, r);
    pues.set(s.pue, (pues.get(s.pue) ?? 0) + 1);
    for (const comp of ["cpu", "dram", "gpu"]) {
      const m = s.methods[comp];
      const label = m.kind === "measured" ? `measured (${m.sensor ?? "sensor"})` : m.kind === "estimated" ? `estimated (${m.model ?? "model"})` : "none";
      methods[comp][label] = (methods[comp][label] ?? 0) + 1;
    }
    if (c.warning) warnings.add(c.warning);
  }
  const kg = co2 / 1e3;
  const kwh = joules / J_PER_KWH;
  const groups = [...social.values()].sort((a, b) => b.co2eq_g - a.co2eq_g || (a.figure < b.figure ? -1 : a.figure > b.figure ? 1 : 0));
  let costPhrase;
  if (groups.length === 0) costPhrase = "with no social cost of carbon available";
  else if (groups.length === 1) {
    const g = groups[0];
    costPhrase = `having a ${figureLabel(g.figure)} social cost of carbon of ${money(g.cost.median)} (${money(g.cost.low)}, ${money(g.cost.high)})`;
  } else {
    const sum = groups.reduce((a, g) => ({ median: a.median + g.cost.median, low: a.low + g.cost.low, high: a.high + g.cost.high }), {
      median: 0,
      low: 0,
      high: 0
    });
    costPhrase = `having a social cost of carbon of ${money(sum.median)} (${money(sum.low)}, ${money(sum.high)}), the sum of ${groups.map((g) => `${figureLabel(g.figure)} ${money(g.cost.median)} for ${g.runs} run${g.runs === 1 ? "" : "s"}`).join(" and ")}`;
  }
  const sentence = `This work contributed ${kg.toFixed(3)} kg of CO2eq to the atmosphere and used ${kwh.toFixed(3)} kWh of electricity, ${costPhrase}.`;
  for (const g of groups) {
    if (g.substitute_for.length) {
      warnings.add(
        `no country-specific social cost of carbon for ${g.substitute_for.join(", ")}: the ${figureLabel(g.figure)} figure is shown instead`
      );
    }
  }
  return {
    runs: runs.length,
    co2eq_kg: kg,
    kwh,
    social: groups,
    sentence,
    regions: [...regions2.values()].sort((a, b) => b.runs - a.runs || (a.region < b.region ? -1 : 1)),
    pues: [...pues.entries()].map(([value, n]) => ({ value, runs: n })).sort((a, b) => a.value - b.value),
    methods,
    warnings: [...warnings]
  };
}
function methodLine(m) {
  return Object.entries(m).map(([k, n]) => `${k} x${n}`).join(", ");
}
function formatStatement(st, format) {
  const md = format === "markdown";
  const lines = [];
  const h = (t) => lines.push(md ? `## ${t}` : `${t}
${"=".repeat(t.length)}`);
  const sub = (t) => lines.push("", md ? `**${t}**` : `${t}:`);
  const item = (t) => lines.push(md ? `- ${t}` : `  - ${t}`);
  h("Carbon impact statement");
  lines.push("", st.sentence, "");
  lines.push(`Aggregated over ${st.runs} run${st.runs === 1 ? "" : "s"}.`);
  sub("Regions and carbon intensity");
  for (const r of st.regions) {
    item(
      `${r.region}${r.name ? ` (${r.name})` : ""}: ${r.intensity_g_per_kwh.toFixed(1)} g CO2eq/kWh, ${r.kind}${r.year !== void 0 ? ` ${r.year}` : ""}, ${r.runs} run${r.runs === 1 ? "" : "s"}; source: ${r.source}`
    );
  }
  sub("Power usage effectiveness (PUE)");
  for (const p of st.pues) item(`${p.value}: ${p.runs} run${p.runs === 1 ? "" : "s"}`);
  sub("Energy measurement");
  for (const c of ["cpu", "dram", "gpu"]) item(`${c.toUpperCase()}: ${methodLine(st.methods[c])}`);
  sub("Social cost of carbon");
  for (const g of st.social) {
    item(
      `${figureLabel(g.figure)}: ${g.per_tonne.median} (${g.per_tonne.low}, ${g.per_tonne.high}) ${SOCIAL_COST.currency} of ${SOCIAL_COST.currency_year} per tonne CO2, median (16.7th, 83.3rd percentiles), ${g.runs} run${g.runs === 1 ? "" : "s"}${g.substitute_for.length ? `, substitute for ${g.substitute_for.join(", ")}` : ""}; source: ${g.source}`
    );
  }
  if (st.warnings.length) {
    sub("Caveats");
    for (const w of st.warnings) item(w);
  }
  lines.push(
    "",
    md ? '_Method: Henderson et al. (2020), "Towards the Systematic Reporting of the Energy and Carbon Footprints of Machine Learning", JMLR 21(248); CO2eq = PUE x attributed energy x grid intensity._' : "Method: Henderson et al. (2020), JMLR 21(248); CO2eq = PUE x attributed energy x grid intensity."
  );
  return lines.join("\n") + "\n";
}

// src/report/svg/interval-chart.ts
var ROW_H = 26;
var LEFT = 180;
var RIGHT = 20;
var TOP = 30;
var BOTTOM = 44;
var r12 = (v) => String(Math.round(v * 10) / 10);
var clip = (s, n) => s.length > n ? `${s.slice(0, n - 1)}\u2026` : s;
function intervalChart(spec) {
  const width = spec.width ?? 760;
  const height = TOP + BOTTOM + Math.max(1, spec.rows.length) * ROW_H;
  const title = escapeHtml(spec.title);
  const head = `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${title}">`;
  const titleEl = `<text class="chart-title" x="8" y="18">${title}</text>`;
  const finite = (v) => Number.isFinite(v);
  let lo = 0;
  let hi = -Infinity;
  for (const r of spec.rows) {
    for (const v of [...r.values, r.mean, ...r.ci ? [r.ci.low, r.ci.high] : []]) {
      if (!finite(v)) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  if (!finite(hi)) {
    return `${head}${titleEl}<text class="chart-empty" x="${width / 2}" y="${height / 2}" text-anchor="middle">no values to draw</text></svg>`;
  }
  const t = niceTicks(lo, hi, 6);
  const sx = linear(t.lo, t.hi, LEFT, width - RIGHT);
  const bottom = TOP + spec.rows.length * ROW_H;
  const parts = [head, titleEl, '<g class="grid">'];
  for (const v of t.ticks) {
    const x = r12(sx(v));
    parts.push(`<line x1="${x}" x2="${x}" y1="${TOP}" y2="${bottom}"/>`);
    parts.push(`<text class="tick" x="${x}" y="${bottom + 14}" text-anchor="middle">${escapeHtml(tickLabel(v))}</text>`);
  }
  parts.push("</g>");
  parts.push(`<text class="axis-label" x="${LEFT + (width - RIGHT - LEFT) / 2}" y="${bottom + 32}" text-anchor="middle">${escapeHtml(spec.xLabel)}</text>`);
  spec.rows.forEach((r, i) => {
    const cy = TOP + i * ROW_H + ROW_H / 2;
    parts.push(`<text class="row-label" x="${LEFT - 8}" y="${cy}" text-anchor="end" dominant-baseline="middle">${escapeHtml(clip(r.name, 28))}<title>${escapeHtml(r.name)}</title></text>`);
    if (r.ci && finite(r.ci.low) && finite(r.ci.high)) {
      const a = r12(sx(r.ci.low));
      const b = r12(sx(r.ci.high));
      parts.push(`<path class="ci" d="M${a} ${cy}H${b}M${a} ${cy - 5}V${cy + 5}M${b} ${cy - 5}V${cy + 5}" stroke="#444" fill="none"/>`);
    }
    if (finite(r.mean)) {
      const m = r12(sx(r.mean));
      parts.push(`<path class="mean" d="M${m} ${cy - 8}V${cy + 8}" stroke="#c0392b" stroke-width="2.5" fill="none"><title>mean ${escapeHtml(tickLabel(r.mean))}</title></path>`);
    }
    for (const v of r.values) {
      if (!finite(v)) continue;
      parts.push(`<circle cx="${r12(sx(v))}" cy="${cy}" r="3.5" fill="#2471a3" fill-opacity="0.7"><title>${escapeHtml(tickLabel(v))}</title></circle>`);
    }
  });
  parts.push("</svg>");
  return parts.join("");
}

// src/report/whatif.ts
var J_PER_KWH2 = 36e5;
function estimateEmissions(input) {
  const energy_kwh = input.gpu.tdp_w * input.count * input.hours * input.pue.value / 1e3;
  const intensity = input.carbon.intensity_g_per_kwh;
  return {
    schema: "joulecheck/estimate@1",
    kind: "estimated",
    model: "GPU TDP x count x hours x PUE (GPUs assumed at TDP for the whole time; CPU, DRAM not counted)",
    energy_kwh,
    intensity_g_per_kwh: intensity,
    co2eq_g: energy_kwh * intensity,
    gpu: { ...input.gpu, count: input.count },
    hours: input.hours,
    pue: input.pue,
    region: input.carbon
  };
}
function whatIfRows(summaries, places) {
  const rows = [];
  for (const s of summaries) {
    const energy_kwh = s.energy_j.total / J_PER_KWH2;
    for (const p of places) {
      const co2eq_g = energy_kwh * p.carbon.intensity_g_per_kwh;
      const actual = s.carbon.co2eq_g;
      rows.push({
        label: s.label,
        repeat: s.repeat,
        kind: runKind(s),
        energy_kwh,
        actual: { region: s.carbon.region, intensity_g_per_kwh: s.carbon.intensity_g_per_kwh, co2eq_g: actual },
        place: {
          query: p.query,
          region: p.carbon.region,
          ...p.carbon.name !== void 0 ? { name: p.carbon.name } : {},
          intensity_g_per_kwh: p.carbon.intensity_g_per_kwh,
          source: p.carbon.source,
          ...p.carbon.year !== void 0 ? { year: p.carbon.year } : {}
        },
        co2eq_g,
        change: actual > 0 ? co2eq_g / actual - 1 : null
      });
    }
  }
  return rows;
}
function formatGrams(g) {
  if (!Number.isFinite(g)) return "n/a";
  const a = Math.abs(g);
  if (a >= 1e6) return `${sig(g / 1e6)} t`;
  if (a >= 1e3) return `${sig(g / 1e3)} kg`;
  if (a > 0 && a < 1) return `${sig(g * 1e3)} mg`;
  return `${sig(g)} g`;
}
function formatKwh(kwh) {
  if (!Number.isFinite(kwh)) return "n/a";
  const a = Math.abs(kwh);
  if (a >= 1e3) return `${sig(kwh / 1e3)} MWh`;
  if (a >= 1) return `${sig(kwh)} kWh`;
  return `${sig(kwh * 1e3)} Wh`;
}
function sig(v, digits = 3) {
  if (v === 0) return "0";
  return String(Number(v.toPrecision(digits)));
}
function greenerPlaces(run2, cloudRegion, max = 3) {
  const energy_kwh = run2.energy_j / J_PER_KWH2;
  if (!(energy_kwh > 0) || !Number.isFinite(energy_kwh)) return null;
  const provider = cloudRegion ? cloudRegion.trim().toLowerCase().split(":")[0] : void 0;
  let scope;
  let candidates;
  if (provider && CLOUD.regions.some((c) => c.provider === provider)) {
    scope = `${provider} regions`;
    candidates = CLOUD.regions.filter((c) => c.provider === provider).map((c) => {
      const ctx = resolveCarbon({ cloudRegion: c.id }).context;
      return { id: c.id, zone: ctx.region, intensity_g_per_kwh: ctx.intensity_g_per_kwh };
    });
  } else {
    const country = countryOf(run2.region);
    if (!country) return null;
    const own = findZone(run2.region);
    const kind = own && own.kind !== "country" ? own.kind : "subnational";
    scope = `grid zones of ${country}`;
    candidates = ZONES.zones.filter((z) => z.country === country && z.kind === kind && z.id !== run2.region).map((z) => {
      const ctx = resolveCarbon({ region: z.id }).context;
      return { id: z.id, zone: ctx.region, intensity_g_per_kwh: ctx.intensity_g_per_kwh };
    });
  }
  const seen = /* @__PURE__ */ new Set();
  const places = candidates.filter((c) => c.intensity_g_per_kwh < run2.intensity_g_per_kwh).sort((a, b) => a.intensity_g_per_kwh - b.intensity_g_per_kwh || a.id.localeCompare(b.id)).filter((c) => seen.has(c.zone) ? false : (seen.add(c.zone), true)).slice(0, max).map((c) => ({ ...c, co2eq_g: energy_kwh * c.intensity_g_per_kwh }));
  if (places.length === 0) return null;
  return {
    scope,
    actual: { region: run2.region, intensity_g_per_kwh: run2.intensity_g_per_kwh, co2eq_g: run2.co2eq_g },
    energy_kwh,
    kind: run2.kind,
    places
  };
}
function placeText(g, esc) {
  const ps = g.places.map((p) => `${formatGrams(p.co2eq_g)} in ${esc(p.id)} (${sig(p.intensity_g_per_kwh)} g/kWh)`);
  return `the same ${formatKwh(g.energy_kwh)} (${g.kind}) would emit ${ps.join(", ")}, instead of ${formatGrams(g.actual.co2eq_g)} in ${esc(g.actual.region)} (${sig(g.actual.intensity_g_per_kwh)} g/kWh); lowest-intensity ${esc(g.scope)}, annual averages`;
}
function whatIfHtml(g) {
  return `<p class="whatif"><strong>What-if:</strong> ${placeText(g, escapeHtml)}.</p>`;
}

// src/report/leaderboard.ts
function meanCi(values, confidence = 0.95) {
  const m = mean(values);
  if (values.length < 2) return { mean: m, sd: null, ci: null };
  const s = sd(values);
  const half = tQuantile(1 - (1 - confidence) / 2, values.length - 1) * (s / Math.sqrt(values.length));
  return { mean: m, sd: s, ci: { low: Math.max(0, m - half), high: m + half } };
}
function buildLeaderboard(summaries) {
  const groups = /* @__PURE__ */ new Map();
  for (const s of summaries) {
    const g = groups.get(s.label);
    if (g) g.push(s);
    else groups.set(s.label, [s]);
  }
  const entries = [];
  for (const [label, runs] of groups) {
    const warnings = [];
    const values = runs.map((r) => r.energy_j.total);
    const e2 = meanCi(values);
    const c = meanCi(runs.map((r) => r.carbon.co2eq_g));
    const kind = mergeKinds(runs.map(runKind));
    if (kind === "mixed") warnings.push("some runs measured, some estimated: not like for like");
    const repeats = runs.map((r) => r.repeat);
    if (new Set(repeats).size < repeats.length) warnings.push("the same repeat number appears twice: runs from several sources share this label");
    const commands = new Set(runs.map((r) => JSON.stringify(r.command)));
    if (commands.size > 1) warnings.push(`${commands.size} different commands under this label`);
    const regions2 = new Set(runs.map((r) => r.carbon.region));
    if (regions2.size > 1) warnings.push(`CO2eq mixes regions (${[...regions2].join(", ")})`);
    if (runs.length < 2) warnings.push("one run: no confidence interval");
    entries.push({
      rank: 0,
      label,
      n: runs.length,
      energy_j: { mean: e2.mean, sd: e2.sd, ci95: e2.ci, values },
      co2eq_g: { mean: c.mean, ci95: c.ci },
      duration_s: { mean: mean(runs.map((r) => r.duration_s)) },
      kind,
      overlaps_next: false,
      warnings
    });
  }
  entries.sort((a, b) => a.energy_j.mean - b.energy_j.mean || a.label.localeCompare(b.label));
  entries.forEach((e2, i) => {
    e2.rank = i + 1;
    const next = entries[i + 1];
    if (next) {
      const hiA = e2.energy_j.ci95?.high ?? Infinity;
      const loB = next.energy_j.ci95?.low ?? -Infinity;
      e2.overlaps_next = hiA >= loB;
    }
  });
  return { schema: "joulecheck/leaderboard@1", confidence: 0.95, entries };
}
function formatJoules(j) {
  if (!Number.isFinite(j)) return "n/a";
  const a = Math.abs(j);
  if (a >= 1e6) return `${sig(j / 1e6)} MJ`;
  if (a >= 1e3) return `${sig(j / 1e3)} kJ`;
  return `${sig(j)} J`;
}
function energyIntervalChart(title, axis, rows) {
  const max = Math.max(0, ...rows.flatMap((r) => [...r.values, r.mean, r.ci?.high ?? 0]).filter(Number.isFinite));
  const [div, unit] = max >= 1e6 ? [1e6, "MJ"] : max >= 1e3 ? [1e3, "kJ"] : [1, "J"];
  return intervalChart({
    title,
    xLabel: `${axis}, ${unit}`,
    rows: rows.map((r) => ({
      name: r.name,
      values: r.values.map((v) => v / div),
      mean: r.mean / div,
      ci: r.ci ? { low: r.ci.low / div, high: r.ci.high / div } : null
    }))
  });
}
function ciText(ci, fmt) {
  return ci ? `${fmt(ci.low)} \u2013 ${fmt(ci.high)}` : "n/a (n < 2)";
}
var KIND_NOTE = `Energy per run is the summary total (PUE x attributed energy). 95% confidence intervals of the mean are t-based (df n-1). "\u2248 next" marks an interval that overlaps the next entry's: their order is not established.`;
function leaderboardMarkdown(board) {
  if (board.entries.length === 0) return "## Energy leaderboard\n\nNo runs found.\n";
  const rows = board.entries.map((e2) => [
    String(e2.rank) + (e2.overlaps_next ? " \u2248 next" : ""),
    escapeMarkdown(e2.label),
    String(e2.n),
    `${formatJoules(e2.energy_j.mean)} (${e2.kind})`,
    ciText(e2.energy_j.ci95, formatJoules),
    formatGrams(e2.co2eq_g.mean),
    `${sig(e2.duration_s.mean)} s`,
    escapeMarkdown(e2.warnings.join("; "))
  ]);
  const table = markdownTable([
    ["Rank", "Experiment", "n", "Energy / run", "95% CI", "CO2eq / run", "Duration", "Notes"],
    ...rows
  ]);
  return `## Energy leaderboard

${table}

${KIND_NOTE}
`;
}
function leaderboardHtml(board, title = "Energy leaderboard") {
  const rows = board.entries.map(
    (e2) => `<tr><td>${e2.rank}${e2.overlaps_next ? ' <span class="tie" title="interval overlaps the next entry">\u2248</span>' : ""}</td><td>${escapeHtml(e2.label)}</td><td>${e2.n}</td><td class="num">${escapeHtml(formatJoules(e2.energy_j.mean))} <span class="kind kind-${e2.kind}">${e2.kind}</span></td><td class="num">${escapeHtml(ciText(e2.energy_j.ci95, formatJoules))}</td><td class="num">${escapeHtml(formatGrams(e2.co2eq_g.mean))}</td><td class="num">${escapeHtml(sig(e2.duration_s.mean))} s</td><td>${escapeHtml(e2.warnings.join("; "))}</td></tr>`
  ).join("\n");
  const chart = energyIntervalChart(
    "Energy per run (dots), mean (bar) and 95% CI (whisker)",
    "energy per run",
    board.entries.map((e2) => ({ name: e2.label, values: e2.energy_j.values, mean: e2.energy_j.mean, ci: e2.energy_j.ci95 }))
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${LEADERBOARD_CSS}</style></head>
<body><main>
<h1>${escapeHtml(title)}</h1>
${board.entries.length === 0 ? "<p>No runs found.</p>" : `<table><thead><tr><th>Rank</th><th>Experiment</th><th>n</th><th>Energy / run</th><th>95% CI</th><th>CO2eq / run</th><th>Duration</th><th>Notes</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<figure>${chart}</figure>`}
<p class="note">${escapeHtml(KIND_NOTE)}</p>
</main></body></html>
`;
}
var LEADERBOARD_CSS = `body{font:14px/1.45 system-ui,sans-serif;color:#222;margin:0;background:#fff}
main{max-width:1000px;margin:0 auto;padding:16px}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
td.num{text-align:right;white-space:nowrap}.kind{font-size:11px;padding:0 4px;border-radius:3px;background:#e8f1fa}
.kind-estimated,.kind-mixed{background:#fdebd0}.note{color:#555;font-size:12px}
${CHART_CSS}`;

// src/report/appendix/series.ts
function powerSeries(header, samples) {
  const n = samples.length;
  const t = new Float64Array(n);
  const mk = (kind) => ({
    machine: new Float64Array(n).fill(Number.NaN),
    attributed: new Float64Array(n).fill(Number.NaN),
    kind
  });
  const cpu = mk(header.sensors.cpu.kind);
  const dram = mk(header.sensors.dram.kind);
  const gpu = mk(header.sensors.gpu.kind);
  const anyEstimated = cpu.kind === "estimated" || dram.kind === "estimated" || gpu.kind === "estimated";
  const models = anyEstimated ? estimateModels(header) : null;
  const memTotal = header.host.mem_total_bytes;
  for (let i = 0; i < n; i++) {
    const s = samples[i];
    t[i] = s.t;
    const dt = s.dt;
    let pc = Number.NaN;
    if (cpu.kind === "measured") pc = s.pkg === null ? Number.NaN : s.pkg / dt;
    else if (models && cpu.kind === "estimated") pc = modelPower(models.cpu, cpuUtil(s.busy, s.total));
    if (!Number.isNaN(pc)) {
      cpu.machine[i] = pc;
      cpu.attributed[i] = pc * cpuShare(s.tree, s.busy);
    }
    let pd = Number.NaN;
    if (dram.kind === "measured") pd = s.dram === null ? Number.NaN : s.dram / dt;
    else if (models && dram.kind === "estimated") pd = modelPower(models.dram, memTotal > 0 ? s.used / memTotal : 0);
    if (!Number.isNaN(pd)) {
      dram.machine[i] = pd;
      dram.attributed[i] = pd * dramShare(s.rss, s.used);
    }
    if (gpu.kind !== "none" && s.gpu && s.gpu.length > 0) {
      let m = 0;
      let a = 0;
      let any = false;
      for (const g of s.gpu) {
        let w = Number.NaN;
        if (gpu.kind === "measured") w = g.j !== null ? g.j / dt : g.w ?? Number.NaN;
        else {
          const model = models?.gpu.get(g.u) ?? header.estimate?.gpu;
          if (model && g.util !== null) w = modelPower(model, g.util / 100);
        }
        if (Number.isNaN(w)) continue;
        any = true;
        m += w;
        a += w * gpuShare(g);
      }
      if (any) {
        gpu.machine[i] = m;
        gpu.attributed[i] = a;
      }
    }
  }
  return { t, cpu, dram, gpu };
}
function hasReadings(s) {
  for (let i = 0; i < s.machine.length; i++) if (!Number.isNaN(s.machine[i])) return true;
  return false;
}

// src/report/appendix/model.ts
function digestLog(log) {
  return {
    header: log.header,
    events: log.events,
    footer: log.footer,
    torn: log.torn,
    samples: log.samples.length,
    series: powerSeries(log.header, log.samples)
  };
}
var uniq = (xs) => [...new Set(xs)];
function buildAppendixModel(runs, opts) {
  const sorted = [...runs].sort(
    (a, b) => a.summary.label.localeCompare(b.summary.label) || a.summary.repeat - b.summary.repeat || a.source.localeCompare(b.source)
  );
  const warnings = [];
  const hosts = uniq(sorted.map((r) => r.log?.header.host.hostname ?? r.summary.host?.hostname).filter((h) => !!h));
  const cpus = uniq(sorted.map((r) => r.log?.header.host.cpu_model ?? r.summary.host?.cpu_model).filter((c) => !!c));
  const gpuMap = /* @__PURE__ */ new Map();
  for (const r of sorted) {
    const gpus = r.log?.header.host.gpus ?? r.summary.host?.gpus ?? [];
    for (const g of gpus) {
      const key = `${g.name}\0${g.driver ?? ""}`;
      const e2 = gpuMap.get(key) ?? { name: g.name, driver: g.driver ?? null, uuids: /* @__PURE__ */ new Set() };
      e2.uuids.add(g.uuid);
      gpuMap.set(key, e2);
    }
  }
  const components = ["cpu", "dram", "gpu"].map((c) => {
    const methods = sorted.map((r) => r.summary.methods[c]);
    const fromRuns = uniq(methods.map((m) => m.detail ?? "").filter((d) => d !== ""));
    const fromLogs = uniq(sorted.map((r) => r.log?.header.sensors[c].detail ?? "")).filter(
      (d) => d !== "" && !fromRuns.some((r) => r.includes(d))
    );
    return {
      component: c,
      kind: mergeKinds(methods.map((m) => m.kind)),
      how: uniq(methods.map((m) => m.sensor ?? m.model ?? "").filter((s) => s !== "")),
      details: [...fromRuns, ...fromLogs]
    };
  });
  if (cpus.length > 1) warnings.push(`runs come from ${cpus.length} different CPU models: energies are not like for like`);
  if (new Set([...gpuMap.values()].map((g) => g.name)).size > 1) warnings.push("runs come from different GPU models: energies are not like for like");
  const runRows = sorted.map((r) => {
    const s = r.summary;
    const kind = runKind(s);
    const w = [...s.warnings ?? [], ...r.warnings ?? []];
    if (r.log?.torn) w.push("the log's last line was torn (meter killed mid-write); it was skipped");
    if (r.log && r.log.footer === null) w.push("the log has no footer: the meter did not finish");
    for (const ev of r.log?.events ?? []) if (ev.level === "warning") w.push(`t=${ev.t}s: ${ev.message}`);
    return {
      label: s.label,
      repeat: s.repeat,
      source: r.source,
      started_at: s.started_at,
      duration_s: s.duration_s,
      exit: s.signal ? `signal ${s.signal}` : s.exit_code === null ? "unknown" : String(s.exit_code),
      energy_j: s.energy_j,
      methods: s.methods,
      kind,
      co2eq_g: s.carbon.co2eq_g,
      carbon: s.carbon,
      pue: s.pue,
      samples: r.log ? r.log.samples : s.samples ?? null,
      warnings: uniq(w),
      series: r.log ? r.log.series : null
    };
  });
  const byLabel = /* @__PURE__ */ new Map();
  for (const r of runRows) {
    const g = byLabel.get(r.label);
    if (g) g.push(r);
    else byLabel.set(r.label, [r]);
  }
  const groups = [...byLabel].map(([label, rs]) => {
    const values = rs.map((r) => r.energy_j.total);
    const e2 = meanCi(values);
    return { label, n: rs.length, values, mean: e2.mean, sd: e2.sd, ci95: e2.ci, kind: mergeKinds(rs.map((r) => r.kind)) };
  });
  const statement2 = sorted.length ? buildStatement(sorted.map((r) => ({ file: r.source, summary: r.summary }))) : null;
  return {
    title: opts.title ?? "Energy and carbon appendix",
    generated_at: (opts.now ?? /* @__PURE__ */ new Date()).toISOString(),
    tool_version: opts.toolVersion,
    hardware: {
      hosts,
      systems: uniq(
        sorted.flatMap((r) => r.log ? [[r.log.header.host.platform, r.log.header.host.kernel, r.log.header.host.arch].filter(Boolean).join(" ")] : [])
      ),
      commands: uniq(sorted.map((r) => r.summary.command.join(" "))),
      cpus,
      gpus: [...gpuMap.values()].map((g) => ({ name: g.name, driver: g.driver, count: g.uuids.size })),
      components,
      notes: uniq(sorted.flatMap((r) => r.log?.header.sensors.notes ?? [])),
      gpu_sampling: uniq(sorted.map((r) => r.log?.header.gpu_sampling?.method).filter((m) => !!m)),
      attribution: uniq(
        sorted.flatMap((r) => r.log ? [`CPU time of exited children: ${r.log.header.attribution.children}`, `GPU idle power: ${r.log.header.attribution.gpu_idle}`] : [])
      ),
      interval_ms: uniq(sorted.map((r) => r.log?.header.interval_ms ?? r.summary.interval_ms).filter((v) => v !== void 0))
    },
    runs: runRows,
    groups,
    statement: statement2,
    totals: {
      energy_j: runRows.reduce((a, r) => a + r.energy_j.total, 0),
      co2eq_g: runRows.reduce((a, r) => a + r.co2eq_g, 0),
      kind: mergeKinds(runRows.map((r) => r.kind))
    },
    warnings
  };
}
function appendixWhatIf(m, cloudRegion) {
  const [only, ...rest] = m.statement?.regions ?? [];
  const kind = m.totals.kind;
  if (!only || rest.length > 0 || kind === "none") return null;
  return greenerPlaces(
    { energy_j: m.totals.energy_j, co2eq_g: m.totals.co2eq_g, region: only.region, intensity_g_per_kwh: only.intensity_g_per_kwh, kind },
    cloudRegion
  );
}

// src/report/appendix/load.ts
async function loadRuns(paths, cwd) {
  const { summaries, logs } = await expandInputs(paths, cwd);
  const runs = [];
  const usedLogs = /* @__PURE__ */ new Set();
  for (const sp of summaries) {
    const summary = await readSummaryFile(sp);
    let log = null;
    const warnings = [];
    if (summary.log) {
      const lp = resolve2(dirname(sp), summary.log);
      const exists = await stat2(lp).then((s) => s.isFile(), () => false);
      if (exists) {
        usedLogs.add(lp);
        try {
          log = digestLog(await readRunLog(lp));
        } catch (err) {
          if (!(err instanceof RunLogError)) throw err;
          warnings.push(`its log could not be read (${err.message}): no power over time`);
        }
      } else {
        warnings.push(`its log '${summary.log}' is not beside the summary: no power over time`);
      }
    }
    runs.push({ summary, log, source: basename(sp), warnings });
  }
  for (const lp of logs) {
    if (usedLogs.has(lp)) continue;
    const raw = await readRunLog(lp);
    runs.push({ summary: summarize(raw, { logName: basename(lp) }), log: digestLog(raw), source: basename(lp) });
  }
  if (runs.length === 0) throw new InputError(`no run logs (.ndjson) or summaries (.summary.json) found in ${paths.map((p) => `'${p}'`).join(", ")}`);
  return runs;
}

// src/report/appendix/render.ts
var e = escapeHtml;
var COLORS = { cpu: "#2471a3", dram: "#1e8449", gpu: "#ca6f1e" };
function badge(kind) {
  return `<span class="kind kind-${e(kind)}">${e(kind)}</span>`;
}
function list(items, empty) {
  if (items.length === 0) return `<p class="muted">${e(empty)}</p>`;
  return `<ul>${items.map((i) => `<li>${e(i)}</li>`).join("")}</ul>`;
}
function hardwareSection(m) {
  const h = m.hardware;
  const gpus = h.gpus.length === 0 ? '<p class="muted">No GPU found in the logs.</p>' : `<table><thead><tr><th>GPU model</th><th>Driver</th><th>Count</th></tr></thead><tbody>${h.gpus.map((g) => `<tr><td>${e(g.name)}</td><td>${e(g.driver ?? "unknown")}</td><td class="num">${g.count}</td></tr>`).join("")}</tbody></table>`;
  const comps = h.components.map(
    (c) => `<tr><td>${c.component.toUpperCase()}</td><td>${badge(c.kind)}</td><td>${e(c.how.join(", ") || "\u2014")}</td><td>${c.details.length ? c.details.map((d) => e(d)).join("<br>") : "\u2014"}</td></tr>`
  ).join("");
  return `<section id="hardware"><h2>Hardware and software</h2>
<dl><dt>Hosts</dt><dd>${e(h.hosts.join(", ") || "unknown (summaries without host)")}</dd>
<dt>System</dt><dd>${e(h.systems.join("; ") || "unknown (no raw log)")}</dd>
<dt>CPU models</dt><dd>${e(h.cpus.join("; ") || "unknown")}</dd>
<dt>Sampling interval</dt><dd>${h.interval_ms.length ? e(h.interval_ms.map((v) => `${v} ms`).join(", ")) : "unknown"}</dd>
<dt>Tool</dt><dd>joulecheck ${e(m.tool_version)}</dd>
<dt>Commands</dt><dd>${h.commands.map((c) => `<code>${e(c)}</code>`).join("<br>")}</dd></dl>
${gpus}
<h3>Sensors per component</h3>
<table><thead><tr><th>Component</th><th>Kind</th><th>Sensor / model</th><th>Why (and why others were absent)</th></tr></thead><tbody>${comps}</tbody></table>
<h3>Notes from the meter</h3>${list(h.notes, "No notes in the logs.")}
<h3>Method</h3>${list([...h.gpu_sampling.map((s) => `GPU sampling: ${s}`), ...h.attribution], "No raw logs given: method details unknown.")}
</section>`;
}
function runsSection(m) {
  const rows = m.runs.map((r, i) => {
    const a = r.energy_j.attributed;
    return `<tr class="run"><td>${e(r.label)}</td><td class="num">${r.repeat}</td><td>${e(r.started_at)}</td><td class="num">${e(sig(r.duration_s))} s</td><td>${e(r.exit)}</td>
<td class="num">${e(formatJoules(r.energy_j.total))} ${badge(r.kind)}</td>
<td class="num">${e(formatJoules(a.cpu))} ${badge(r.methods.cpu.kind)}</td>
<td class="num">${e(formatJoules(a.dram))} ${badge(r.methods.dram.kind)}</td>
<td class="num">${e(formatJoules(a.gpu))} ${badge(r.methods.gpu.kind)}</td>
<td class="num">${e(formatGrams(r.co2eq_g))} ${badge(r.kind)}</td><td class="num">${e(String(r.pue))}</td>
<td>${e(r.carbon.region)}</td><td class="num">${r.samples ?? "\u2014"}</td><td class="small">${e(r.source)}${r.warnings.length ? ` <a href="#warn-${i}" class="warn">${r.warnings.length} warning(s)</a>` : ""}</td></tr>`;
  }).join("\n");
  const warnings = m.runs.map(
    (r, i) => r.warnings.length ? `<li id="warn-${i}"><strong>${e(r.label)} #${r.repeat}</strong>: ${r.warnings.map((w) => e(w)).join("; ")}</li>` : ""
  ).join("");
  return `<section id="runs"><h2>Runs</h2>
<p class="muted">Energy is the step's attributed share (Henderson et al. 2020, eq. 1); the total includes PUE, the components do not.
Machine totals per component are in the power charts and in the summaries.</p>
<div class="scroll"><table><thead><tr><th>Label</th><th>#</th><th>Started</th><th>Duration</th><th>Exit</th><th>Energy (total, PUE incl.)</th><th>CPU</th><th>DRAM</th><th>GPU</th><th>CO2eq</th><th>PUE</th><th>Region</th><th>Samples</th><th>Source</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>
${warnings ? `<h3>Warnings</h3><ul class="warn">${warnings}</ul>` : ""}</section>`;
}
function energySection(m) {
  const chart = energyIntervalChart(
    "Energy per run (dots), mean (bar), 95% CI (whisker)",
    "energy per run (total, PUE included)",
    m.groups.map((g) => ({ name: g.label, values: g.values, mean: g.mean, ci: g.ci95 }))
  );
  const rows = m.groups.map(
    (g) => `<tr><td>${e(g.label)}</td><td class="num">${g.n}</td><td class="num">${e(formatJoules(g.mean))} ${badge(g.kind)}</td><td class="num">${g.sd === null ? "\u2014" : e(formatJoules(g.sd))}</td><td class="num">${g.ci95 ? `${e(formatJoules(g.ci95.low))} \u2013 ${e(formatJoules(g.ci95.high))}` : "n/a (n &lt; 2)"}</td><td class="num">${e(
      formatJoules(Math.min(...g.values))
    )} \u2013 ${e(formatJoules(Math.max(...g.values)))}</td></tr>`
  ).join("");
  return `<section id="energy"><h2>Energy per run and its spread</h2>
<figure>${chart}</figure>
<table><thead><tr><th>Label</th><th>n</th><th>Mean</th><th>SD</th><th>95% CI of the mean (t, df n-1)</th><th>Range</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}
function powerSection(m) {
  const charts = m.runs.map((r) => {
    const head = `<h3>${e(r.label)} #${r.repeat}</h3>`;
    if (!r.series) return `${head}<p class="muted">No raw log for this run: power over time cannot be drawn (the numbers above come from its summary).</p>`;
    const s = r.series;
    const series = [];
    for (const c of ["cpu", "dram", "gpu"]) {
      const cs = s[c];
      if (!hasReadings(cs)) continue;
      const name = c.toUpperCase();
      series.push({ name: `${name} machine (${cs.kind})`, color: COLORS[c], dashed: true, x: s.t, y: cs.machine });
      series.push({ name: `${name} attributed (${cs.kind})`, color: COLORS[c], x: s.t, y: cs.attributed });
    }
    const absent = ["cpu", "dram", "gpu"].filter((c) => !hasReadings(s[c])).map((c) => c.toUpperCase());
    return `${head}<figure>${lineChart({
      title: `Power over time: ${r.label} #${r.repeat}`,
      xLabel: "time since start, s",
      yLabel: "power, W (before PUE)",
      series
    })}</figure>${absent.length ? `<p class="muted">No readings for ${e(absent.join(", "))} in this log (see Sensors).</p>` : ""}`;
  });
  return `<section id="power"><h2>Power over time</h2>
<p class="muted">Dashed: the whole machine; solid: the step's attributed share, per sampling interval, before PUE. Gaps in the line are intervals without a reading.
Long logs are reduced to the minimum and maximum per pixel column for drawing only; all numbers use every sample.</p>
${charts.join("\n")}</section>`;
}
function carbonSection(m) {
  const st = m.statement;
  if (!st) return '<section id="carbon"><h2>Carbon statement</h2><p class="muted">No runs.</p></section>';
  const rows = st.regions.map(
    (c) => `<tr><td>${e(c.region)}${c.name ? ` (${e(c.name)})` : ""}</td><td class="num">${e(sig(c.intensity_g_per_kwh))} g/kWh</td><td>${badge(c.kind)}</td><td>${e(c.source)}</td><td>${c.year ?? "\u2014"}</td><td class="num">${c.runs}</td></tr>`
  ).join("");
  const social = st.social.map(
    (g) => (
      // The cost itself is in the statement's sentence; per figure: the rate, what it covers, its source.
      `<li>${e(g.figure === "GLOBAL" ? "global" : g.figure)}: ${e(String(g.per_tonne.median))} (${e(String(g.per_tonne.low))}, ${e(
        String(g.per_tonne.high)
      )}) per tonne CO2 (median, 16.7th and 83.3rd percentiles), ${e(formatGrams(g.co2eq_g))} CO2eq of ${g.runs} run(s)${g.substitute_for.length ? `, substitute for ${e(g.substitute_for.join(", "))}` : ""}; source: ${e(g.source)}</li>`
    )
  ).join("");
  const t = m.totals;
  return `<section id="carbon"><h2>Carbon statement</h2>
${Number.isFinite(st.kwh) && Number.isFinite(st.co2eq_kg) ? `<blockquote>${e(st.sentence)}</blockquote>` : '<p class="warn">No statement sentence: the totals overflow (absurd values in the inputs; see the run table).</p>'}
<p>These ${st.runs} run(s) used <strong>${e(formatJoules(t.energy_j))}</strong> ${badge(t.kind)} (${e(formatKwh(t.energy_j / J_PER_KWH2))}, PUE included)
and emitted <strong>${e(formatGrams(t.co2eq_g))} CO2eq</strong> ${badge(t.kind)}.
CO2eq = PUE x attributed energy (kWh) x grid carbon intensity (g/kWh).</p>
<h3>Regions and carbon intensity</h3>
<table><thead><tr><th>Region</th><th>Intensity</th><th>Kind</th><th>Source</th><th>Year</th><th>Runs</th></tr></thead><tbody>${rows}</tbody></table>
<h3>PUE</h3>${list(st.pues.map((p) => `${p.value}: ${p.runs} run(s)`), "none")}
<h3>Social cost of carbon</h3>${social ? `<ul>${social}</ul>` : '<p class="muted">No social cost of carbon available.</p>'}
${st.warnings.length ? `<h3>Caveats</h3><ul class="warn">${st.warnings.map((w) => `<li>${e(w)}</li>`).join("")}</ul>` : ""}
<p class="muted">Method: Henderson et al. (2020), "Towards the Systematic Reporting of the Energy and Carbon Footprints of Machine Learning", JMLR 21(248).</p>
</section>`;
}
function renderAppendix(m, opts = {}) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(m.title)}</title><style>${CSS}</style></head>
<body><main>
<header><h1>${e(m.title)}</h1>
<p class="muted">Generated ${e(m.generated_at)} by joulecheck ${e(m.tool_version)} from ${m.runs.length} run(s).
Every figure carries how it was obtained: ${badge("measured")} by a sensor, ${badge("estimated")} by a power model, ${badge("mixed")} both.</p>
${m.warnings.length ? `<div class="warn">${m.warnings.map((w) => `<p>${e(w)}</p>`).join("")}</div>` : ""}
<nav><a href="#hardware">Hardware</a> \xB7 <a href="#runs">Runs</a> \xB7 <a href="#energy">Energy</a> \xB7 <a href="#power">Power</a> \xB7 <a href="#carbon">Carbon</a>${opts.whatIf ? ' \xB7 <a href="#whatif">What-if</a>' : ""}${opts.history ? ' \xB7 <a href="#history">History</a>' : ""}</nav></header>
${hardwareSection(m)}
${runsSection(m)}
${energySection(m)}
${powerSection(m)}
${carbonSection(m)}
${opts.whatIf ? `<section id="whatif"><h2>What-if</h2>${whatIfHtml(opts.whatIf)}</section>` : ""}
${opts.history ?? ""}
</main></body></html>
`;
}
var CSS = `body{font:14px/1.45 system-ui,sans-serif;color:#222;margin:0;background:#fff}
main{max-width:1100px;margin:0 auto;padding:16px}h1{margin:0 0 4px}h2{border-bottom:2px solid #eee;padding-bottom:2px;margin-top:28px}
table{border-collapse:collapse;margin:8px 0}th,td{border-bottom:1px solid #ddd;padding:3px 7px;text-align:left;vertical-align:top}
td.num{text-align:right;white-space:nowrap}.scroll{overflow-x:auto}.small{font-size:12px}.muted{color:#666}
.warn{color:#9a5b00}.kind{font-size:10px;padding:0 4px;border-radius:3px;background:#e8f1fa;color:#1b4f72;white-space:nowrap}
.kind-estimated,.kind-mixed,.kind-default{background:#fdebd0;color:#7e5109}.kind-none{background:#eee;color:#555}
dl{display:grid;grid-template-columns:max-content auto;gap:2px 12px}dt{font-weight:600}dd{margin:0}
figure{margin:8px 0}nav a{margin-right:4px}${CHART_CSS}`;

// src/report/appendix/build.ts
async function buildAppendix(o) {
  const runs = await loadRuns(o.inputs, o.cwd);
  const model = buildAppendixModel(runs, { toolVersion: o.toolVersion, ...o.title ? { title: o.title } : {} });
  const warnings = [];
  let history;
  if (o.history) {
    try {
      history = historySection(parseHistory(await readFile2(resolve3(o.cwd, o.history), "utf8"), o.history));
    } catch (err) {
      const message = err instanceof HistoryError ? err.message : `${o.history}: cannot read the history: ${err.message}`;
      warnings.push(message);
      history = historySection(null, `History not shown: ${message}`);
    }
  }
  const html = renderAppendix(model, { whatIf: appendixWhatIf(model, o.cloudRegion ?? null), ...history ? { history } : {} });
  const dir = resolve3(o.cwd, o.out);
  await mkdir(dir, { recursive: true });
  const file = join2(dir, "index.html");
  await writeFile(file, html);
  return { file, bytes: Buffer.byteLength(html), runs: runs.length, warnings };
}

// src/commands/appendix.ts
var HELP = `usage: joulecheck appendix <log.ndjson|summary.json|dir>... --out DIR [--title TEXT] [--cloud-region ID] [--history FILE]

Writes DIR/index.html: one self-contained page (no network at view time) with the hardware and sensors
found, a run table, energy per run with its spread, power over time per component, and the carbon statement.
--cloud-region ID (the runner's) makes the what-if line name that provider's lowest-intensity regions.
--history FILE (joulecheck/history@1, as kept on the badge branch) adds the trend per commit.
`;
var appendix = async (argv, io2) => {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string" },
        title: { type: "string" },
        "cloud-region": { type: "string" },
        history: { type: "string" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (err) {
    throw new UsageError(`${err.message}
${HELP}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io2.stdout(HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError(`expected at least one run log, summary or directory
${HELP}`);
  if (!values.out) throw new UsageError(`--out DIR is required
${HELP}`);
  let built;
  try {
    built = await buildAppendix({
      inputs: positionals,
      out: values.out,
      cwd: io2.cwd,
      toolVersion: VERSION,
      ...values.title ? { title: values.title } : {},
      cloudRegion: values["cloud-region"] ?? null,
      history: values.history ?? null
    });
  } catch (err) {
    if (err instanceof InputError) throw new UsageError(err.message);
    throw err;
  }
  for (const w of built.warnings) io2.stderr(`warning: ${w}
`);
  io2.stdout(`appendix: ${built.runs} run(s) -> ${built.file} (${(built.bytes / 1024).toFixed(0)} KiB)
`);
  return 0;
};

// src/commands/compare.ts
import { mkdir as mkdir2, stat as stat3, writeFile as writeFile2 } from "node:fs/promises";
import { dirname as dirname2, relative, resolve as resolve4 } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";
var MAX_SUMMARY_BYTES = 4 * 1024 * 1024;
var EXIT_REGRESSION = 3;
var HELP2 = `usage: joulecheck compare --base <summary files or dirs>... --head <summary files or dirs>... [options]

Compares the runs of a change (head) with the base branch's runs, metric by metric: energy (total and per
component), CO2eq, duration and mean power. Welch's t-test and Mann-Whitney U when both sides have >= 2 runs,
a prediction interval for 1 run against >= 3, Holm-adjusted; the relative change with a Fieller CI.

  --base PATH...          summaries (*.summary.json) or directories of them, from the base branch
  --head PATH...          summaries or directories, from the change
  --format markdown|json  output format (default markdown: the PR comment body)
  --alpha P               significance level (default ${DEFAULT_ALPHA}); the CI level is 1 - alpha
  --min-effect F          smallest relative change that counts, 0.02 or 2% (default ${DEFAULT_MIN_EFFECT})
  --label NAME            compare only runs with this label (needed when the inputs mix labels)
  --title TEXT            heading of the Markdown output
  --out FILE              write to FILE instead of stdout
  --fail-on-regression    exit ${EXIT_REGRESSION} when the energy verdict is a regression
`;
async function readSummaryInputs(paths, cwd, what) {
  let found;
  try {
    found = await expandInputs(paths, cwd);
  } catch (err) {
    if (err instanceof InputError) throw new InputError(`${what}: ${err.message}`);
    throw err;
  }
  if (found.logs.length > 0 && found.summaries.length === 0) {
    throw new InputError(
      `${what}: ${found.logs.length} run log(s) but no summaries (e.g. '${relative(cwd, found.logs[0])}'); compare reads *.summary.json files: run \`joulecheck summarize\` on the logs first`
    );
  }
  if (found.summaries.length === 0) {
    throw new InputError(`${what}: no *.summary.json files in ${paths.map((p) => `'${p}'`).join(", ")}`);
  }
  const summaries = [];
  for (const file of found.summaries) {
    const size = (await stat3(file)).size;
    if (size > MAX_SUMMARY_BYTES) {
      throw new InputError(
        `'${relative(cwd, file)}' is ${(size / 1024 / 1024).toFixed(1)} MiB; a summary is a few KB (limit ${MAX_SUMMARY_BYTES / 1024 / 1024} MiB): is it the right file?`
      );
    }
    summaries.push(await readSummaryFile(file));
  }
  return { summaries, files: found.summaries.map((f) => relative(cwd, f)) };
}
function parseFraction(name, raw, fallback, max) {
  if (raw === void 0) return fallback;
  const pct = raw.trim().endsWith("%");
  const x = Number(pct ? raw.trim().slice(0, -1) : raw);
  const v = pct ? x / 100 : x;
  if (raw.trim() === "" || !Number.isFinite(v) || v < 0 || v >= max || name === "--alpha" && v === 0) {
    throw new UsageError(
      `${name} expects a fraction ${name === "--alpha" ? "between 0 and 1 (e.g. 0.05)" : "such as 0.02 or 2%"}, got '${raw}'`
    );
  }
  return v;
}
function parse(argv) {
  const { values, tokens } = parseArgs2({
    args: argv,
    options: {
      base: { type: "string", multiple: true },
      head: { type: "string", multiple: true },
      format: { type: "string" },
      alpha: { type: "string" },
      "min-effect": { type: "string" },
      label: { type: "string" },
      title: { type: "string" },
      out: { type: "string" },
      "fail-on-regression": { type: "boolean" },
      help: { type: "boolean", short: "h" }
    },
    allowPositionals: true,
    tokens: true,
    strict: true
  });
  const base = [];
  const head = [];
  let current;
  for (const t of tokens) {
    if (t.kind === "option") {
      current = t.name === "base" ? base : t.name === "head" ? head : void 0;
      if (current && t.value !== void 0) current.push(t.value);
    } else if (t.kind === "positional") {
      if (!current) throw new UsageError(`'${t.value}' follows no --base or --head; paths go after one of them`);
      current.push(t.value);
    }
  }
  return { values, base, head };
}
var compare = async (argv, io2) => {
  let parsed;
  try {
    parsed = parse(argv);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`${err.message}

${HELP2}`);
  }
  const { values, base, head } = parsed;
  if (values.help) {
    io2.stdout(HELP2);
    return 0;
  }
  if (base.length === 0 || head.length === 0) {
    throw new UsageError(`both --base and --head are required (summary files or directories)

${HELP2}`);
  }
  const format = values.format ?? "markdown";
  if (format !== "markdown" && format !== "json") throw new UsageError(`--format must be markdown or json, got '${format}'`);
  const alpha = parseFraction("--alpha", values.alpha, DEFAULT_ALPHA, 1);
  const minEffect = parseFraction("--min-effect", values["min-effect"], DEFAULT_MIN_EFFECT, 1);
  const b = await readSummaryInputs(base, io2.cwd, "--base");
  const h = await readSummaryInputs(head, io2.cwd, "--head");
  let comparison;
  try {
    comparison = compareSummaries(b.summaries, h.summaries, {
      alpha,
      minEffect,
      ...values.label !== void 0 ? { label: values.label } : {},
      files: { base: b.files, head: h.files }
    });
  } catch (err) {
    if (err instanceof CompareInputError) throw new UsageError(err.message);
    throw err;
  }
  const text = format === "json" ? JSON.stringify(comparison, null, 2) + "\n" : renderComparisonMarkdown(comparison, values.title !== void 0 ? { title: values.title } : {});
  if (values.out !== void 0) {
    const out = resolve4(io2.cwd, values.out);
    await mkdir2(dirname2(out), { recursive: true });
    await writeFile2(out, text);
    const m = comparison.metrics.find((x) => x.id === "energy_total");
    io2.stderr(`joulecheck compare: energy ${m.verdict.replace(/_/g, " ")} (base n=${m.base.n}, head n=${m.head.n}); wrote ${values.out}
`);
  } else {
    io2.stdout(text);
  }
  return values["fail-on-regression"] && comparison.headline.verdict === "regression" ? EXIT_REGRESSION : 0;
};

// src/commands/estimate.ts
import { parseArgs as parseArgs3 } from "node:util";
var HELP3 = `usage: joulecheck estimate --gpu NAME [--count N] --hours H (--region ZONE | --cloud-region ID) [--pue X] [--format text|json]

  --gpu NAME          GPU model as nvidia-smi names it (e.g. "A100 SXM4 80 GB", "Tesla V100-SXM2-32GB")
  --count N           number of GPUs (default 1)
  --hours H           wall-clock hours
  --region ZONE       grid zone (see: joulecheck regions)
  --cloud-region ID   cloud region, e.g. aws:us-east-1 (its published PUE is used unless --pue is given)
  --pue X             data-centre PUE (default: the cloud region's published PUE, else 1.0)
  --format text|json  default text
The estimate assumes the GPUs draw their TDP the whole time (CPU and memory not counted).
`;
var COUNT = number({ integer: true, min: 1, max: 1e5 });
var HOURS = number({ above: 0, max: 1e6 });
function check(name, c, raw) {
  const r = c(raw);
  if (!r.ok) throw new UsageError(failure(name, r.expected, raw));
  return r.value;
}
var estimate = async (argv, io2) => {
  let parsed;
  try {
    parsed = parseArgs3({
      args: argv,
      options: {
        gpu: { type: "string" },
        count: { type: "string", default: "1" },
        hours: { type: "string" },
        region: { type: "string" },
        "cloud-region": { type: "string" },
        pue: { type: "string" },
        format: { type: "string", default: "text" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (err) {
    throw new UsageError(`${err.message}
${HELP3}`);
  }
  const v = parsed.values;
  if (v.help) {
    io2.stdout(HELP3);
    return 0;
  }
  if (v.format !== "text" && v.format !== "json") throw new UsageError(failure("--format", "'text' or 'json'", v.format));
  if (!v.gpu) throw new UsageError(`--gpu NAME is required
${HELP3}`);
  if (v.hours === void 0) throw new UsageError(`--hours H is required
${HELP3}`);
  if (v.region === void 0 && v["cloud-region"] === void 0) throw new UsageError(`one of --region ZONE or --cloud-region ID is required
${HELP3}`);
  if (v.region !== void 0 && v["cloud-region"] !== void 0) throw new UsageError("give --region or --cloud-region, not both");
  const count = check("--count", COUNT, v.count);
  const hours = check("--hours", HOURS, v.hours);
  const pueGiven = v.pue === void 0 ? null : check("--pue", PUE, v.pue);
  const { match, suggestions } = findGpu(v.gpu);
  if (!match) {
    const hint = suggestions.length ? `; did you mean ${suggestions.map((s) => `'${s.name}'`).join(", ")}?` : "";
    throw new UsageError(`unknown GPU '${v.gpu}'${hint} (the table is hardware/gpu-tdp.json)`);
  }
  let carbon;
  try {
    carbon = v.region !== void 0 ? resolveCarbon({ region: v.region }) : resolveCarbon({ cloudRegion: v["cloud-region"] ?? null });
  } catch (err) {
    throw new UsageError(err.message);
  }
  const pue = pueGiven !== null ? { value: pueGiven, source: "--pue" } : carbon.pue ?? { value: 1, source: "default 1.0 (no --pue and no published PUE for the place): data-centre overhead not counted" };
  const fuzzy = match.exact ? "" : ` (closest match for '${v.gpu}'${match.alternatives.length ? `; also ${match.alternatives.map((a) => `${a.name} ${a.tdp_w} W`).join(", ")}` : ""})`;
  const r = estimateEmissions({
    gpu: { name: match.entry.name, tdp_w: match.entry.tdp_w, source: match.citation + fuzzy },
    count,
    hours,
    pue,
    carbon: carbon.context
  });
  if (v.format === "json") {
    io2.stdout(JSON.stringify({ ...r, gpu: { ...r.gpu, query: v.gpu, exact: match.exact } }, null, 2) + "\n");
    return 0;
  }
  const c = r.region;
  io2.stdout(
    [
      `estimated: ${formatKwh(r.energy_kwh)}, ${formatGrams(r.co2eq_g)} CO2eq`,
      `  = ${count} x ${r.gpu.name} at ${r.gpu.tdp_w} W TDP x ${sig(hours, 6)} h x PUE ${pue.value} x ${sig(c.intensity_g_per_kwh)} g/kWh`,
      `  GPU:       ${r.gpu.source}`,
      `  PUE:       ${pue.value} (${pue.source})`,
      `  intensity: ${c.region}${c.name ? ` ${c.name}` : ""}, ${c.intensity_kind}${c.year ? ` ${c.year}` : ""} [${c.source}]`,
      ...c.warning ? [`  warning:   ${c.warning}`] : [],
      `  model:     ${r.model}`
    ].join("\n") + "\n"
  );
  return 0;
};

// src/commands/leaderboard.ts
import { writeFile as writeFile3 } from "node:fs/promises";
import { resolve as resolve5 } from "node:path";
import { parseArgs as parseArgs4 } from "node:util";
var HELP4 = `usage: joulecheck leaderboard <dir|summary.json>... [--format markdown|html|json] [--out FILE]

Ranks labelled experiments by mean energy per run (summary total, PUE included), lowest first, with
t-based 95% confidence intervals. Runs are grouped by their label.
`;
var leaderboard = async (argv, io2) => {
  let parsed;
  try {
    parsed = parseArgs4({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", default: "markdown" },
        out: { type: "string" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (err) {
    throw new UsageError(`${err.message}
${HELP4}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io2.stdout(HELP4);
    return 0;
  }
  const format = values.format;
  if (format !== "markdown" && format !== "html" && format !== "json") {
    throw new UsageError(`--format must be 'markdown', 'html' or 'json', got '${format}'`);
  }
  if (positionals.length === 0) throw new UsageError(`expected at least one directory of summaries
${HELP4}`);
  let summaries;
  try {
    summaries = await readSummaries(positionals, io2.cwd);
  } catch (err) {
    if (err instanceof InputError) throw new UsageError(err.message);
    throw err;
  }
  const board = buildLeaderboard(summaries);
  const text = format === "json" ? JSON.stringify(board, null, 2) + "\n" : format === "html" ? leaderboardHtml(board) : leaderboardMarkdown(board);
  if (values.out) {
    const out = resolve5(io2.cwd, values.out);
    await writeFile3(out, text);
    io2.stdout(`leaderboard: ${board.entries.length} experiment(s), ${summaries.length} run(s) -> ${out}
`);
  } else {
    io2.stdout(text);
  }
  return 0;
};

// src/commands/regions.ts
var HELP5 = `usage: joulecheck regions [query] [--json] [--zones | --cloud]

Lists grid zones (region input) and cloud regions (cloud-region input) with their annual carbon
intensity (g CO2eq/kWh), year, the provider's PUE where published, and the source of each value.
A query filters case-insensitively on id, name, location and grid zone, e.g.:
  joulecheck regions europe-west        joulecheck regions US-CAL        joulecheck regions Quebec
`;
function matchRegions(q) {
  const needle = q.query?.trim().toLowerCase() ?? "";
  const hit = (...fields) => !needle || fields.some((f) => f?.toLowerCase().includes(needle));
  const both = !q.zones && !q.cloud;
  return {
    zones: both || q.zones ? ZONES.zones.filter((z) => hit(z.id, z.name, z.country)) : [],
    cloud: both || q.cloud ? CLOUD.regions.filter((c) => hit(c.id, c.name, c.location, c.zone)) : []
  };
}
function pad(cells) {
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  return cells.map((r) => r.map((c, i) => i === r.length - 1 ? c : c.padEnd(widths[i])).join("  ").trimEnd()).join("\n");
}
function formatRegions(m) {
  const out = [];
  const used = /* @__PURE__ */ new Set();
  if (m.zones.length) {
    out.push(`Grid zones (${m.zones.length}) \u2014 input 'region'`);
    const rows = [["ID", "G/KWH", "YEAR", "SOURCE", "NAME"]];
    for (const z of m.zones) {
      rows.push([z.id, String(z.g_per_kwh), String(z.year), z.source, z.name]);
      used.add(z.source);
    }
    out.push(pad(rows), "");
  }
  if (m.cloud.length) {
    out.push(`Cloud regions (${m.cloud.length}) \u2014 input 'cloud-region'`);
    const rows = [["ID", "G/KWH", "YEAR", "ZONE", "PUE", "NAME"]];
    for (const c of m.cloud) {
      const pue = c.pue ? `${c.pue.value} (${c.pue.scope === "fleet average" ? "fleet" : "site"} ${c.pue.year})` : "-";
      rows.push([c.id, String(c.g_per_kwh), String(c.year), c.zone, pue, `${c.name}, ${c.location}`]);
      used.add(c.source);
      used.add(c.location_source);
      if (c.pue) used.add(c.pue.source);
    }
    out.push(pad(rows), "");
  }
  if (used.size) {
    out.push("Sources");
    const all = { ...ZONES.sources, ...CLOUD.sources };
    for (const key of [...used].sort()) {
      const s = all[key];
      if (s) out.push(`  ${key}: ${s.title} (${s.year}) ${s.url}${s.conversion ? `; ${s.conversion}` : ""}`);
    }
  }
  return out.join("\n") + "\n";
}
var regions = async (argv, io2) => {
  let json = false;
  const q = {};
  const words = [];
  for (const a of argv) {
    if (a === "--help" || a === "-h") {
      io2.stdout(HELP5);
      return 0;
    } else if (a === "--json") json = true;
    else if (a === "--zones") q.zones = true;
    else if (a === "--cloud") q.cloud = true;
    else if (a.startsWith("-")) throw new UsageError(`unknown option '${a}'; expected --json, --zones or --cloud`);
    else words.push(a);
  }
  if (words.length > 1) throw new UsageError(`expected at most one query, got ${words.length}: ${words.join(" ")}`);
  if (words[0] !== void 0) q.query = words[0];
  const m = matchRegions(q);
  if (m.zones.length === 0 && m.cloud.length === 0) {
    const near = [...zoneSuggestions(q.query ?? ""), ...cloudSuggestions(q.query ?? "")];
    io2.stderr(`joulecheck regions: nothing matches '${q.query ?? ""}'${near.length ? `; did you mean ${near.join(", ")}?` : ""}
`);
    return 1;
  }
  if (json) {
    const used = /* @__PURE__ */ new Set([...m.zones.map((z) => z.source), ...m.cloud.flatMap((c) => [c.source, c.location_source, c.pue?.source ?? ""])]);
    const all = { ...ZONES.sources, ...CLOUD.sources };
    const sources = Object.fromEntries([...used].filter((k) => all[k]).sort().map((k) => [k, all[k]]));
    io2.stdout(JSON.stringify({ zones: m.zones, cloud: m.cloud, sources }, null, 2) + "\n");
  } else io2.stdout(formatRegions(m));
  return 0;
};

// src/commands/statement.ts
import { readFile as readFile3, readdir as readdir2, stat as stat4 } from "node:fs/promises";
import { basename as basename2, dirname as dirname3, join as join3, resolve as resolve6 } from "node:path";
var HELP6 = `usage: joulecheck statement <summary.json | log.ndjson | dir>... [--format markdown|text]

Prints the carbon impact statement (Henderson et al. 2020) over all the runs given: total CO2eq, energy,
the country-specific social cost of carbon (Ricke et al. 2018) with its 16.7/83.3 percentiles, and the
regions, intensities, PUE and measurement methods behind them. Directories are searched recursively for
*.summary.json and *.ndjson; a log whose summary is present is counted once.
`;
var MAX_DEPTH = 8;
async function walk(dir, depth, out) {
  if (depth > MAX_DEPTH) return;
  const entries = await readdir2(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const e2 of entries) {
    const p = join3(dir, e2.name);
    if (e2.isDirectory()) {
      if (e2.name === "node_modules" || e2.name.startsWith(".")) continue;
      await walk(p, depth + 1, out);
    } else if (e2.isFile() && (e2.name.endsWith(".summary.json") || e2.name.endsWith(".ndjson"))) out.push(p);
  }
}
async function collectFiles(args, cwd) {
  const files = [];
  for (const a of args) {
    const p = resolve6(cwd, a);
    let st;
    try {
      st = await stat4(p);
    } catch {
      throw new Error(`${a}: no such file or directory`);
    }
    if (st.isDirectory()) {
      const found = [];
      await walk(p, 0, found);
      if (found.length === 0) throw new Error(`${a}: no *.summary.json or *.ndjson files in this directory`);
      files.push(...found);
    } else files.push(p);
  }
  return [...new Set(files)];
}
async function loadRuns2(files) {
  const summaries = [];
  const logs = [];
  for (const f of files) {
    if (f.endsWith(".ndjson")) {
      logs.push(f);
      continue;
    }
    let raw;
    try {
      raw = JSON.parse(await readFile3(f, "utf8"));
    } catch (err) {
      throw new Error(`${f}: not a JSON summary (${err instanceof Error ? err.message : String(err)})`);
    }
    const parsed = Summary.safeParse(raw);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new Error(`${f}: not a joulecheck/summary@1 (${first ? `${first.path.join(".") || "(root)"}: ${first.message}` : "invalid"})`);
    }
    summaries.push({ file: f, summary: parsed.data });
  }
  const covered = new Set(
    summaries.filter((s) => s.summary.log).map((s) => resolve6(dirname3(s.file), s.summary.log))
  );
  for (const f of logs) {
    if (covered.has(resolve6(f))) continue;
    const log = await readRunLog(f);
    summaries.push({ file: f, summary: summarize(log, { logName: basename2(f) }) });
  }
  return summaries;
}
var statement = async (argv, io2) => {
  let format = "markdown";
  const paths = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--help" || a === "-h") {
      io2.stdout(HELP6);
      return 0;
    }
    if (a === "--format" || a.startsWith("--format=")) {
      const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[++i];
      if (v !== "markdown" && v !== "text") throw new UsageError(`--format must be markdown or text, got ${v === void 0 ? "nothing" : `'${v}'`}`);
      format = v;
    } else if (a.startsWith("-")) throw new UsageError(`unknown option '${a}'; expected --format markdown|text`);
    else paths.push(a);
  }
  if (paths.length === 0) throw new UsageError("expected at least one summary, log or directory (see --help)");
  const runs = await loadRuns2(await collectFiles(paths, io2.cwd));
  io2.stdout(formatStatement(buildStatement(runs), format));
  return 0;
};

// src/commands/summarize.ts
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { basename as basename3, dirname as dirname4, relative as relative2, resolve as resolve7 } from "node:path";
import { parseArgs as parseArgs5 } from "node:util";
var HELP7 = `usage: joulecheck summarize <log.ndjson>... [options]

Recomputes <label>-<n>.summary.json from raw run logs (a log torn by a crash is read, with a warning).

options:
  --out DIR            write summaries into DIR (default: beside each log)
  --pue X              re-account with this PUE (>= 1) instead of the one recorded in the log
  --json               print the summaries as a JSON array on stdout
  --max-log-bytes N    refuse logs larger than N bytes (default ${DEFAULT_MAX_LOG_BYTES})
  -h, --help           this help
`;
function parse2(argv) {
  try {
    return parseArgs5({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: "string" },
        pue: { type: "string" },
        json: { type: "boolean", default: false },
        "max-log-bytes": { type: "string" },
        help: { type: "boolean", short: "h", default: false }
      }
    });
  } catch (err) {
    throw new UsageError(`${err.message}
${HELP7}`);
  }
}
var num = (x) => x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(2) : x.toPrecision(3);
var summarize2 = async (argv, io2) => {
  const { values, positionals } = parse2(argv);
  if (values.help) {
    io2.stdout(HELP7);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError(`no log given: expected one or more <log.ndjson> files
${HELP7}`);
  let pue;
  if (values.pue !== void 0) {
    pue = Number(values.pue);
    if (values.pue.trim() === "" || !Number.isFinite(pue) || pue < 1) throw new UsageError(`--pue must be a number >= 1, got '${values.pue}'`);
  }
  let maxBytes = DEFAULT_MAX_LOG_BYTES;
  if (values["max-log-bytes"] !== void 0) {
    maxBytes = Number(values["max-log-bytes"]);
    if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
      throw new UsageError(`--max-log-bytes must be a positive integer, got '${values["max-log-bytes"]}'`);
    }
  }
  const outDir = values.out !== void 0 ? resolve7(io2.cwd, values.out) : void 0;
  if (outDir !== void 0) mkdirSync(outDir, { recursive: true });
  const written = /* @__PURE__ */ new Map();
  const results = [];
  let failed = 0;
  for (const arg of positionals) {
    const logPath = resolve7(io2.cwd, arg);
    try {
      const log = await readRunLog(logPath, { maxBytes });
      const dir = outDir ?? dirname4(logPath);
      const file = resolve7(dir, `${log.header.label}-${log.header.repeat}.summary.json`);
      const clash = written.get(file);
      if (clash !== void 0) {
        throw new Error(`its summary ${relative2(io2.cwd, file)} was already written from ${clash} in this run (same label and repeat); use another --out`);
      }
      const summary = summarize(log, { ...pue !== void 0 ? { pue } : {}, logName: relative2(dir, logPath) || basename3(logPath) });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(summary, null, 2) + "\n");
      renameSync(tmp, file);
      written.set(file, arg);
      results.push(summary);
      for (const w of summary.warnings ?? []) io2.stderr(`joulecheck summarize: warning: ${arg}: ${w}
`);
      if (!values.json) {
        const a = summary.energy_j.attributed;
        io2.stdout(
          `${arg} -> ${relative2(io2.cwd, file) || file}: ${num(summary.energy_j.total)} J (cpu ${num(a.cpu)}, dram ${num(a.dram)}, gpu ${num(a.gpu)}; PUE ${summary.pue}), ${num(summary.carbon.co2eq_g)} g CO2eq, ${num(summary.duration_s)} s
`
        );
      }
    } catch (err) {
      failed++;
      const msg = err instanceof Error ? err.message : String(err);
      io2.stderr(`joulecheck summarize: ${msg.includes(logPath) ? msg.replaceAll(logPath, arg) : `${arg}: ${msg}`}
`);
    }
  }
  if (values.json) io2.stdout(JSON.stringify(results, null, 2) + "\n");
  if (failed > 0) io2.stderr(`joulecheck summarize: ${failed} of ${positionals.length} log(s) could not be summarized
`);
  return failed > 0 ? 1 : 0;
};

// src/commands/whatif.ts
import { parseArgs as parseArgs6 } from "node:util";
var HELP8 = `usage: joulecheck whatif <summary.json|dir>... (--cloud-region ID | --region ZONE)... [--format text|json]

The CO2eq of each run's energy, as measured or estimated (its PUE included), at another place's grid intensity.
  --cloud-region ID   cloud region (e.g. aws:eu-north-1), repeatable
  --region ZONE       grid zone (e.g. SE-SE1), repeatable
  --format text|json  default text
`;
var whatif = async (argv, io2) => {
  let parsed;
  try {
    parsed = parseArgs6({
      args: argv,
      allowPositionals: true,
      options: {
        "cloud-region": { type: "string", multiple: true },
        region: { type: "string", multiple: true },
        format: { type: "string", default: "text" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (err) {
    throw new UsageError(`${err.message}
${HELP8}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io2.stdout(HELP8);
    return 0;
  }
  if (values.format !== "text" && values.format !== "json") {
    throw new UsageError(`--format must be 'text' or 'json', got '${values.format}'`);
  }
  if (positionals.length === 0) throw new UsageError(`expected at least one summary file or directory
${HELP8}`);
  const queries = [
    ...(values["cloud-region"] ?? []).map((id) => ({ id, cloud: true })),
    ...(values.region ?? []).map((id) => ({ id, cloud: false }))
  ];
  if (queries.length === 0) throw new UsageError(`expected at least one --cloud-region or --region
${HELP8}`);
  let summaries;
  try {
    summaries = await readSummaries(positionals, io2.cwd);
  } catch (err) {
    if (err instanceof InputError) throw new UsageError(err.message);
    throw err;
  }
  const places = queries.map((q) => ({
    query: q.id,
    carbon: resolveCarbon(q.cloud ? { cloudRegion: q.id } : { region: q.id }).context
  }));
  const rows = whatIfRows(summaries, places);
  if (values.format === "json") {
    io2.stdout(JSON.stringify({ schema: "joulecheck/whatif@1", rows }, null, 2) + "\n");
    return 0;
  }
  const lines = [];
  for (const s of summaries) {
    const mine = rows.filter((r) => r.label === s.label && r.repeat === s.repeat);
    const first = mine[0];
    if (!first) continue;
    lines.push(
      `${s.label} #${s.repeat}: ${formatKwh(first.energy_kwh)} ${first.kind} (PUE ${s.pue}), ${formatGrams(first.actual.co2eq_g)} CO2eq in ${first.actual.region} at ${sig(first.actual.intensity_g_per_kwh)} g/kWh`
    );
    for (const r of mine) {
      const change = r.change === null ? "" : ` (${r.change >= 0 ? "+" : ""}${sig(r.change * 100, 2)}%)`;
      const name = r.place.name ? ` ${r.place.name}` : "";
      lines.push(
        `  what-if ${r.place.query} -> ${r.place.region}${name}: ${formatGrams(r.co2eq_g)} CO2eq${change} at ${sig(r.place.intensity_g_per_kwh)} g/kWh [${r.place.source}${r.place.year ? `, ${r.place.year}` : ""}]`
      );
    }
  }
  for (const p of places) if (p.carbon.warning) lines.push(`warning: ${p.query}: ${p.carbon.warning}`);
  io2.stdout(lines.join("\n") + "\n");
  return 0;
};

// src/cli.ts
var COMMANDS = {
  run: { fn: run, help: "run [options] -- <command> [args...]   meter a command" },
  summarize: { fn: summarize2, help: "summarize <log.ndjson>...              recompute summaries from raw logs" },
  compare: { fn: compare, help: "compare --base <...> --head <...>      compare runs with statistics" },
  regions: { fn: regions, help: "regions [query]                        list grid zones and cloud regions" },
  statement: { fn: statement, help: "statement <summary|log>...             carbon impact statement" },
  estimate: { fn: estimate, help: "estimate --gpu NAME --hours H ...      what-if calculator" },
  whatif: { fn: whatif, help: "whatif <summaries>... --cloud-region ID  CO2eq of measured energy elsewhere" },
  appendix: { fn: appendix, help: "appendix <logs|summaries|dirs>... --out DIR   HTML appendix" },
  leaderboard: { fn: leaderboard, help: "leaderboard <dirs>...                  rank experiments by energy" }
};
function usage() {
  return [
    `joulecheck ${VERSION}: energy and carbon of a command, per process`,
    "",
    "usage: joulecheck <command> [options]",
    ...Object.values(COMMANDS).map((c) => `  ${c.help}`),
    "",
    "joulecheck <command> --help for its options"
  ].join("\n");
}
async function main(argv, io2) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io2.stdout(usage() + "\n");
    return name === void 0 ? 2 : 0;
  }
  if (name === "--version" || name === "-V") {
    io2.stdout(VERSION + "\n");
    return 0;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    io2.stderr(`joulecheck: unknown command '${name}'; expected one of ${Object.keys(COMMANDS).join(", ")}
`);
    return 2;
  }
  try {
    return await cmd.fn(rest, io2);
  } catch (err) {
    if (err instanceof UsageError) {
      io2.stderr(`joulecheck ${name}: ${err.message}
`);
      return 2;
    }
    io2.stderr(`joulecheck ${name}: ${err instanceof Error ? err.message : String(err)}
`);
    return 1;
  }
}
var io = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env
};
process.exitCode = await main(process.argv.slice(2), io);
export {
  main
};
