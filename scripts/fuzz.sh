#!/usr/bin/env bash
# Builds the libFuzzer targets (release, AddressSanitizer, libFuzzer coverage) and runs each for N executions.
#   scripts/fuzz.sh [executions] [target...]     (default: 1000000 executions, every target)
# Prints executions, crashes and seconds per target; exits 1 when any target crashed.
# A crashing input is saved under Fuzz/crashes/<target>/; once fixed, move it to
# Fuzz/regressions/<target>/, where the test suite (FuzzTargetSeedTests) replays it.
# New interesting inputs accumulate in .build-fuzz/corpus/<target>/.
#
# Swift's -sanitize=fuzzer links libFuzzer's own main(), which clashes with the executable's, so
# the build asks for the same instrumentation (-sanitize-coverage) and links libFuzzer without
# its main; meeting-fuzz calls LLVMFuzzerRunDriver itself.
set -uo pipefail
cd "$(dirname "$0")/.."
executions="${1:-1000000}"
shift || true
scratch=.build-fuzz
runtime="$(dirname "$(readlink -f "$(command -v swiftc)")")/../lib/clang"
runtime="$(ls -d "$runtime"/*/lib/linux | head -1)/libclang_rt.fuzzer_no_main-x86_64.a"
swift build -c release --scratch-path "$scratch" --product meeting-fuzz \
    -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
    -Xlinker -u -Xlinker LLVMFuzzerRunDriver -Xlinker --export-dynamic-symbol=LLVMFuzzerRunDriver \
    -Xlinker "$runtime" -Xlinker -lstdc++ >&2 || exit 1
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
    before=$(find "$crashes" -type f | wc -l)
    log="$scratch/fuzz-$target.log"
    start=$(date +%s)
    # Leak detection is off: the Swift runtime's caches live until exit and would be reported. Short
    # allocation stack traces and no fill of new memory: allocation under ASan is most of the time spent.
    ASAN_OPTIONS=detect_leaks=0:malloc_context_size=2:max_malloc_fill_size=0 "$binary" "$target" "$corpus" "Fuzz/corpus/$target" -runs="$executions" \
        -max_len=4096 -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$crashes/" -print_final_stats=1 >"$log" 2>&1
    code=$?
    seconds=$(( $(date +%s) - start ))
    ran=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    found=$(( $(find "$crashes" -type f | wc -l) - before ))
    if [ "$code" -ne 0 ]; then
        status=1
        [ "$found" -eq 0 ] && found=1
    fi
    printf '%-16s %12s %8s %8s\n' "$target" "${ran:-?}" "$found" "$seconds"
done
exit $status
