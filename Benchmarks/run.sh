#!/usr/bin/env bash
# Builds PayerKit's `payer` and the benchmark package in release mode, then generates a large synthetic rule set in a
# temporary directory and measures load throughput (beside a bare libyaml scan and PyYAML's C loader), lookups, CLI
# wall time and memory. Prints a Markdown table. CI runs only a tiny smoke of it (.ci/run). See BENCHMARKS.md.
#
# Usage: bash Benchmarks/run.sh [payer-bench options]
#   --payers N --rules-per-payer N --codes-per-rule N   size of the synthetic set (default 200 x 500 x ~10)
#   --load-runs N (5)  --pyyaml-runs N (1)  --cli-runs N (30)  --queries N (200000)
#   --python PATH      interpreter with PyYAML built against libyaml (default: $PYTHON, else python3)
#   --keep DIR         write the synthetic set to DIR and keep it
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# SwiftPM keeps the build plan of a path dependency across builds, so a source file added to PayerKit since the
# last run would be missing from it; dropping the plan makes it re-scan.
rm -f "$root"/Benchmarks/.build/*/release/description.json
# `payer` is built as a product of the benchmark package's PayerKit dependency, so PayerKit is compiled in release
# once for both. On Linux it is linked as the README says to install it, with the Swift runtime and Foundation inside
# (--static-swift-stdlib): loading them as shared libraries costs about 6 ms on every start (BENCHMARKS.md).
static=()
[ "$(uname)" = Linux ] && static=(--static-swift-stdlib)
swift build -c release --package-path "$root/Benchmarks" --product payer "${static[@]}" >&2
swift build -c release --package-path "$root/Benchmarks" "${static[@]}" >&2
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(swift --version 2>&1 | head -1)"
echo "commit: $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet -- Sources || echo ' (with uncommitted Sources changes)')"
exec "$root/Benchmarks/.build/release/payer-bench" all \
    --payer-binary "$root/Benchmarks/.build/release/payer" --shipped-rules "$root/PayerRules" "$@"
