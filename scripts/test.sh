#!/bin/sh
# Runs the whole test suite: the format lint, unit, simulator-backed client and CLI tests, the
# console end to end in tmux, then the release and packaging checks. Installs what a fresh Debian
# machine lacks first.
set -eu
cd "$(dirname "$0")/.."
scripts/setup.sh
# The formatting is enforced (.swift-format, 120 columns): `swift format format -i -r Sources Tests
# Package.swift` fixes what it reports, but for the few rules it can only point out.
swift format lint --strict --recursive Sources Tests Package.swift
swift build --build-tests
swift test --skip-build
bash scripts/check-release.sh
