#!/usr/bin/env bash
# A first run as a new rep has it, under a real X server (Xvfb) with real keyboard events
# (xdotool): an empty database, the welcome page, a first deal, a meeting, the recap composed
# and marked as sent. Checked through ninetouch-cli on the same file; screenshots of each step
# are left in the work folder for a person to look at.
#   tests/gui/first_run.sh BIN_DIR WORK_DIR
set -euo pipefail
bin="$1"
work="$2"
rm -rf "$work"
mkdir -p "$work/home"
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
export XDG_RUNTIME_DIR="$work/runtime" && mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM
db="$work/rep.sqlite"
now="2026-03-02T09:00:00+01:00"
cli() { "$bin/ninetouch-cli" --db "$db" --now "$now" "$@"; }

# Xvfb picks a free display itself and writes its number once it accepts connections
# (-displayfd), so neither a display taken by another server nor a slow start on a busy
# machine starts the app before its X server is there.
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb=$!
app=""
cleanup() {
    [ -n "$app" ] && kill "$app" 2>/dev/null || true
    kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 600); do
    grep -q '^[0-9]' "$work/display" 2>/dev/null && break
    kill -0 "$xvfb" 2>/dev/null || break
    sleep 0.1
done
if ! grep -q '^[0-9]' "$work/display" 2>/dev/null; then
    echo "FAIL: Xvfb did not start" >&2
    tail -n 20 "$work/xvfb.log" >&2
    exit 1
fi
export DISPLAY=":$(head -n 1 "$work/display")"

shot() {
    if command -v xwdtopnm >/dev/null; then
        xwd -root -out "$work/$1.xwd" && xwdtopnm "$work/$1.xwd" 2>/dev/null | pnmtopng >"$work/$1.png" 2>/dev/null
        rm -f "$work/$1.xwd"
    fi
}
fail() {
    echo "FAIL: $*" >&2
    if [ -s "$work/app.log" ]; then
        echo "--- the app printed:" >&2
        tail -n 30 "$work/app.log" >&2
    fi
    shot failure
    exit 1
}
# The window named $1, focused; there is no window manager, so focus is given explicitly.
focus() {
    local w=""
    for _ in $(seq 300); do
        if [ -n "$app" ] && ! kill -0 "$app" 2>/dev/null; then
            fail "the app ended while its window \"$1\" was awaited"
        fi
        # By the name the window shows (_NET_WM_NAME, as getwindowname reads it).
        for candidate in $(xdotool search --class ninetouch 2>/dev/null); do
            if xdotool getwindowname "$candidate" 2>/dev/null | grep -Eq "$1" &&
                xwininfo -id "$candidate" 2>/dev/null | grep -q "IsViewable"; then
                w=$candidate
                break 2
            fi
        done
        sleep 0.1
    done
    [ -n "$w" ] || fail "no window named $1"
    xdotool windowfocus --sync "$w"
    sleep 0.3
    echo "$w"
}

cli init >/dev/null
"$bin/ninetouch" --db "$db" --now "$now" >"$work/app.log" 2>&1 &
app=$!

# The welcome page: name and email, then Enter creates the first deal.
main=$(focus 'NineTouch')
shot 1-welcome
xdotool type --delay 10 "Alex Morgan"
xdotool key Tab
xdotool type --delay 10 "alex@ninetouch.example"
xdotool key Return

focus 'New deal' >/dev/null
xdotool type --delay 10 "Fleet tracking – Acme"
xdotool key alt+o && xdotool type --delay 10 "Acme GmbH"
xdotool key alt+n && xdotool type --delay 10 "Jana Roe"
xdotool key alt+e && xdotool type --delay 10 "jana@acme.example"
xdotool key alt+u && xdotool type --delay 10 "Fleet tracking cuts failed deliveries by a quarter."
shot 2-new-deal
xdotool key alt+o Return
sleep 1
[ "$(cli --json deal list | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')" = 1 ] ||
    fail "the first deal was not created"
[ "$(cli settings rep.email)" = "rep.email = alex@ninetouch.example" ] || fail "the email was not saved"
shot 3-board

# The next meeting, as agreed on the first call.
xdotool windowfocus --sync "$main"
xdotool key ctrl+m
focus 'meeting' >/dev/null
xdotool key alt+a && xdotool type --delay 10 "Pricing and rollout plan"
shot 4-meeting
xdotool key Return
sleep 1
cli --json deal show 1 | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert d["next_meeting"] and d["next_meeting"]["agenda"] == "Pricing and rollout plan", d["next_meeting"]
assert d["cadence"]["next_step"]["kind"] == "recap", d["cadence"]["next_step"]' || fail "no meeting set"

# The recap: the composer opens on it, ready; Alt+S marks it as sent.
xdotool windowfocus --sync "$main"
xdotool key ctrl+e
focus 'Compose' >/dev/null
shot 5-composer
xdotool key alt+s
sleep 1
cli --json deal show 1 | python3 -c '
import json, sys
d = json.load(sys.stdin)
kinds = [t["kind"] for t in d["timeline"]]
assert "recap" in kinds, kinds
recap = [t for t in d["timeline"] if t["kind"] == "recap"][0]
assert "Hi Jana" in recap["text"] and "Alex Morgan" in recap["text"], recap["text"]' || fail "the recap was not recorded"
shot 6-sent
echo "first run: welcome, first deal, meeting, recap sent"
