#!/bin/sh
# Runs the whole test suite: unit, simulator-backed client and CLI tests, the console end to end
# in tmux, then the release and packaging checks. Installs what a fresh Debian machine lacks first.
set -eu
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build --build-tests
swift test --skip-build
bash scripts/check-release.sh
