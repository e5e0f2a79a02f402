#!/usr/bin/env bash
# Start-up to a rendered board with a 10,000-deal demo, whole process, against the Qt
# hello-world floor in the same run; peak memory of each. Prints figures; a benchmark, not a test.
#   tests/bench/bench_startup.sh BUILD_DIR [RUNS]
set -euo pipefail
bin="${1:?build dir}/bin"
runs="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
now="2026-03-04T10:00:00+01:00"
"$bin/ninetouch-cli" --db "$work/big.sqlite" init >/dev/null
"$bin/ninetouch-cli" --db "$work/big.sqlite" settings rep.tz Europe/Berlin >/dev/null
"$bin/ninetouch-cli" --db "$work/big.sqlite" --now "$now" demo --deals 10000 --seed 7 >/dev/null
measure() { # prints "seconds maxrss_kib"
    /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
hello=(); app=(); hello_mem=0; app_mem=0
for _ in $(seq "$runs"); do
    read -r t m < <(measure "$bin/bench_hello" "$work/hello.png"); hello+=("$t"); hello_mem=$m
    read -r t m < <(measure "$bin/ninetouch" --db "$work/big.sqlite" --now "$now" --screenshot "$work/board.png"); app+=("$t"); app_mem=$m
done
h=$(printf '%s\n' "${hello[@]}" | median)
a=$(printf '%s\n' "${app[@]}" | median)
echo "start-up to a rendered board, 10,000 deals (median of $runs):"
echo "  Qt hello world floor: ${h} s, peak memory $((hello_mem / 1024)) MiB"
echo "  ninetouch:            ${a} s, peak memory $((app_mem / 1024)) MiB   target < 0.5 s, < 150 MiB"
echo "  NineTouch's own cost: $(echo "$a - $h" | bc) s"
