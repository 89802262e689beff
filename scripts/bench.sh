#!/bin/sh
# Builds the release binary exactly as `make release` ships it (static Swift runtime, stripped:
# dist/meeting-tui) and meeting-bench with the same flags, then runs every benchmark against the
# simulator on loopback, beside curl, htop and tig measured in the same run. Prints the table,
# writes it to bench-results/latest.md and the full output to bench-results/latest.txt. Options are passed to meeting-bench, e.g.
#   scripts/bench.sh --quick            (about 3 minutes: fewer runs, 1-minute API-economy run)
#   scripts/bench.sh --only 3,5         (only some benchmarks)
#   scripts/bench.sh --economy-minutes 3
set -eu
cd "$(dirname "$0")/.."
scripts/setup.sh --bench >&2
for anchor in curl htop tig; do
    command -v "$anchor" >/dev/null || { echo "bench: $anchor is needed for the baselines (scripts/setup.sh --bench)" >&2; exit 69; }
done
echo "bench: building in release mode (first time: several minutes)" >&2
make --no-print-directory binary bench-tool >&2
mkdir -p bench-results
.build-release/release/meeting-bench --meeting-tui dist/meeting-tui --output bench-results/latest.md \
    --command "scripts/bench.sh $*" "$@" 2>&1 | tee bench-results/latest.txt
