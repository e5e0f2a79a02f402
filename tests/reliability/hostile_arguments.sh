#!/usr/bin/env bash
# Every CLI command with hostile values in every option: empty, huge, control characters,
# other scripts, numbers out of range, SQL and shell text. Each must end with an exit code of
# the contract (0 to 3), never a signal or a hang. A refusal (1 to 3) must also say why on
# stderr, in one readable message (control characters escaped, long values shortened, no SQL),
# and leave the file as it was, byte for byte. Prints how many cases ran and failed.
#   tests/reliability/hostile_arguments.sh BUILD_DIR
set -uo pipefail
bin="$(cd "$1" && pwd)/bin"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/h.sqlite"
# Paths that must never be written through run inside the work folder: a link to a device (a
# bug would replace the link, not the device) and a climb out of a folder two levels down.
mkdir -p "$work/a/b"
cd "$work/a/b"
ln -s /dev/zero "$work/device-link"
cli() { timeout 20 "$bin/ninetouch-cli" --db "$db" --now 2026-03-04T10:00:00+01:00 "$@" >/dev/null 2>"$work/err"; }
# The file and its write-ahead log as they are between two commands.
state() { cat "$db" "$db-wal" 2>/dev/null | sha256sum; }
cli init
cli deal add --title T --org O --contact C --email c@o.example
before=$(stat -c %F /dev/zero)
cli meeting set 1 --at 2026-03-06T10:00
long=$(head -c 100000 /dev/zero | tr '\0' 'x')
values=("" " " "$long" $'\e[31mred\e[0m' $'a\nb' $'\t' "ü∂ƒ©" "𝔘𝔫𝔦𝔠𝔬𝔡𝔢" "'; DROP TABLE deals; --"
    '$(rm -rf /)' "-1" "0" "99999999999999999999" "1e308" "NaN" "2026-02-30T10:00"
    "9999-12-31T23:59" "0000-01-01T00:00" "--json" "%s%s%n" "../../etc/passwd"
    "$work/device-link")
commands=(
    "deal add --title @ --org O --contact C --email c@o.example"
    "deal add --title T --org @ --contact C --email c@o.example"
    "deal add --title T --org O --contact C --email @"
    "deal add --title T --org O --contact C --email c@o.example --value @"
    "deal add --title T --org O --contact C --email c@o.example --tz @"
    "deal add --title T --org O --contact C --email c@o.example --currency @"
    "deal update 1 --title @" "deal update 1 --value @" "deal update 1 --cycles @"
    "deal update 1 --stage @" "deal update 1 --language @" "deal update 1 --region @"
    "deal show @" "deal list --status @" "deal lost 1 --reason @"
    "meeting set 1 --at @" "meeting set 1 --at 2026-03-09T10:00 --tz @"
    "meeting set 1 --at 2026-03-09T10:00 --minutes @" "meeting missed 1 --tried @"
    "touch 1 @" "touch 1 note --note @" "touch 1 note --at @"
    "next --days @" "draft 1 @" "draft 1 recap --eml @" "ics 1 --method @" "ics 1 --out @"
    "import @" "export @" "backup @" "settings @ x" "settings rep.tz @" "settings holidays @"
    "settings work.hours @" "settings rep.email @" "settings cadence.cycles @")
ran=0
bad=0
for c in "${commands[@]}"; do
    for v in "${values[@]}"; do
        read -r -a words <<<"${c}"
        args=()
        for w in "${words[@]}"; do [ "$w" = "@" ] && args+=("$v") || args+=("$w"); done
        before_state=$(state)
        cli "${args[@]}"
        code=$?
        ran=$((ran + 1))
        case_name="${c} with a ${#v}-character value"
        if [ "$code" -gt 3 ]; then
            bad=$((bad + 1))
            echo "exit $code: $case_name" >&2
        elif [ "$code" -gt 0 ]; then
            why=""
            if [ ! -s "$work/err" ]; then
                why="no message"
            elif LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f]' "$work/err"; then
                why="a raw control character in the message"
            elif [ "$(wc -L <"$work/err")" -gt 1000 ]; then
                why="a message line over 1,000 characters"
            elif grep -qiE "sqlite|syntax error|no such (table|column)|constraint failed" "$work/err"; then
                why="SQL in the message"
            elif [ "$(state)" != "$before_state" ]; then
                why="the file changed"
            fi
            if [ -n "$why" ]; then
                bad=$((bad + 1))
                echo "exit $code, $why: $case_name: $(head -c 300 "$work/err")" >&2
            fi
        fi
    done
done
"$bin/ninetouch-cli" --db "$db" deal list >/dev/null 2>&1 || { echo "the file no longer opens" >&2; bad=$((bad + 1)); }
[ -L "$work/device-link" ] && [ "$(stat -c %F /dev/zero)" = "$before" ] ||
    { echo "a device or a link to one was written over" >&2; bad=$((bad + 1)); }
echo "hostile arguments: $ran cases, $bad failed (outside the exit codes 0-3, a refusal without a clear message, or a refusal that wrote)"
[ "$bad" -eq 0 ]
