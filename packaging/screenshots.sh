#!/usr/bin/env bash
# Renders the README's pictures with the app itself, from a fresh demo pipeline.
#   packaging/screenshots.sh [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${1:-$root/build}/bin"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/demo.sqlite"
now="2026-03-04T10:00:00+01:00"
"$bin/ninetouch-cli" --db "$db" init >/dev/null
"$bin/ninetouch-cli" --db "$db" settings rep.tz Europe/Berlin >/dev/null
"$bin/ninetouch-cli" --db "$db" --now "$now" demo --deals 400 --seed 7 >/dev/null
# A deal in its third cycle, silent, its last call ahead: the timeline shows a whole pursuit.
deal=$("$bin/ninetouch-cli" --db "$db" --now "$now" --json deal list --status open | python3 -c '
import json, sys
deals = json.load(sys.stdin)
print(next(d["id"] for d in deals if d["cadence"]["state"] == "silent" and d["cadence"]["cycle"] == 3
           and d["next_meeting"] is not None))')
out="$root/packaging/screenshots"
"$bin/ninetouch" --db "$db" --now "$now" --screenshot "$out/board.png" --view board
"$bin/ninetouch" --db "$db" --now "$now" --screenshot "$out/deal.png" --view "deal:$deal"
"$bin/ninetouch" --db "$db" --now "$now" --screenshot "$out/queue.png" --view queue
"$bin/ninetouch" --db "$db" --now "$now" --screenshot "$out/composer.png" --view "composer:$deal:missed-call"
echo "Rendered board, deal $deal, queue and composer into $out"
