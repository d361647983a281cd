#!/usr/bin/env python3
"""Reference values for joulecheck's paired statistics (src/analysis/stats: paired t on log ratios,
Wilcoxon signed-rank, the trend of the pair differences with run order, the back-transformed mean log ratio and its t interval), computed with SciPy.

    python3 scripts/paired-stats-reference.py > test/fixtures/paired-stats-reference.json

Same conventions as scripts/stats-reference.py: the TypeScript tests require agreement to 1e-6 relative,
another test re-runs this script when python3 + scipy are available and checks the JSON is current.
Deterministic: fixed inputs and a fixed RNG seed, no timestamps.
"""
import json
import sys
import warnings

import numpy as np
import scipy
from scipy import stats

warnings.filterwarnings("ignore", category=RuntimeWarning)
warnings.filterwarnings("ignore", category=UserWarning)

rng = np.random.default_rng(20261203)


def energy_pairs(mean, drift, noise, change, n):
    # Base and head interleaved on one machine: a shared per-pair machine state (drift) times each run's
    # own jitter; head carries the true relative change.
    out_b, out_h = [], []
    for i in range(n):
        m = mean * (1 + drift * rng.standard_normal())
        out_b.append(round(float(m * (1 + noise * rng.standard_normal())), 3))
        out_h.append(round(float(m * (1 + change) * (1 + noise * rng.standard_normal())), 3))
    return out_b, out_h


b6, h6 = energy_pairs(120_000.0, 0.05, 0.02, 0.05, 6)
b3, h3 = energy_pairs(3.6e6, 0.03, 0.01, -0.03, 3)
b10, h10 = energy_pairs(50_000.0, 0.04, 0.02, 0.0, 10)
b25, h25 = energy_pairs(800.0, 0.02, 0.03, 0.02, 25)

paired_cases = [
    # (name, base, head): tests on ln(head / base)
    ("energy 6 pairs, +5%", b6, h6),
    ("energy 3 pairs, -3%", b3, h3),
    ("energy 10 pairs, no change", b10, h10),
    ("energy 25 pairs, +2%", b25, h25),
    ("2 pairs", [100.0, 104.0], [103.0, 106.0]),
    ("one pair equal (a zero difference)", [10.0, 20.0, 30.0, 40.0, 50.0], [10.0, 21.0, 33.5, 43.0, 49.0]),
    ("tied ratios", [10.0, 10.0, 20.0, 20.0, 40.0, 30.0], [11.0, 11.0, 22.0, 18.0, 44.0, 33.0]),
    ("all higher, 8 pairs", [float(100 + i) for i in range(8)], [float(100 + i) * (1.01 + 0.003 * i) for i in range(8)]),
]

# Wilcoxon on given differences (exercises the methods directly): (name, d, method)
wilcoxon_cases = [
    ("Fisher 1935 height differences (scipy docs), exact",
     [6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60, -67, 75], "exact"),
    ("Fisher 1935 height differences (scipy docs), asymptotic",
     [6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60, -67, 75], "asymptotic"),
    ("all positive, 5 exact", [1.0, 2.0, 3.0, 4.0, 5.0], "exact"),
    ("all positive, 6 exact", [0.5, 1.5, 2.5, 3.5, 4.5, 5.5], "exact"),
    ("mixed 7 exact", [-0.02, 0.031, 0.012, -0.004, 0.05, 0.021, 0.008], "exact"),
    ("mixed 7 asymptotic", [-0.02, 0.031, 0.012, -0.004, 0.05, 0.021, 0.008], "asymptotic"),
    ("ties asymptotic", [1.0, -1.0, 2.0, 2.0, 2.0, 3.0, -3.0, 4.0], "asymptotic"),
    ("zeros dropped asymptotic", [0.0, 0.0, 1.0, 2.0, -3.0, 4.0, 5.0, 6.0, -0.5], "asymptotic"),
    ("zeros and ties asymptotic", [0.0, 1.0, 1.0, -1.0, 2.0, 2.0, 3.0, 0.0, 4.0, 4.0, 5.0], "asymptotic"),
    ("centre (p = 1) exact", [1.0, -2.0, -3.0, 4.0], "exact"),
    ("20 mixed exact", [float(x) for x in rng.normal(0.3, 1.0, 20).round(6)], "exact"),
    ("20 mixed asymptotic", [float(x) for x in rng.normal(0.3, 1.0, 20).round(6)], "asymptotic"),
]

out = {
    "generated_by": "scripts/paired-stats-reference.py",
    "scipy_version": scipy.__version__,
    "zero_method": "wilcox",
    "correction": False,
    "paired": [],
    "wilcoxon": [],
    "trend": [],
}

for name, base, head in paired_cases:
    # ln(head / base) per pair, computed as the TypeScript side does (a ratio, then its log) so that equal
    # ratios tie exactly; ttest_rel(d, 0) and wilcoxon(d, 0) are the paired tests on these log ratios.
    d = np.log(np.array(head) / np.array(base))
    n = len(d)
    zero = np.zeros(n)
    r = stats.ttest_rel(d, zero)
    ci = r.confidence_interval(0.95)
    # scipy's 'auto' would run a permutation test for small n with ties/zeros; the TS side uses the normal
    # approximation there, so the reference names its method explicitly.
    has_ties = len(np.unique(np.abs(d[d != 0]))) < np.count_nonzero(d)
    has_zeros = bool(np.any(d == 0))
    method = "exact" if not has_ties and not has_zeros and n <= 50 else "asymptotic"
    w = stats.wilcoxon(d, zero, zero_method="wilcox", correction=False, method=method)
    m = float(np.mean(d))
    out["paired"].append({
        "name": name, "base": base, "head": head,
        "t": float(r.statistic), "df": float(r.df), "p": float(r.pvalue),
        "wilcoxon_w": float(w.statistic), "wilcoxon_p": float(w.pvalue), "wilcoxon_method": method,
        "mean_log_ratio": m, "sd_log_ratio": float(np.std(d, ddof=1)),
        "relative": float(np.expm1(m)),
        "ci_level": 0.95, "ci_low": float(np.expm1(ci.low)), "ci_high": float(np.expm1(ci.high)),
    })

for name, d, method in wilcoxon_cases:
    w = stats.wilcoxon(d, zero_method="wilcox", correction=False, method=method)
    out["wilcoxon"].append({"name": name, "d": [float(x) for x in d], "method": method,
                            "w": float(w.statistic), "p": float(w.pvalue)})

trend_cases = [
    ("drift +1% per pair", [0.01 * i + 0.003 * (-1) ** i for i in range(8)]),
    ("no trend", [0.02, -0.01, 0.015, -0.02, 0.01, 0.0, -0.005, 0.012]),
    ("3 values", [0.1, 0.3, 0.2]),
    ("energy 25 pairs log ratios", [float(x) for x in np.log(np.array(h25) / np.array(b25))]),
]
for name, ys in trend_cases:
    r = stats.linregress(np.arange(1, len(ys) + 1), ys)
    out["trend"].append({"name": name, "y": ys, "slope": float(r.slope), "intercept": float(r.intercept),
                         "r": float(r.rvalue), "p": float(r.pvalue)})

json.dump(out, sys.stdout, indent=1)
sys.stdout.write("\n")
