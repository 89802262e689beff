#!/usr/bin/env bash
# Builds the libFuzzer targets (release, -sanitize=fuzzer) and runs each for N executions.
#   scripts/fuzz.sh [executions] [target...]     (default: 1000000 executions, every target)
# Prints executions, crashes and time per target. Inputs that crash are saved under
# Fuzz/crashes/<target>/; move them to Fuzz/regressions/<target>/ once fixed, where the test
# suite (FuzzTargetSeedTests) replays them. New interesting inputs go to .build-fuzz/corpus/<target>/.
set -uo pipefail
cd "$(dirname "$0")/.."
executions="${1:-1000000}"
shift || true
scratch=.build-fuzz
swift build -c release --scratch-path "$scratch" --product meeting-fuzz \
    -Xswiftc -sanitize=fuzzer -Xswiftc -g >&2 || exit 1
binary="$scratch/release/meeting-fuzz"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(zoom-responses oauth-responses addresses config-file token-store)
fi
status=0
printf '%-16s %12s %8s %8s\n' target executions crashes seconds
for target in "${targets[@]}"; do
    corpus="$scratch/corpus/$target"
    crashes="Fuzz/crashes/$target"
    mkdir -p "$corpus" "$crashes"
    log="$scratch/fuzz-$target.log"
    start=$(date +%s)
    # -fork=0: one process; -max_len keeps inputs near real answers' size; a crash stops the run.
    "$binary" "$target" "$corpus" "Fuzz/corpus/$target" -runs="$executions" -max_len=4096 -timeout=10 \
        -rss_limit_mb=2048 -artifact_prefix="$crashes/" -print_final_stats=1 >"$log" 2>&1
    code=$?
    seconds=$(( $(date +%s) - start ))
    done_runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    found=$(find "$crashes" -type f -newer "$corpus" 2>/dev/null | wc -l)
    if [ "$code" -ne 0 ]; then found=$(( found > 0 ? found : 1 )); status=1; fi
    printf '%-16s %12s %8s %8s\n' "$target" "${done_runs:-?}" "$found" "$seconds"
done
exit $status
