#!/bin/sh
# Builds meeting-tui, zoom-sim and meeting-bench in release mode, then runs every benchmark
# against the simulator on loopback. Prints the table, writes it to bench-results/latest.md and
# the full output to bench-results/latest.txt. Options are passed to meeting-bench, e.g.
#   scripts/bench.sh --quick            (about 3 minutes: fewer runs, 1-minute API-economy run)
#   scripts/bench.sh --only 3,5         (only some benchmarks)
#   scripts/bench.sh --economy-minutes 3
set -eu
cd "$(dirname "$0")/.."
scratch=.build-release
command -v curl >/dev/null || { echo "bench: curl is needed for the baselines" >&2; exit 69; }
echo "bench: building in release mode (first time: several minutes)" >&2
swift build -c release --scratch-path "$scratch" --product meeting-tui >&2
swift build -c release --scratch-path "$scratch" --product meeting-bench >&2
bin=$(swift build -c release --scratch-path "$scratch" --show-bin-path)
mkdir -p bench-results
"$bin/meeting-bench" --meeting-tui "$bin/meeting-tui" --output bench-results/latest.md \
    --command "scripts/bench.sh $*" "$@" 2>&1 | tee bench-results/latest.txt
