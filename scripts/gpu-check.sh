#!/usr/bin/env bash
# The check on a machine with an NVIDIA GPU, in one run: real nvidia-smi and NVML output recorded as
# fixtures, and the shipped meter (dist/) end to end under a PyTorch matmul load, metered with NVML and
# with nvidia-smi side by side over the same process, each against the NVML energy counter.
#
#   bash scripts/gpu-check.sh [OUTDIR]
#
# It runs the committed dist/ (self-contained, koffi's binaries included): no npm install, so it also runs on
# a GPU machine that cannot reach a registry. It needs a Node >= 24 binary (NODE, else `node` on PATH),
# python3 with torch (unless LOAD_CMD), and the driver's nvidia-smi and libnvidia-ml.so.1.
#
# OUTDIR defaults to $OUT (the device runner's output folder), else ./gpu-check-out. What it writes:
#   env.txt                      driver, GPUs, node, python and torch versions
#   fixtures/nvidia-smi/*.txt    -L, --help-query-gpu, every query field idle and loaded, pmon, compute apps,
#                                a 10 s power stream under load (copy the ones you need to test/fixtures/)
#   doctor.json                  `joulecheck doctor --format json` (NVML probe: counter, fields, MIG, ...)
#   runs/                        nvml-1.* and smi-1.* (raw logs and summaries of the two meters)
#   figures.json                 GPU energy by sensor, attributed shares, durations, and the ratios
#   fixtures/nvml/process-utilization.jsonl
#                                nvmlDeviceGetProcessUtilization call by call under a load, polled every 1 s
#                                then every 100 ms (PROC_UTIL_S seconds each): the lastSeenTimeStamp passed,
#                                the return code, the raw entries (scripts/nvml-process-util.ts)
#   bench-nvml.txt, bench-nvidia-smi.txt
#                                with BENCH_S: the meter's overhead benchmark from the spawn (below)
# Environment: LOAD_S (seconds of load, default 60), NVIDIA_SMI (default: nvidia-smi on PATH), NVML_LIB
# (default: the system's libnvidia-ml.so.1), LOAD_CMD (a command instead of the PyTorch load; it must run
# about LOAD_S seconds), NODE (default: node), BENCH_S (seconds; unset: no benchmark), PROC_UTIL_S (seconds
# of each process-utilisation recording, default 10).
# With BENCH_S, bench/meter.bench.ts --from-start runs beside the check, once with the NVML sensor and once
# with nvidia-smi, on the benchmark's own simulated hardware (8 GPUs, a 200-process tree, 10 Hz: the
# overhead target's scenario), so the figure is what a wake-up and a read cost on this machine. It needs
# gcc (the fake NVML library is built from source) and nothing from npm (Node runs the benchmark's
# TypeScript itself). On a machine with many cores the two runs and the check share it without
# measuring each other: each figure is one process's own CPU time.
# Without a GPU it can be tried against the test fakes (NVIDIA_SMI=test/fakes/nvidia-smi, NVML_LIB=<fake
# library>, LOAD_CMD="sleep 5"): every step still runs, on simulated hardware.
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
out=$(mkdir -p "${1:-${OUT:-gpu-check-out}}" && cd "${1:-${OUT:-gpu-check-out}}" && pwd)
smi=${NVIDIA_SMI:-nvidia-smi}
node=${NODE:-node}
# an absolute path: the benchmark runs from the repository's root and puts it on a PATH as `node`
command -v "$node" >/dev/null 2>&1 && node=$(readlink -f "$(command -v "$node")")
load_s=${LOAD_S:-60}
nvml_args=()
# the meter asks the system loader for libnvidia-ml.so.1; a container whose driver is mounted outside the
# loader's path (no ldconfig entry, no LD_LIBRARY_PATH) gets the mounted copy named explicitly
if [ -z "${NVML_LIB:-}" ] && ! ldconfig -p 2>/dev/null | grep -q 'libnvidia-ml\.so\.1 '; then
  for d in /usr/local/nvidia/lib64 /usr/local/nvidia/lib /usr/lib/x86_64-linux-gnu /usr/lib/aarch64-linux-gnu /usr/lib64; do
    if [ -e "$d/libnvidia-ml.so.1" ]; then NVML_LIB="$d/libnvidia-ml.so.1"; break; fi
  done
fi
[ -n "${NVML_LIB:-}" ] && nvml_args=(--nvml-lib "$NVML_LIB")
major=$("$node" -p 'process.versions.node.split(".")[0]' 2>/dev/null)
case "$major" in '' | *[!0-9]*) major=0 ;; esac
if [ "$major" -lt 24 ]; then
  echo "gpu-check: NODE ($node) must be Node 24 or newer (found: $("$node" --version 2>&1 | head -1)); set NODE to one" >&2
  exit 2
fi
fx="$out/fixtures/nvidia-smi"
mkdir -p "$fx" "$out/runs"
step() { printf '\n== %s\n' "$*" >&2; }
# a recording that fails is kept with its exit code: what a driver refuses is a fixture too
rec() {
  local file=$1
  shift
  "$@" >"$fx/$file" 2>&1
  local rc=$?
  [ "$rc" -ne 0 ] && echo "# exit code $rc" >>"$fx/$file"
  return 0
}

step "environment"
{
  date -u +%Y-%m-%dT%H:%M:%SZ
  uname -a
  "$smi" --query-gpu=name,driver_version,pci.bus_id,power.limit --format=csv 2>&1
  "$node" --version
  echo "NVML library: ${NVML_LIB:-libnvidia-ml.so.1 from the system loader}"
  ldconfig -p 2>/dev/null | grep 'libnvidia-ml' || echo "(no libnvidia-ml in the loader's cache)"
  python3 -c 'import torch; print("torch", torch.__version__, "cuda", torch.version.cuda, torch.cuda.device_count(), "GPU(s)")' 2>&1 | tail -1
} >"$out/env.txt"
cat "$out/env.txt" >&2

benches=()
if [ -n "${BENCH_S:-}" ]; then
  step "overhead benchmark, ${BENCH_S} s from the spawn, NVML and nvidia-smi (in the background)"
  # the fake nvidia-smi is a Node script (#!/usr/bin/env node): NODE must be the `node` on its PATH
  nodedir=$(mktemp -d)
  ln -s "$node" "$nodedir/node"
  for sensor in nvml nvidia-smi; do
    (cd "$here" && PATH="$nodedir:$PATH" "$node" bench/meter.bench.ts --from-start --seconds "$BENCH_S" --scenarios 200x8 \
      --entry dist/meter.js --gpu-sensor "$sensor" >"$out/bench-$sensor.txt" 2>&1; echo "# exit code $?" >>"$out/bench-$sensor.txt") &
    benches+=($!)
  done
fi

step "nvidia-smi, idle"
rec list-gpus.txt "$smi" -L
rec help-query-gpu.txt "$smi" --help-query-gpu
# every field this driver knows, as the meter's probe asks: with header and units, then without units
fields=$(grep -o '^"[A-Za-z0-9_.\[]*[]A-Za-z0-9_]"' "$fx/help-query-gpu.txt" | tr -d '"' | sort -u | paste -sd, -)
rec query-gpu-all-idle.csv "$smi" --query-gpu="$fields" --format=csv
rec query-gpu-all-idle-nounits.csv "$smi" --query-gpu="$fields" --format=csv,nounits
rec pmon-idle.txt "$smi" pmon -s u -c 3
rec compute-apps-idle.csv "$smi" --query-compute-apps=pid,gpu_uuid,used_memory --format=csv,noheader,nounits

step "joulecheck doctor (NVML and nvidia-smi as the meter probes them)"
"$node" "$here/dist/cli.js" doctor --format json --nvidia-smi "$smi" "${nvml_args[@]}" >"$out/doctor.json" 2>"$out/doctor.stderr"
echo "doctor exit $?" >&2

step "the load (${load_s} s), metered by NVML (wrapping it) and by nvidia-smi (attached to it)"
load_py="$out/load.py"
cat >"$load_py" <<'PY'
# Matmuls on every GPU for LOAD_S seconds (bf16, 8192^2): a steady, high draw, as a training step makes.
import os, time, torch
secs = float(os.environ.get("LOAD_S", "60"))
devs = [torch.device(f"cuda:{i}") for i in range(torch.cuda.device_count())]
if not devs:
    raise SystemExit("no CUDA device visible to torch")
mats = [(torch.randn(8192, 8192, device=d, dtype=torch.bfloat16), torch.randn(8192, 8192, device=d, dtype=torch.bfloat16)) for d in devs]
end = time.time() + secs
n = 0
while time.time() < end:
    for a, b in mats:
        a @ b
    n += 1
    if n % 50 == 0:
        for d in devs:
            torch.cuda.synchronize(d)
for d in devs:
    torch.cuda.synchronize(d)
print(f"load: {n} rounds of {len(devs)} matmul(s) in {secs:.0f} s")
PY
if [ -n "${LOAD_CMD:-}" ]; then load=(sh -c "$LOAD_CMD"); else load=(python3 "$load_py"); fi
export LOAD_S="$load_s"
"$node" "$here/dist/meter.js" --out "$out/runs" --label nvml --gpu-sensor nvml "${nvml_args[@]}" --nvidia-smi "$smi" -- "${load[@]}" \
  >"$out/runs/nvml.stdout" 2>"$out/runs/nvml.stderr" &
meter=$!
# the load is the meter's child: attach the second meter to it as soon as it exists
loadpid=""
for _ in $(seq 1 100); do
  loadpid=$(pgrep -P "$meter" | head -1)
  [ -n "$loadpid" ] && break
  sleep 0.05
done
if [ -n "$loadpid" ]; then
  "$node" "$here/dist/meter.js" --out "$out/runs" --label smi --gpu-sensor nvidia-smi --nvidia-smi "$smi" --attach "$loadpid" \
    >"$out/runs/smi.stdout" 2>"$out/runs/smi.stderr" &
  smimeter=$!
else
  echo "the load did not start under the NVML meter: see runs/nvml.stderr" >&2
  smimeter=""
fi
# recordings under load, once it draws (a third of the way in)
sleep "$(awk -v s="$load_s" 'BEGIN { print s / 3 }')"
step "nvidia-smi, loaded"
rec query-gpu-all-load.csv "$smi" --query-gpu="$fields" --format=csv
rec query-gpu-all-load-nounits.csv "$smi" --query-gpu="$fields" --format=csv,nounits
rec pmon-load.txt "$smi" pmon -s u -c 5
rec compute-apps-load.csv "$smi" --query-compute-apps=pid,gpu_uuid,used_memory --format=csv,noheader,nounits
rec stream-load-10s.csv timeout 10 "$smi" --query-gpu=timestamp,uuid,power.draw,power.draw.instant,power.draw.average,utilization.gpu --format=csv,noheader,nounits -lms 100
wait "$meter"
echo "NVML meter exit $?" >&2
[ -n "$smimeter" ] && { wait "$smimeter"; echo "nvidia-smi meter exit $?" >&2; }

step "figures"
"$node" -e '
const fs = require("node:fs");
const path = require("node:path");
const dir = process.argv[1];
const read = (l) => { try { return JSON.parse(fs.readFileSync(path.join(dir, "runs", `${l}-1.summary.json`), "utf8")); } catch (e) { return { error: String(e) }; } };
const side = (s) => s.error ? s : {
  sensor: s.methods?.gpu, duration_s: s.duration_s,
  gpu_machine_j: s.energy_j?.machine?.gpu, gpu_attributed_j: s.energy_j?.attributed?.gpu,
  total_j: s.energy_j?.total, co2eq_g: s.carbon?.co2eq_g,
};
const a = side(read("nvml")), b = side(read("smi"));
const ratio = (x, y) => (typeof x === "number" && typeof y === "number" && y > 0 ? x / y : null);
const figures = {
  nvml: a, nvidia_smi: b,
  // the counter is the reference: nvidia-smi polled power over (almost) the same window, and each
  // side attributed over machine (one tenant: both near 1); durations differ by the attach delay
  smi_machine_over_counter: ratio(b.gpu_machine_j, a.gpu_machine_j),
  smi_machine_over_counter_per_second: ratio(b.gpu_machine_j / b.duration_s, a.gpu_machine_j / a.duration_s),
  nvml_attributed_over_machine: ratio(a.gpu_attributed_j, a.gpu_machine_j),
  smi_attributed_over_machine: ratio(b.gpu_attributed_j, b.gpu_machine_j),
};
fs.writeFileSync(path.join(dir, "figures.json"), JSON.stringify(figures, null, 2) + "\n");
console.log(JSON.stringify(figures, null, 2));
' "$out"

pu_s=${PROC_UTIL_S:-10}
step "NVML process utilisation under load: nvmlDeviceGetProcessUtilization every 1 s, then every 100 ms, ${pu_s} s each"
mkdir -p "$out/fixtures/nvml"
# the load outlasts both recordings (the PyTorch load starts its clock once its tensors are on the GPUs)
(LOAD_S=$((pu_s * 2 + 10)) && export LOAD_S && exec "${load[@]}") >"$out/fixtures/nvml/process-utilization-load.txt" 2>&1 &
puload=$!
# start once the load holds a GPU context (at most 20 s: in a container nvidia-smi lists host PIDs)
for _ in $(seq 1 40); do
  "$smi" --query-compute-apps=pid --format=csv,noheader 2>/dev/null | grep -qw "$puload" && break
  kill -0 "$puload" 2>/dev/null || break
  sleep 0.5
done
pu_args=(--out "$out/fixtures/nvml/process-utilization.jsonl" --seconds "$pu_s" --intervals-ms 1000,100)
[ -n "${NVML_LIB:-}" ] && pu_args+=(--lib "$NVML_LIB")
"$node" "$here/scripts/nvml-process-util.ts" "${pu_args[@]}" 2>"$out/fixtures/nvml/process-utilization.stderr"
echo "process-utilisation recorder exit $?: $(tail -1 "$out/fixtures/nvml/process-utilization.stderr")" >&2
wait "$puload"
echo "its load exit $?" >&2

if [ "${#benches[@]}" -gt 0 ]; then
  step "overhead benchmark (waiting for it)"
  wait "${benches[@]}"
  rm -rf "$nodedir"
  cat "$out"/bench-*.txt >&2
fi
