#!/bin/sh
# Builds dist/meeting-tui_VERSION_ARCH.deb from what `make release` left in DIST.
#   scripts/build-deb.sh [DIST]        (DIST defaults to dist; `make deb` runs it)
# The files are staged with `make install-files PREFIX=/usr`, so the package holds exactly
# what `make install` installs. The Debian tools do the rest: dpkg-shlibdeps derives
# Depends from the binary's shared libraries, dpkg-gencontrol writes the control file
# (version from the generated changelog, architecture, installed size), md5sums lets
# `dpkg --verify` check the installed files, dpkg-deb builds the archive with root-owned files.
set -eu
umask 022

root=$(cd "$(dirname "$0")/.." && pwd)
dist=$(cd "${1:-$root/dist}" && pwd)
version=$("$root/scripts/buildinfo.sh" version)
commit=$("$root/scripts/buildinfo.sh" commit)
arch=$(dpkg --print-architecture)

for file in meeting-tui meeting-tui.1 completions/meeting-tui.bash completions/_meeting-tui \
    completions/meeting-tui.fish; do
    [ -f "$dist/$file" ] || { echo "build-deb: $dist/$file is missing: run 'make release'" >&2; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/meeting-tui-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
stage=$work/debian/meeting-tui
doc=$stage/usr/share/doc/meeting-tui

make -C "$root" --no-print-directory install-files DIST="$dist" PREFIX=/usr DESTDIR="$stage" >/dev/null
gzip -9n "$stage/usr/share/man/man1/meeting-tui.1"

# Dates come from the commit, so the same binary is packaged into the same .deb, byte for byte.
if epoch=$(git -C "$root" log -1 --format=%ct 2>/dev/null); then :; else epoch=$(date +%s); fi
SOURCE_DATE_EPOCH=$epoch
export SOURCE_DATE_EPOCH

# A native package: the project is its own upstream, so the Debian version is the project
# version and the changelog is the project's (changelog.gz, not changelog.Debian.gz).
maintainer=$(sed -n 's/^Maintainer: //p' "$root/packaging/debian/control")
cat >"$work/debian/changelog" <<CHANGELOG
meeting-tui ($version) unstable; urgency=medium

  * Release $version, built from commit $commit.

 -- $maintainer  $(date -u -R -d "@$epoch")
CHANGELOG
cp "$root/packaging/debian/control" "$work/debian/control"

install -d "$doc" "$stage/DEBIAN"
install -m 0644 "$root/packaging/debian/copyright" "$doc/copyright"
gzip -9n -c "$work/debian/changelog" >"$doc/changelog.gz"
chmod 0644 "$doc/changelog.gz"

(
    cd "$work"
    dpkg-shlibdeps -Tdebian/meeting-tui.substvars debian/meeting-tui/usr/bin/meeting-tui
    dpkg-gencontrol -pmeeting-tui -Pdebian/meeting-tui -Tdebian/meeting-tui.substvars
)

(cd "$stage" && find . -type f ! -path './DEBIAN/*' -printf '%P\0' | LC_ALL=C sort -z \
    | xargs -0 md5sum >DEBIAN/md5sums)
chmod 0644 "$stage/DEBIAN/md5sums"

deb="$dist/meeting-tui_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "$deb"
