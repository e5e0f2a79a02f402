#!/usr/bin/env bash
# Many CLI writers on one file at once, as scripts and the app share it: prints how many writes
# were made, how many failed (a "locked" answer counts as a failure) and whether every one is
# in the file afterwards.
#   tests/reliability/concurrent_writes.sh BUILD_DIR [WRITERS] [WRITES_EACH]
set -euo pipefail
bin="$(cd "$1" && pwd)/bin"
writers="${2:-8}"
each="${3:-150}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/shared.sqlite"
"$bin/ninetouch-cli" --db "$db" init >/dev/null
"$bin/ninetouch-cli" --db "$db" deal add --title Shared --org Acme --contact Jana \
    --email jana@acme.example >/dev/null
start=$(date +%s.%N)
for w in $(seq "$writers"); do
    (
        for i in $(seq "$each"); do
            "$bin/ninetouch-cli" --db "$db" touch 1 note --note "w$w-$i" >/dev/null 2>>"$work/errors.$w" ||
                echo "w$w-$i" >>"$work/failed.$w"
        done
    ) &
done
wait
end=$(date +%s.%N)
failed=$(cat "$work"/failed.* 2>/dev/null | wc -l || true)
locked=$( (grep -ci locked "$work"/errors.* 2>/dev/null || true) | awk -F: '{s+=$NF} END {print s+0}')
found=$("$bin/ninetouch-cli" --db "$db" --json deal show 1 |
    python3 -c 'import json,sys; print(sum(1 for t in json.load(sys.stdin)["timeline"] if t["kind"] == "note"))')
total=$((writers * each))
echo "concurrent writes: $total by $writers writers in $(echo "$end - $start" | bc) s;" \
    "failed $failed (locked: $locked); in the file: $found"
[ "$failed" -eq 0 ] && [ "$found" -eq "$total" ]
