#!/usr/bin/env bash
# Times the release `payer` binary: one lookup on the shipped rules, and load + lookup on a synthetic rule file with
# 5,000 rules (20,000 code ranges) to show the index keeps a query cheap. Not run by CI.
# Usage: bash Benchmarks/run.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
swift build -c release --product payer >/dev/null
bin=.build/release/payer

time_it() {  # label, command...
    local label=$1; shift
    "$@" >/dev/null  # warm the file cache
    local start end
    start=$(date +%s%N)
    for _ in $(seq "$runs"); do "$@" >/dev/null; done
    end=$(date +%s%N)
    printf '%-58s %8.2f ms per run (%d runs)\n' "$label" "$(echo "($end - $start) / 1000000 / $runs" | bc -l)" "$runs"
}

synthetic=$(mktemp -d)
trap 'rm -rf "$synthetic"' EXIT
python3 - "$synthetic/synthetic.yaml" <<'PY'
import sys
lines = ["schema_version: 1", "id: synthetic", "name: Synthetic Payer", "lines_of_business: [commercial, medicare-advantage]",
         "last_verified: 2026-11-23", "sources: [https://example.com/synthetic]", "prior_authorization:"]
for i in range(5000):
    base = 10000 + i * 16
    codes = ", ".join(f'"{base + j * 4}-{base + j * 4 + 2}"' for j in range(4))
    lob = "commercial" if i % 2 else "medicare-advantage"
    lines += [f"  - category: Synthetic {i}", f"    codes: [{codes}]", "    requirement: required",
              f"    lines_of_business: [{lob}]", f"    source: https://example.com/rule/{i}"]
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
PY

time_it "payer auth medicare-ffs 64490 (shipped rules, fast path)" $bin auth medicare-ffs 64490 --date 2024-01-01 --setting hospital-outpatient
time_it "payer auth Original Medicare 64490 (alias: whole directory)" $bin auth "Original Medicare" 64490 --date 2024-01-01 --setting hospital-outpatient
time_it "payer lint (shipped rules)" $bin lint
time_it "payer auth synthetic 50000 (5,000 rules, 20,000 ranges)" $bin auth synthetic 50000 --rules "$synthetic"
echo "synthetic file: $(wc -c <"$synthetic/synthetic.yaml") bytes"
