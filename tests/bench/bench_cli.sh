#!/usr/bin/env bash
# The CLI's reading commands at several pipeline sizes, whole process, beside the floor measured
# in the same run (the same binary printing its version: process start, Qt Core, nothing read).
# Medians and peak memory; a benchmark, not a test. Demo files are kept in CACHE (default
# /tmp/ninetouch-bench; a 100,000-deal demo takes minutes to write) and remade when the
# schema changed.
#   tests/bench/bench_cli.sh BUILD_DIR [RUNS] [SIZES...]     (default: 5 runs, 1000 10000)
set -euo pipefail
bin="${1:?build dir}/bin"
runs="${2:-5}"
shift $(( $# >= 2 ? 2 : $# ))
sizes=("${@:-1000 10000}")
read -r -a sizes <<<"${sizes[*]}"
cache="${CACHE:-/tmp/ninetouch-bench}"
mkdir -p "$cache"
now="2026-03-04T10:00:00+01:00"
cli="$bin/ninetouch-cli"
measure() { # prints "seconds maxrss_kib"
    /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
run() { # label, command...: the median time and the peak memory of RUNS runs
    local label="$1"; shift
    local times=() mem=0 t m
    for _ in $(seq "$runs"); do
        read -r t m < <(measure "$@"); times+=("$t"); mem=$m
    done
    printf '  %-26s %6s s  %4d MiB\n' "$label" "$(printf '%s\n' "${times[@]}" | median)" \
        $((mem / 1024))
}
for n in "${sizes[@]}"; do
    db="$cache/demo-$n.sqlite"
    if ! "$cli" --db "$db" check >/dev/null 2>&1; then
        rm -f "$db" "$db-wal" "$db-shm"
        "$cli" --db "$db" init >/dev/null
        "$cli" --db "$db" settings rep.tz Europe/Berlin >/dev/null
        "$cli" --db "$db" --now "$now" demo --deals "$n" --seed 7 >/dev/null
    fi
    echo "$n deals (median of $runs; $(du -m "$db" | cut -f1) MiB file):"
    run "floor (--version)" "$cli" --version
    run "next --days 7" "$cli" --db "$db" --now "$now" next --days 7
    run "next --days 7 --json" "$cli" --db "$db" --now "$now" --json next --days 7
    run "report" "$cli" --db "$db" --now "$now" report
    run "deal list" "$cli" --db "$db" --now "$now" deal list
    echo "  steps listed by next --days 7: $("$cli" --db "$db" --now "$now" next --days 7 | wc -l)"
done
