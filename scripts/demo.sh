#!/bin/sh
# Opens the meeting-tui console on the built-in Zoom simulator: no Zoom account needed.
# Installs the system packages it needs first (as root; otherwise it says what to install).
set -eu
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build --product meeting-tui
exec .build/debug/meeting-tui --demo "$@"
