#!/bin/bash
# Checks the release artefacts the way a server would meet them:
#   - the binary links no Swift runtime or Foundation library (ldd), and nothing is missing;
#   - the stripped binary is at most 20 MiB and holds no ICU; the .deb is at most 8 MiB;
#   - the code a console runs from start to idle is laid out together (packaging/function-order.txt,
#     and the functions without a symbol in one block: packaging/unnamed-functions.ld);
#   - copied out of the tree, it runs --version and --help with an empty LD_LIBRARY_PATH
#     and a bare environment, and also with the Swift toolchain hidden (root only);
#   - the .deb passes lintian without errors, holds the binary, man page and completions,
#     declares libcurl and ncursesw in Depends, and runs from a `dpkg -x` scratch root;
#   - make install / make uninstall with DESTDIR put files in place and take them away.
# Builds the release first (slow the first time). Ends with "N passed, N failed".
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
dist=$root/dist
scratch=$(mktemp -d "${TMPDIR:-/tmp}/meeting-tui-check.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok - $1"; }
fail() { failed=$((failed + 1)); echo "not ok - $1"; [ $# -lt 2 ] || printf '%s\n' "$2" | sed 's/^/    /'; }
check() { # check DESCRIPTION COMMAND...: passes when the command succeeds
    local description=$1 output
    shift
    if output=$("$@" 2>&1); then pass "$description"; else fail "$description" "$output"; fi
}

version=$("$root/scripts/buildinfo.sh" version)
commit=$("$root/scripts/buildinfo.sh" commit)
expected_version="meeting-tui $version (commit $commit)"

echo "# building the release (make release, make deb)"
make -C "$root" --no-print-directory release >"$scratch/build.log" 2>&1 \
    || { tail -40 "$scratch/build.log"; echo "0 passed, 1 failed"; exit 1; }
deb=$(make -C "$root" --no-print-directory -s deb 2>"$scratch/deb.log" | tail -1)
[ -f "$deb" ] || { cat "$scratch/deb.log"; echo "0 passed, 1 failed"; exit 1; }

# Runs a binary from a directory outside the tree with nothing but a minimal environment.
run_clean() { # run_clean BINARY ARGS...
    local binary=$1
    shift
    (cd "$scratch" && env -i PATH=/usr/bin:/bin HOME="$scratch" LANG=C.UTF-8 LD_LIBRARY_PATH= \
        "$binary" "$@")
}
expect_version() { # expect_version BINARY: --version prints the version and the commit
    local output
    output=$(run_clean "$1" --version 2>&1) && [ "$output" = "$expected_version" ] \
        || { echo "expected '$expected_version', got: $output"; return 1; }
}
expect_help() { # expect_help BINARY: --help exits 0 and shows the usage
    local output
    output=$(run_clean "$1" --help 2>&1) && grep -q '^USAGE: meeting-tui' <<<"$output" \
        || { echo "$output"; return 1; }
}

# --- the single binary -------------------------------------------------------------------
cp "$dist/meeting-tui" "$scratch/meeting-tui"
libraries=$(ldd "$scratch/meeting-tui" 2>&1)
check "ldd lists no Swift runtime or Foundation library" \
    bash -c '! grep -E "lib(swift|Foundation|_Foundation|dispatch|BlocksRuntime)" <<<"$1"' _ "$libraries"
check "ldd finds every shared library" bash -c '! grep "not found" <<<"$1"' _ "$libraries"
check "ldd shows libcurl and ncursesw as shared system libraries" \
    bash -c 'grep -q "libcurl\.so" <<<"$1" && grep -q "libncursesw\.so" <<<"$1"' _ "$libraries"
check "the binary has no RPATH/RUNPATH" bash -c '! readelf -d "$1" | grep -E "R(UN)?PATH"' _ "$scratch/meeting-tui"
# Servers get a lean binary: the static Swift runtime and FoundationEssentials, no ICU (issue 13).
size_limit=$((20 * 1024 * 1024))
binary_size=$(stat -c %s "$scratch/meeting-tui")
check "the stripped binary is at most 20 MiB ($((binary_size / 1024)) KiB)" test "$binary_size" -le "$size_limit"
check "the binary holds no ICU data table or ICU code" \
    bash -c '! grep -aqE "icudt[0-9]+_dat|ubrk_open|ucol_open" "$1"' _ "$scratch/meeting-tui"
# The functions a console runs from start to idle are laid out together (Makefile,
# scripts/order-functions.sh): most of the list still names functions of the binary, and those
# span at most 6 MiB of its 11 MiB of code (the runtime's and Foundation's code that is not split
# into one section per function moves with them).
hot_code_together() { # hot_code_together UNSTRIPPED_BINARY ORDER_FILE
    local addresses listed found first last
    listed=$(wc -l <"$2")
    addresses=$(nm "$1" | awk -v order="$2" '
        BEGIN { while ((getline line < order) > 0) hot[line] = 1 }
        $2 ~ /^[tTwW]$/ && ($3 in hot) && !($3 in seen) { seen[$3] = 1; print $1 }' | sort)
    found=$(grep -c . <<<"$addresses")
    first=$(head -1 <<<"$addresses")
    last=$(tail -1 <<<"$addresses")
    echo "$found of $listed listed functions found, spanning $(((16#$last - 16#$first) / 1024)) KiB"
    [ $((found * 10)) -ge $((listed * 9)) ] && [ $((16#$last - 16#$first)) -le $((6 * 1024 * 1024)) ] \
        || { echo "run scripts/order-functions.sh to list them again"; return 1; }
}
check "the start-up code is laid out together" \
    hot_code_together "$root/.build-release/release/meeting-tui" "$root/packaging/function-order.txt"
check "the functions without a symbol sit in .text.unnamed (packaging/unnamed-functions.ld)" \
    bash -c 'readelf -SW "$1" | grep -q " \.text\.unnamed "' _ "$root/.build-release/release/meeting-tui"
check "--version from /tmp with empty LD_LIBRARY_PATH prints '$expected_version'" \
    expect_version "$scratch/meeting-tui"
check "--help from /tmp with empty LD_LIBRARY_PATH shows the usage" expect_help "$scratch/meeting-tui"

toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")
if [ "$(id -u)" -eq 0 ] && unshare --mount true 2>/dev/null; then
    export -f run_clean expect_version expect_help
    export scratch expected_version
    check "--version and --help with the Swift toolchain ($toolchain) hidden" \
        unshare --mount bash -c 'mount -t tmpfs none "$1" && expect_version "$2" && expect_help "$2"' \
        _ "$toolchain" "$scratch/meeting-tui"
else
    echo "# skip: hiding the Swift toolchain needs root and unshare"
fi

# --- the .deb ----------------------------------------------------------------------------
lintian_output=$(lintian --tag-display-limit 0 "$deb" 2>&1)
lintian_errors=$(grep '^E: ' <<<"$lintian_output")
if [ -z "$lintian_errors" ]; then pass "lintian reports no errors"; else fail "lintian reports no errors" "$lintian_errors"; fi
[ -z "$lintian_output" ] || printf '%s\n' "$lintian_output" | sed 's/^/# lintian: /'

contents=$(dpkg-deb --contents "$deb")
for path in ./usr/bin/meeting-tui ./usr/share/man/man1/meeting-tui.1.gz \
    ./usr/share/bash-completion/completions/meeting-tui ./usr/share/zsh/vendor-completions/_meeting-tui \
    ./usr/share/fish/vendor_completions.d/meeting-tui.fish ./usr/share/doc/meeting-tui/copyright \
    ./usr/share/doc/meeting-tui/changelog.gz; do
    check "the .deb holds $path" grep -q " $path\$" <<<"$contents"
done
check "the .deb's files belong to root" bash -c '! awk "\$2 != \"root/root\"" <<<"$1" | grep .' _ "$contents"
deb_size=$(stat -c %s "$deb")
check "the .deb is at most 8 MiB ($((deb_size / 1024)) KiB)" test "$deb_size" -le $((8 * 1024 * 1024))

depends=$(dpkg-deb --field "$deb" Depends)
check "the .deb's version is $version" test "$(dpkg-deb --field "$deb" Version)" = "$version"
check "Depends names libcurl and ncursesw and no Swift library ($depends)" \
    bash -c 'grep -q "libcurl4" <<<"$1" && grep -q "libncursesw6" <<<"$1" && ! grep -qi swift <<<"$1"' _ "$depends"

dpkg -x "$deb" "$scratch/root"
check "the .deb's binary runs --version from a dpkg -x root" expect_version "$scratch/root/usr/bin/meeting-tui"
check "the .deb's binary runs --help from a dpkg -x root" expect_help "$scratch/root/usr/bin/meeting-tui"
check "the .deb's man page is a meeting-tui manual" \
    bash -c 'zcat "$1" | grep -q "^\.Nm meeting-tui\|^\.TH"' _ "$scratch/root/usr/share/man/man1/meeting-tui.1.gz"

# --- make install / uninstall --------------------------------------------------------------
destdir=$scratch/destdir
installed="usr/local/bin/meeting-tui usr/local/share/man/man1/meeting-tui.1
    usr/local/share/bash-completion/completions/meeting-tui usr/local/share/zsh/site-functions/_meeting-tui
    usr/local/share/fish/vendor_completions.d/meeting-tui.fish"
make -C "$root" --no-print-directory -s install-files DESTDIR="$destdir" PREFIX=/usr/local >/dev/null
check "make install puts the binary, man page and completions under PREFIX" \
    bash -c 'cd "$1" && for f in $2; do test -f "$f" || { echo "missing $f"; exit 1; }; done' _ "$destdir" "$installed"
check "make install sets mode 0755 on the binary" test "$(stat -c %a "$destdir/usr/local/bin/meeting-tui")" = 755
make -C "$root" --no-print-directory -s uninstall DESTDIR="$destdir" PREFIX=/usr/local >/dev/null
check "make uninstall removes them" \
    bash -c 'cd "$1" && for f in $2; do test ! -e "$f" || { echo "left $f"; exit 1; }; done' _ "$destdir" "$installed"

# --- figures (information, not assertions) -------------------------------------------------
unstripped=$(stat -c %s "$root/.build-release/release/meeting-tui")
stripped=$(stat -c %s "$dist/meeting-tui")
echo "# size: $((stripped / 1024)) KiB stripped, $((unstripped / 1024)) KiB unstripped, .deb $(($(stat -c %s "$deb") / 1024)) KiB"
start=$(date +%s%N)
for _ in $(seq 20); do run_clean "$scratch/meeting-tui" --version >/dev/null; done
echo "# start-up: --version takes $((($(date +%s%N) - start) / 20000000)) ms on average over 20 runs"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
