#!/usr/bin/env bash
# Runs the test suite under AddressSanitizer and ThreadSanitizer, each in its own scratch path
# (.build-asan, .build-tsan; ignored by git, reused between runs: the first build takes minutes).
#   scripts/sanitize.sh [--filter PATTERN] [address|thread]...     (default: address thread)
# The binaries the tests start (meeting-tui, the test bundle as a child) are sanitized too. Every
# process writes its reports to .build-*-reports/, so a report from a child counts as well.
# Prints, per sanitizer: tests executed, failures, sanitizer reports, build and run seconds.
# Exits 1 when a build failed, a test failed, the run did not finish or any report was written.
# SANITIZE_TIMEOUT (seconds, default 1800) bounds each test run; a run cut short names its last test.
set -uo pipefail
cd "$(dirname "$0")/.."
filter=()
sanitizers=()
while [ $# -gt 0 ]; do
    case "$1" in
        --filter) filter=(--filter "$2"); shift 2 ;;
        address|thread) sanitizers+=("$1"); shift ;;
        *) echo "usage: scripts/sanitize.sh [--filter PATTERN] [address|thread]..." >&2; exit 64 ;;
    esac
done
[ ${#sanitizers[@]} -eq 0 ] && sanitizers=(address thread)
limit="${SANITIZE_TIMEOUT:-1800}"
status=0
for sanitizer in "${sanitizers[@]}"; do
    case "$sanitizer" in
        address) scratch=.build-asan; pattern="ERROR: AddressSanitizer" ;;
        thread) scratch=.build-tsan; pattern="WARNING: ThreadSanitizer" ;;
    esac
    reports="$PWD/$scratch-reports"
    rm -rf "$reports" && mkdir -p "$reports"
    # halt_on_error=0: go on after a report, so one run finds them all (the process still exits 66).
    # detect_leaks=0: see RELIABILITY.md (Sanitizers) for what LeakSanitizer reports and why it is off.
    export ASAN_OPTIONS="detect_leaks=0:halt_on_error=0:log_path=$reports/asan"
    export TSAN_OPTIONS="halt_on_error=0:log_path=$reports/tsan"
    log="$scratch.log"

    start=$(date +%s)
    swift build --build-tests --scratch-path "$scratch" --sanitize="$sanitizer" >"$log" 2>&1
    built=$?
    build_seconds=$(( $(date +%s) - start ))
    if [ "$built" -ne 0 ]; then
        echo "$sanitizer: FAILED to build (${build_seconds} s; log $log)"
        status=1
        continue
    fi

    start=$(date +%s)
    timeout --kill-after=30 "$limit" \
        swift test --skip-build --scratch-path "$scratch" --sanitize="$sanitizer" "${filter[@]}" >>"$log" 2>&1
    code=$?
    run_seconds=$(( $(date +%s) - start ))

    # XCTest's last line: "Executed N tests, with [K tests skipped and ]M failures (U unexpected) ...".
    summary=$(grep -o 'Executed [0-9]* tests\?, with .* failures\? ([0-9]* unexpected)' "$log" | tail -1)
    executed=$(echo "$summary" | sed -n 's/^Executed \([0-9]*\) .*/\1/p')
    failures=$(echo "$summary" | sed -n 's/.* \([0-9]*\) failures\? (.*/\1/p')
    skipped=$(echo "$summary" | sed -n 's/.* \([0-9]*\) tests\? skipped .*/\1/p')
    found=$(cat "$log" "$reports"/* 2>/dev/null | grep -c "$pattern")
    processes=$(grep -l "$pattern" "$reports"/* 2>/dev/null | wc -l)
    figures="${executed:-?} tests executed (${skipped:-0} skipped), ${failures:-?} failures, $found sanitizer reports"
    figures="$figures (from $processes processes); build ${build_seconds} s, run ${run_seconds} s; log $log"
    if [ "$code" -eq 0 ] && [ "$found" -eq 0 ] && [ -n "$executed" ]; then
        echo "$sanitizer: passed: $figures"
    else
        if [ "$code" -eq 124 ] || [ "$code" -eq 137 ]; then
            last=$(grep -o "Test Case '[^']*' started" "$log" | tail -1)
            echo "$sanitizer: did not finish within ${limit} s; last: $last"
        fi
        echo "$sanitizer: FAILED (exit $code): $figures; reports in $reports"
        status=1
    fi
done
exit $status
