#!/usr/bin/env bash
# The CLI's reading commands at several pipeline sizes, whole process, beside the floor measured
# in the same run (the same binary printing its version: process start, Qt Core, nothing read).
# Medians and peak memory; a benchmark, not a test. Demo files: see bench_common.sh.
#   tests/bench/bench_cli.sh BUILD_DIR [RUNS] [SIZES...]     (default: 5 runs, 1000 10000)
set -euo pipefail
bin="${1:?build dir}/bin"
runs="${2:-5}"
shift $(( $# >= 2 ? 2 : $# ))
sizes=("${@:-1000 10000}")
read -r -a sizes <<<"${sizes[*]}"
now="2026-03-04T10:00:00+01:00"
# shellcheck source=tests/bench/bench_common.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench_common.sh"
for n in "${sizes[@]}"; do
    db="$(demo "$n")"
    echo "$n deals (median of $runs; $(du -m "$db" | cut -f1) MiB file):"
    run "floor (--version)" "$cli" --version
    run "next --days 7" "$cli" --db "$db" --now "$now" next --days 7
    run "next --days 7 --json" "$cli" --db "$db" --now "$now" --json next --days 7
    run "report" "$cli" --db "$db" --now "$now" report
    run "deal list" "$cli" --db "$db" --now "$now" deal list
    echo "  steps listed by next --days 7: $("$cli" --db "$db" --now "$now" next --days 7 | wc -l)"
done
