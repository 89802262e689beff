#!/bin/sh
# Installs the Debian/Ubuntu packages that building, testing and packaging meeting-tui need.
# As root it installs whatever is missing with apt-get; otherwise it prints the command to run
# and fails if anything is missing. The Swift toolchain itself does not come from apt: it is
# only checked for.
set -eu

# libcurl and ncursesw headers for the build, tmux for the end-to-end tests, binutils for
# strip, dpkg-dev (dpkg-shlibdeps, dpkg-gencontrol) and lintian for the .deb, git for the
# commit id embedded in the binary. With --bench, also the benchmarks' anchors (curl, htop, tig)
# and GNU time, which measures their memory.
packages="libcurl4-openssl-dev libncurses-dev pkg-config tmux binutils dpkg-dev lintian git make"
if [ "${1:-}" = "--bench" ]; then
    packages="$packages curl htop tig time"
fi

missing=""
for package in $packages; do
    if ! dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q '^install ok installed$'; then
        missing="$missing $package"
    fi
done

if ! command -v swift >/dev/null 2>&1; then
    echo "setup: no 'swift' on PATH: install the Swift 6 toolchain from swift.org first" >&2
    exit 1
fi

if [ -z "$missing" ]; then
    echo "setup: all build packages are installed"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    echo "setup: installing$missing"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
else
    echo "setup: missing packages:$missing" >&2
    echo "setup: run as root:  apt-get install -y$missing" >&2
    exit 1
fi
