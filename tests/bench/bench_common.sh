# Shared by the benchmark scripts (sourced): timing of a whole process, medians, and the demo
# files they read, kept in CACHE (default /tmp/ninetouch-bench) and remade when they no longer
# check (a 100,000-deal demo takes minutes to write). Needs $bin, $runs and $now.
cache="${CACHE:-/tmp/ninetouch-bench}"
mkdir -p "$cache"
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
    printf '  %-34s %6s s  %4d MiB\n' "$label" "$(printf '%s\n' "${times[@]}" | median)" \
        $((mem / 1024))
}
demo() { # N: the path of an N-deal demo, made when missing or when it no longer checks
    local db="$cache/demo-$1.sqlite"
    # `check --repair` also brings an older file's schema and summaries current.
    if ! "$cli" --db "$db" check --repair >/dev/null 2>&1; then
        rm -f "$db" "$db-wal" "$db-shm"
        "$cli" --db "$db" init >/dev/null
        "$cli" --db "$db" settings rep.tz Europe/Berlin >/dev/null
        "$cli" --db "$db" --now "$now" demo --deals "$1" --seed 7 >/dev/null
    fi
    echo "$db"
}
