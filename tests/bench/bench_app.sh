#!/usr/bin/env bash
# The app at several pipeline sizes, beside the floor measured in the same run. Whole process:
# start to a rendered board (`ninetouch --screenshot` at 1366x768) against the floor (a Qt
# Widgets hello world that also reads SQLite's own board-style aggregate of the same file,
# bench_hello), with the peak memory of each. In process (bench_app, on a copy of the file, as
# it writes): a search keystroke and a drop, each persisted and repainted. Medians; a
# benchmark, not a test. Demo files are shared with bench_cli.sh in CACHE (default
# /tmp/ninetouch-bench, see bench_common.sh).
#   tests/bench/bench_app.sh BUILD_DIR [RUNS] [SIZES...]     (default: 5 runs, 1000 10000)
set -euo pipefail
bin="${1:?build dir}/bin"
runs="${2:-5}"
shift $(( $# >= 2 ? 2 : $# ))
sizes=("${@:-1000 10000}")
read -r -a sizes <<<"${sizes[*]}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
now="2026-03-04T10:00:00+01:00"
# shellcheck source=tests/bench/bench_common.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench_common.sh"
for n in "${sizes[@]}"; do
    db="$(demo "$n")"
    echo "$n deals (median of $runs; $(du -m "$db" | cut -f1) MiB file):"
    run "floor (hello world + aggregate)" "$bin/bench_hello" "$work/hello.png" "$db"
    run "start to a rendered board" "$bin/ninetouch" --db "$db" --now "$now" \
        --screenshot "$work/board.png" --size 1366x768
    cp "$db" "$work/copy.sqlite"
    "$bin/bench_app" --db "$work/copy.sqlite" --now "$now" --runs 9 | grep -v "deals on the board"
    rm -f "$work"/copy.sqlite*
done
