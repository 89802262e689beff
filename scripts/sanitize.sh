#!/usr/bin/env bash
# Runs the test suite under AddressSanitizer, then ThreadSanitizer, each in its own scratch path
# (.build-asan, .build-tsan; both ignored by git). Slow: a full instrumented build each.
#   scripts/sanitize.sh [address|thread]...     (default: both)
# Prints one line per sanitizer: passed or failed, with the log's path; exits 1 when one failed.
set -uo pipefail
cd "$(dirname "$0")/.."
sanitizers=("$@")
[ ${#sanitizers[@]} -eq 0 ] && sanitizers=(address thread)
status=0
for sanitizer in "${sanitizers[@]}"; do
    case "$sanitizer" in
        address) scratch=.build-asan; export ASAN_OPTIONS="detect_leaks=0:abort_on_error=0" ;;
        thread) scratch=.build-tsan; export TSAN_OPTIONS="halt_on_error=0" ;;
        *) echo "unknown sanitizer $sanitizer (address or thread)" >&2; exit 64 ;;
    esac
    log="$scratch.log"
    start=$(date +%s)
    swift test --scratch-path "$scratch" --sanitize="$sanitizer" >"$log" 2>&1
    code=$?
    reports=$(grep -c "ERROR: AddressSanitizer\|WARNING: ThreadSanitizer" "$log")
    seconds=$(( $(date +%s) - start ))
    if [ "$code" -eq 0 ] && [ "$reports" -eq 0 ]; then
        echo "$sanitizer: passed ($(grep -o 'Executed [0-9]* tests, with [0-9]* failures' "$log" | tail -1); ${seconds} s; log $log)"
    else
        echo "$sanitizer: FAILED (exit $code, $reports sanitizer reports; ${seconds} s; log $log)"
        status=1
    fi
done
exit $status
