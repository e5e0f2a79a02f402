#!/usr/bin/env bash
# One entry point for a fresh Debian 12 / Ubuntu 24.04 machine:
#   packaging/dev.sh demo   install what is missing, build, open the app on a demo pipeline
#   packaging/dev.sh test   install what is missing, build, run every test through CTest
#   packaging/dev.sh checks CI's longer checks after the suite: the Debian package built,
#                           installed, tried and removed; the same tests built with ASan and
#                           UBSan; every fuzz target for a bounded time (NINETOUCH_FUZZ_SECONDS,
#                           default 60). .ci/run runs test, then checks.
#   packaging/dev.sh sanitize | fuzz [SECONDS]   one of those alone
#   packaging/dev.sh deb    build the Debian package (build/ninetouch_VERSION_ARCH.deb)
#   packaging/dev.sh deb-check   build it, then install it with apt, try it as a rep would,
#                           validate its desktop file, metadata and policy (lintian), remove it
# The build tree is kept in build/ so a second run only rebuilds what changed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# ccache reuses what any clone of the project compiled: paths below the tree are made
# relative, and the build folder is not part of the key (only debug info would name it).
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
build="${NINETOUCH_BUILD_DIR:-$root/build}"

# Debian package names; the same names exist on Ubuntu 24.04.
packages=(
    build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    libical-dev libicu-dev libsqlite3-dev libexttextcat-dev libhunspell-dev
    hunspell-en-us hunspell-en-gb hunspell-de-de
    tzdata fonts-dejavu-core xvfb xauth bc python3
    xdotool x11-utils x11-apps netpbm
    qt6-translations-l10n dpkg-dev fakeroot file lintian desktop-file-utils appstream
    libcurl4-openssl-dev libgmime-3.0-dev qtkeychain-qt6-dev
    dovecot-imapd python3-aiosmtpd python3-oauthlib openssl
    postgresql libqt6sql6-psql libpq-dev
    clang libclang-rt-14-dev
)

install_packages() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
    # Dovecot is here only for the mail tests, which start their own on loopback: the system
    # service its package starts is stopped again, so no IMAP server stays open on this machine.
    if [[ " ${missing[*]} " == *" dovecot-imapd "* ]] && command -v systemctl >/dev/null &&
        systemctl is-active --quiet dovecot 2>/dev/null; then
        echo "Stopping and disabling the system's Dovecot service (the tests run their own)."
        $sudo systemctl disable --now dovecot >/dev/null 2>&1 || true
    fi
    # The same for PostgreSQL (15 on Debian 12, 16 on Ubuntu 24.04): the tests start their own
    # server in a temporary folder; the cluster the package makes and starts (main, port 5432)
    # is stopped and not started again at boot.
    if [[ " ${missing[*]} " == *" postgresql "* ]]; then
        if command -v systemctl >/dev/null && systemctl is-active --quiet postgresql 2>/dev/null; then
            echo "Stopping and disabling the system's PostgreSQL service (the tests run their own)."
            $sudo systemctl disable --now postgresql >/dev/null 2>&1 || true
        elif command -v pg_ctlcluster >/dev/null; then
            for cluster in /etc/postgresql/*/main; do
                [ -d "$cluster" ] && $sudo pg_ctlcluster "$(basename "$(dirname "$cluster")")" main stop \
                    >/dev/null 2>&1 || true
            done
        fi
    fi
}

configure_and_build() {
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    if [ ! -f "$build/CMakeCache.txt" ]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}"
    fi
    cmake --build "$build" -j"$(nproc)"
}

# Every test again, in a build with AddressSanitizer and UndefinedBehaviorSanitizer.
sanitize() {
    local dir="${NINETOUCH_ASAN_BUILD_DIR:-$root/build-asan}"
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    if [ ! -f "$dir/CMakeCache.txt" ]; then
        cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DNINETOUCH_SANITIZE=ON \
            "${launcher[@]}"
    fi
    cmake --build "$dir" -j"$(nproc)"
    cd "$dir"
    QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --output-on-failure -j"$(nproc)" --timeout 900
    cd "$root"
}

# Each libFuzzer target (clang, ASan, UBSan) from its seed corpus for a bounded time. A crash
# stops here with the input saved: keep it in tests/fuzz/regressions/TARGET/ and fix it.
fuzz() {
    local seconds="${1:-${NINETOUCH_FUZZ_SECONDS:-60}}"
    local dir="${NINETOUCH_FUZZ_BUILD_DIR:-$root/build-fuzz}"
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    if [ ! -f "$dir/CMakeCache.txt" ]; then
        CC=clang CXX=clang++ cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DNINETOUCH_FUZZ=ON -DNINETOUCH_SANITIZE=ON -DBUILD_TESTING=OFF "${launcher[@]}"
    fi
    local targets=(csv import template parsers mail)
    cmake --build "$dir" -j"$(nproc)" --target "${targets[@]/#/fuzz_}"
    local work
    work="$(mktemp -d "${TMPDIR:-/tmp}/ninetouch-fuzz.XXXXXX")"
    for t in "${targets[@]}"; do
        mkdir -p "$work/$t"
        local extra_seeds=()
        # The mail parser also starts from the test corpus of real bounces and replies.
        [ "$t" = mail ] && extra_seeds=("$root"/tests/data/mail/{bounces,not-failures,automatic,autoreplies,replies})
        echo "fuzz_$t: ${seconds}s from tests/fuzz/corpus/$t"
        QT_QPA_PLATFORM=offscreen "$dir/bin/fuzz_$t" -max_total_time="$seconds" -rss_limit_mb=3072 \
            -artifact_prefix="$work/crash-$t-" -print_final_stats=1 \
            "$work/$t" "$root/tests/fuzz/corpus/$t" "${extra_seeds[@]}" 2>"$work/$t.log" ||
            { tail -40 "$work/$t.log"; echo "fuzz_$t found a crash: $work" >&2; exit 1; }
        grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$work/$t.log" | sed "s/^/  /"
    done
    rm -rf "$work"
}

# The package from the build tree; dpkg-shlibdeps works out the libraries it needs.
deb() {
    configure_and_build
    rm -f "$build"/ninetouch_*.deb
    (cd "$build" && cpack -G DEB >/dev/null)
    ls "$build"/ninetouch_*.deb
}

# Installs the package as a rep would (apt, with its dependencies), tries both programs in a
# scratch home, checks what desktops and software centres read, then removes it again.
deb_check() {
    local package sudo=""
    package="$(deb | tail -1)"
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    if dpkg-query -W -f='${Status}' ninetouch 2>/dev/null | grep -q "install ok installed"; then
        echo "ninetouch is installed already: not touching it; remove it to try the package." >&2
        exit 1
    fi
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$package" >/dev/null
    local home
    home="$(mktemp -d "${TMPDIR:-/tmp}/ninetouch-deb.XXXXXX")"
    # Removed again whatever happens next: a failing step (set -e) leaves through EXIT, not RETURN.
    trap "DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq ninetouch >/dev/null; rm -rf '$home'; trap - EXIT RETURN" EXIT RETURN
    echo "Installed: $(/usr/bin/ninetouch --version | tail -1); $(/usr/bin/ninetouch-cli --version | tail -1)"
    (
        export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" LANG=C.UTF-8
        cli=/usr/bin/ninetouch-cli
        $cli init >/dev/null
        $cli settings rep.email rep@example.com >/dev/null
        $cli settings rep.name "Sam Rep" >/dev/null
        $cli --now 2026-12-01T09:00:00+01:00 deal add --title "Scanners" --org Rheinwerk \
            --contact "Jana Müller" --email jana@rheinwerk.example --tz Europe/Berlin >/dev/null
        $cli --now 2026-12-01T09:05:00+01:00 meeting set 1 --at 2026-12-03T10:00 \
            --agenda "the pilot plan" >/dev/null
        $cli --now 2026-12-01T09:10:00+01:00 draft 1 recap --eml "$home/recap.eml" --sent >/dev/null
        $cli --now 2026-12-01T09:10:00+01:00 --json next --days 3 | grep -q '"reminder"'
        grep -q "text/calendar; charset=UTF-8; method=REQUEST" "$home/recap.eml"
        /usr/bin/ninetouch --screenshot "$home/board.png" >/dev/null
        [ -s "$home/board.png" ]
        echo "A pursuit with the installed programs: deal, meeting, recap sent, the board drawn."
    )
    desktop-file-validate /usr/share/applications/io.github.ninetouch.NineTouch.desktop
    appstreamcli validate --no-net --explain /usr/share/metainfo/io.github.ninetouch.NineTouch.metainfo.xml
    [ -f /usr/share/man/man1/ninetouch.1.gz ] && [ -f /usr/share/man/man1/ninetouch-cli.1.gz ]
    lintian --allow-root --fail-on error,warning "$package"
    echo "lintian: no errors or warnings in $(basename "$package")"
}

case "${1:-}" in
demo)
    install_packages
    configure_and_build
    # A fresh demo database in a temporary folder each time: a rep's real database is never
    # touched, and a demo still open elsewhere is left alone.
    demo_dir="$(mktemp -d "${TMPDIR:-/tmp}/ninetouch-demo.XXXXXX")"
    demo_db="$demo_dir/demo.sqlite"
    "$build/bin/ninetouch-cli" --db "$demo_db" init >/dev/null
    tz="$(timedatectl show -p Timezone --value 2>/dev/null || cat /etc/timezone 2>/dev/null || echo Europe/Berlin)"
    "$build/bin/ninetouch-cli" --db "$demo_db" settings rep.tz "$tz" >/dev/null 2>&1 || true
    "$build/bin/ninetouch-cli" --db "$demo_db" demo --deals 400 --seed 7
    echo "Demo pipeline: $demo_db"
    exec "$build/bin/ninetouch" --db "$demo_db"
    ;;
test)
    install_packages
    configure_and_build
    cd "$build"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)"
    ;;
checks)
    install_packages
    deb_check
    sanitize
    fuzz
    ;;
deb)
    install_packages
    deb
    ;;
deb-check)
    install_packages
    deb_check
    ;;
sanitize)
    install_packages
    sanitize
    ;;
fuzz)
    install_packages
    fuzz "${2:-}"
    ;;
*)
    echo "usage: packaging/dev.sh demo|test|checks|deb|deb-check|sanitize|fuzz [SECONDS]" >&2
    exit 1
    ;;
esac
