#!/usr/bin/env python3
"""Reference values for joulecheck's statistics (src/stats), computed with SciPy.

    python3 scripts/stats-reference.py > test/fixtures/stats-reference.json

The TypeScript tests read the committed JSON and require agreement to 1e-6 relative; a separate test
re-runs this script when python3 + scipy are available and checks the committed JSON is current.
Output is deterministic: fixed inputs and a fixed RNG seed, no timestamps.
"""
import json
import sys
import warnings

import numpy as np
import scipy
from scipy import optimize, stats

# Cases with a side without spread are deliberate; SciPy warns about them.
warnings.filterwarnings("ignore", category=RuntimeWarning)

rng = np.random.default_rng(20261123)


def energy_like(mean, cv, n):
    # Energies in joules: large values with a small relative spread, rounded as a summary would be.
    return [round(float(v), 3) for v in rng.normal(mean, mean * cv, n)]


# Welch (1947) / Wikipedia "Welch's t-test" worked examples (A1 vs A2, reported t = -2.46, df = 24.9).
A1 = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4]
A2 = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4]
A3 = [17.2, 20.9, 22.6, 18.1, 21.7, 21.4, 23.5, 24.2, 14.7, 21.8]
A4 = [21.5, 22.8, 21.0, 23.0, 21.6, 23.6, 22.5, 20.7, 23.4, 21.8, 20.7, 21.7, 21.5, 22.5, 23.6, 21.5, 22.5,
      23.5, 21.5, 21.8]
# SciPy's mannwhitneyu documentation example (Conover): ages of males and females, U1 = 17, exact p = 0.1111.
MALES = [19, 22, 16, 29, 24]
FEMALES = [20, 11, 17, 12]

base10 = energy_like(180_000.0, 0.02, 10)
head10 = energy_like(187_200.0, 0.02, 10)
base3 = energy_like(3.6e6, 0.01, 3)
head3 = energy_like(3.6e6 * 0.97, 0.01, 3)
base5 = energy_like(50_000.0, 0.05, 5)
head7 = energy_like(50_500.0, 0.05, 7)

welch_cases = [
    ("wikipedia A1 vs A2", A1, A2),
    ("wikipedia A1 vs A3", A1, A3),
    ("wikipedia A1 vs A4", A1, A4),
    ("energy 10 vs 10, +4%", head10, base10),
    ("energy 3 vs 3, -3%", head3, base3),
    ("energy 7 vs 5, +1%", head7, base5),
    ("n = 2 each", [101.0, 103.0], [100.0, 100.5]),
    ("one side without spread", [10.0, 10.0, 10.0], [9.0, 11.0, 10.5]),
    ("very small p", [100.0 + i * 0.5 for i in range(10)], [90.0 + i * 0.5 for i in range(10)]),
]

mw_cases = [
    # (name, x, y, method, use_continuity)
    ("scipy docs males vs females exact", MALES, FEMALES, "exact", True),
    ("scipy docs males vs females asymptotic", MALES, FEMALES, "asymptotic", True),
    ("scipy docs males vs females asymptotic, no continuity", MALES, FEMALES, "asymptotic", False),
    ("complete separation 3 vs 3 exact", [4.0, 5.0, 6.0], [1.0, 2.0, 3.0], "exact", True),
    ("complete separation 4 vs 4 exact", [5.0, 6.0, 7.0, 8.0], [1.0, 2.0, 3.0, 4.0], "exact", True),
    ("2 vs 2 exact", [1.0, 3.0], [2.0, 4.0], "exact", True),
    ("U at the centre exact (p capped at 1)", [1.0, 4.0], [2.0, 3.0], "exact", True),
    ("energy 10 vs 10 exact", head10, base10, "exact", True),
    ("energy 10 vs 10 asymptotic", head10, base10, "asymptotic", True),
    ("energy 7 vs 5 exact", head7, base5, "exact", True),
    ("energy 3 vs 3 exact", head3, base3, "exact", True),
    ("wikipedia A1 vs A2 (15 vs 15, ties) asymptotic", A1, A2, "asymptotic", True),
    ("energy 10 vs 10 reversed exact", base10, head10, "exact", True),
    ("A1 vs A4 with ties, asymptotic", A1, A4, "asymptotic", True),
    ("ties across sides", [1.0, 2.0, 2.0, 3.0, 5.0], [2.0, 3.0, 3.0, 4.0], "asymptotic", True),
    ("ties across sides, no continuity", [1.0, 2.0, 2.0, 3.0, 5.0], [2.0, 3.0, 3.0, 4.0], "asymptotic", False),
    ("ties within sides only", [5.0, 5.0, 5.0], [6.0, 6.0, 6.0], "asymptotic", True),
    ("heavy ties", [1.0, 1.0, 1.0, 2.0, 2.0, 3.0], [1.0, 2.0, 2.0, 2.0, 3.0, 3.0, 3.0], "asymptotic", True),
]

prediction_cases = [
    ("1 vs 3", head3[0], base3),
    ("1 vs 5", head7[0], base5),
    ("1 vs 10, +4%", head10[0], base10),
    ("1 vs 10, far out", 250_000.0, base10),
    ("1 vs 3 small numbers", 12.0, [10.0, 10.5, 9.8]),
]

fieller_cases = [
    # (name, head, base): variance of the mean from each sample, Welch df
    ("energy 10 vs 10, +4%", head10, base10),
    ("energy 3 vs 3, -3%", head3, base3),
    ("energy 7 vs 5, +1%", head7, base5),
    ("wikipedia A2 / A1", A2, A1),
    ("n = 2 each, wide", [101.0, 120.0], [100.0, 110.0]),
]


def welch_df(vh, nh, vb, nb):
    s = vh + vb
    return s * s / (vh * vh / (nh - 1) + vb * vb / (nb - 1))


def fieller_reference(h, vh, b, vb, df, level):
    """Roots of T(rho) = (h - rho b) / sqrt(vh + rho^2 vb) = -/+ q found numerically (brentq), an
    independent check of the closed form in src/stats/ratio.ts."""
    q = stats.t.ppf(1 - (1 - level) / 2, df)
    r = h / b

    def T(rho):
        return (h - rho * b) / np.sqrt(vh + rho * rho * vb)

    # T decreases through rho = r; bracket each root on its side.
    lo_a, hi_b = r, r
    step = max(abs(r), 1.0) * 0.01
    while T(lo_a) < q:
        lo_a -= step
        step *= 2
    step = max(abs(r), 1.0) * 0.01
    while T(hi_b) > -q:
        hi_b += step
        step *= 2
    low = optimize.brentq(lambda x: T(x) - q, lo_a, r, xtol=1e-15, rtol=1e-15)
    high = optimize.brentq(lambda x: T(x) + q, r, hi_b, xtol=1e-15, rtol=1e-15)
    return float(q), float(low), float(high)


out = {
    "generated_by": "scripts/stats-reference.py",
    "scipy_version": scipy.__version__,
    "welch": [],
    "mann_whitney": [],
    "prediction": [],
    "t_quantile": [],
    "fieller": [],
}

for name, x, y in welch_cases:
    r = stats.ttest_ind(x, y, equal_var=False)
    out["welch"].append({"name": name, "x": x, "y": y, "t": float(r.statistic), "df": float(r.df),
                         "p": float(r.pvalue)})

for name, x, y, method, cont in mw_cases:
    r = stats.mannwhitneyu(x, y, use_continuity=cont, alternative="two-sided", method=method)
    out["mann_whitney"].append({"name": name, "x": x, "y": y, "method": method, "use_continuity": cont,
                                "u": float(r.statistic), "p": float(r.pvalue)})

for name, x, sample in prediction_cases:
    n = len(sample)
    m = float(np.mean(sample))
    s = float(np.std(sample, ddof=1))
    t = (x - m) / (s * np.sqrt(1 + 1 / n))
    df = n - 1
    p = 2 * stats.t.sf(abs(t), df)
    # the 95% prediction interval, for the record
    q = stats.t.ppf(0.975, df)
    out["prediction"].append({"name": name, "x": x, "sample": sample, "t": float(t), "df": df, "p": float(p),
                              "interval_95": [m - q * s * np.sqrt(1 + 1 / n), m + q * s * np.sqrt(1 + 1 / n)]})

for p, df in [(0.975, 1), (0.975, 2), (0.975, 4.5), (0.975, 24.9), (0.995, 9), (0.9, 3.3), (0.975, 1000)]:
    out["t_quantile"].append({"p": p, "df": df, "q": float(stats.t.ppf(p, df))})

for name, hs, bs in fieller_cases:
    h, b = float(np.mean(hs)), float(np.mean(bs))
    vh = float(np.var(hs, ddof=1)) / len(hs)
    vb = float(np.var(bs, ddof=1)) / len(bs)
    df = welch_df(vh, len(hs), vb, len(bs))
    q, low, high = fieller_reference(h, vh, b, vb, df, 0.95)
    welch = stats.ttest_ind(hs, bs, equal_var=False)
    out["fieller"].append({"name": name, "head": hs, "base": bs, "h": h, "vh": vh, "b": b, "vb": vb, "df": df,
                           "level": 0.95, "q": q, "ratio": h / b, "low": low, "high": high,
                           "welch_p": float(welch.pvalue)})

json.dump(out, sys.stdout, indent=1)
sys.stdout.write("\n")
