#!/usr/bin/env bash
# Builds the PayerKit fuzzer (libFuzzer + AddressSanitizer) and runs it for SECONDS seconds, in one process.
# Seeds: PayerRules/*.yaml, every YAML literal in the tests, and Fuzz/Regressions/* (add crash inputs there). New corpus entries go to
# Fuzz/.corpus, crash/timeout/oom reproducers to Fuzz/.artifacts (both git-ignored). Extra arguments go to libFuzzer.
# Usage: Fuzz/run.sh SECONDS [libFuzzer flags...]
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:?usage: Fuzz/run.sh SECONDS [libFuzzer flags...]}
shift
# Release by default (optimized code runs more inputs per second; overflow and bounds checks stay on);
# FUZZ_CONFIGURATION=debug builds -Onone.
config=${FUZZ_CONFIGURATION:-release}
flags=(-c "$config" --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -enable-testing)
# SwiftPM keeps the build plan of a path dependency until the manifest changes, so a source file added to PayerKit
# would be missing from the fuzzer's build; touching the manifest makes it plan again.
touch Package.swift
swift build "${flags[@]}"
bin="$(swift build "${flags[@]}" --show-bin-path)/PayerKitFuzzer"

mkdir -p .corpus .seeds .artifacts
cp ../PayerRules/*.yaml .seeds/
[ -d Regressions ] && cp Regressions/* .seeds/ 2>/dev/null || true
# Each """ … """ literal in the tests becomes one seed (interpolations stay as written; the fuzzer mutates them anyway).
find ../Tests -name '*.swift' -print0 | xargs -0 awk '
    /"""$/ && !inside { inside = 1; n++; file = sprintf(".seeds/test-literal-%04d.yaml", n); next }
    /^[[:space:]]*"""/ && inside { inside = 0; close(file); next }
    inside { sub(/^        /, ""); print > file }'

exec "$bin" .corpus .seeds \
    -max_total_time="$seconds" -print_final_stats=1 -dict=yaml.dict -max_len=32768 \
    -timeout=10 -rss_limit_mb=2048 -artifact_prefix=.artifacts/ "$@"
