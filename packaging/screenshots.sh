#!/usr/bin/env bash
# Renders the README's pictures with the app itself, at 1366x768 (a rep's laptop), from a fresh
# demo pipeline and an empty database.
#   packaging/screenshots.sh [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${1:-$root/build}/bin"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
db="$work/demo.sqlite"
now="2026-03-04T11:00:00+01:00"
size="1366x768"
cli() { "$bin/ninetouch-cli" --db "$db" --now "$now" "$@"; }
cli init >/dev/null
cli settings rep.tz Europe/Berlin >/dev/null
cli demo --deals 400 --seed 7 >/dev/null
# A deal in its third cycle, silent, its last call ahead: the timeline shows a whole pursuit.
deal=$(cli --json deal list --status open | python3 -c '
import json, sys
deals = json.load(sys.stdin)
print(next(d["id"] for d in deals if d["cadence"]["state"] == "silent" and d["cadence"]["cycle"] == 3
           and d["next_meeting"] is not None))')
# An email due now, for a German contact when there is one: the composer as the prospect reads.
email=$(cli --json next | python3 -c '
import json, sys
steps = json.load(sys.stdin)
deals = {d["id"]: d for d in json.load(open(sys.argv[1]))}
due = [s for s in steps if s["kind"] in ("reminder", "missed-call", "breakup", "recap")
       and s["urgency"] in ("due", "overdue")]
due.sort(key=lambda s: deals[s["deal"]]["contact"]["language"] != "de")
print("%d:%s" % (due[0]["deal"], due[0]["kind"]))' <(cli --json deal list))
out="$root/packaging/screenshots"
shoot() { "$bin/ninetouch" --db "$1" --now "$now" --size "$size" --screenshot "$out/$2.png" --view "$3" "${@:4}"; }
shoot "$db" board board
shoot "$db" deal-de "deal:$deal" --language de
shoot "$db" deal "deal:$deal"
shoot "$db" queue queue
shoot "$db" composer "composer:$email"
"$bin/ninetouch-cli" --db "$work/new.sqlite" init >/dev/null
shoot "$work/new.sqlite" welcome welcome
# A rep arriving from Pipedrive: the import dialog over its deals export.
shoot "$work/new.sqlite" import "import:$root/tests/data/import/pipedrive-deals.csv"
echo "Rendered board, deal $deal (also in German), queue, composer $email, the welcome page and" \
    "the import dialog into $out"
