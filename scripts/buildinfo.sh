#!/bin/sh
# Prints what the build embeds in the binary and the package.
#   buildinfo.sh version           the version constant from MeetingKit (Version.swift)
#   buildinfo.sh commit            the short git commit, "-dirty" if the tree has changes,
#                                  "unknown" outside a git checkout
#   buildinfo.sh write-header DIR  writes DIR/meeting_tui_commit.h for Sources/CBuildInfo,
#                                  leaving the file untouched when the commit is the same
#                                  (so an unchanged commit recompiles nothing)
# COMMIT in the environment overrides the git lookup (e.g. building from a tarball).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)

version() {
    sed -n 's/^ *public static let current *\(: *String *\)\{0,1\}= *"\([^"]*\)".*/\2/p' \
        "$root/Sources/MeetingKit/Support/Version.swift"
}

commit() {
    if [ -n "${COMMIT:-}" ]; then
        printf '%s\n' "$COMMIT"
    elif hash=$(git -C "$root" rev-parse --short=7 HEAD 2>/dev/null); then
        # Untracked files (build output, scratch) do not make a build dirty; edits do.
        if git -C "$root" diff --quiet HEAD -- 2>/dev/null; then
            printf '%s\n' "$hash"
        else
            printf '%s-dirty\n' "$hash"
        fi
    else
        echo unknown
    fi
}

write_header() {
    dir=$1
    mkdir -p "$dir"
    value=$(commit)
    case $value in
        *[!0-9A-Za-z._-]*) echo "buildinfo.sh: refusing commit id '$value'" >&2; exit 1 ;;
    esac
    tmp=$(mktemp "$dir/.meeting_tui_commit.XXXXXX")
    printf '#define MEETING_TUI_COMMIT "%s"\n' "$value" >"$tmp"
    if cmp -s "$tmp" "$dir/meeting_tui_commit.h"; then
        rm -f "$tmp"
    else
        mv "$tmp" "$dir/meeting_tui_commit.h"
    fi
}

case "${1:-}" in
    version) v=$(version); [ -n "$v" ] || { echo "buildinfo.sh: no version in Version.swift" >&2; exit 1; }; echo "$v" ;;
    commit) commit ;;
    write-header) [ $# -eq 2 ] || { echo "usage: $0 write-header DIR" >&2; exit 2; }; write_header "$2" ;;
    *) echo "usage: $0 version | commit | write-header DIR" >&2; exit 2 ;;
esac
