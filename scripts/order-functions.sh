#!/bin/bash
# Rewrites packaging/function-order.txt: the functions a console runs from start to idle, which
# the release link lays out side by side (Makefile, LINK_FLAGS; lld's --symbol-ordering-file).
# It builds the release binary and runs it under valgrind's callgrind in tmux twice: against
# zoom-sim over loopback (the real client: token, libcurl, the config file, a meeting opened),
# and with --demo (the in-process simulator); it keeps every executed function of the binary in
# the order first seen. Re-run it after large changes to start-up or idle code; a stale list
# costs memory, never correctness. Needs valgrind and tmux; takes a few minutes.
set -eu
cd "$(dirname "$0")/.."
for tool in valgrind tmux nm; do
    command -v "$tool" >/dev/null || { echo "order-functions: $tool is needed (apt-get install $tool)" >&2; exit 69; }
done

make --no-print-directory binary >&2
swift build --product zoom-sim >&2
simulator=$(swift build --show-bin-path)/zoom-sim
work=$(mktemp -d)
simulator_pid=""
tmux=(tmux -L order-functions)
trap '"${tmux[@]}" kill-server 2>/dev/null || true; [ -z "$simulator_pid" ] || kill -KILL "$simulator_pid" 2>/dev/null || true; rm -rf "$work"' EXIT

# Debian 12's valgrind cannot read DWARF 5: give it the symbol table without the debug info.
strip --strip-debug -o "$work/meeting-tui" .build-release/release/meeting-tui
printf '#!/bin/sh\nexec valgrind -q --tool=callgrind --demangle=no --log-file=%s/log.%%p --callgrind-out-file=%s/calls.%%p %s/meeting-tui "$@"\n' \
    "$work" "$work" "$work" >"$work/traced"
chmod +x "$work/traced"

# Drives one traced console in tmux: the first frame, a meeting opened and closed, then q.
trace() { # trace ENVIRONMENT_FILE [ARGUMENT]
    "${tmux[@]}" new-session -d -x 100 -y 30 "set -a; . $1; exec $work/traced ${2:-}"
    sleep 25
    "${tmux[@]}" send-keys Down
    sleep 2
    "${tmux[@]}" send-keys Enter
    sleep 10
    "${tmux[@]}" send-keys Escape
    sleep 2
    "${tmux[@]}" send-keys q
    sleep 8
    "${tmux[@]}" kill-server 2>/dev/null || true
}

echo "order-functions: tracing the console against zoom-sim" >&2
"$simulator" --port 0 --meetings 2 >"$work/simulator.out" 2>&1 &
simulator_pid=$!
for _ in $(seq 50); do grep -q 'export ZOOM_USER' "$work/simulator.out" && break; sleep 0.2; done
mkdir -p "$work/config/meeting-tui"
printf '[[rooms]]\nname = "Boardroom"\ntype = "sip"\naddress = "sip:boardroom@rooms.example.com"\nkey = 1\n' \
    >"$work/config/meeting-tui/config.toml"
{
    sed -n 's/^  export //p' "$work/simulator.out"
    echo "XDG_CONFIG_HOME=$work/config"
    echo "XDG_STATE_HOME=$work/state"
    echo "TERM=xterm-256color"
} >"$work/environment"
trace "$work/environment"

echo "order-functions: tracing --demo" >&2
echo "TERM=xterm-256color" >"$work/demo-environment"
trace "$work/demo-environment" --demo

# callgrind names a function once, as `fn=(id) name` or `cfn=(id) name`; keep the binary's own.
nm "$work/meeting-tui" | awk '$2 ~ /^[tTwW]$/ { print $3 }' >"$work/symbols"
cat "$work"/calls.* | awk -v symbols="$work/symbols" '
    BEGIN { while ((getline name < symbols) > 0) own[name] = 1 }
    /^c?fn=\([0-9]+\) / {
        name = $0
        sub(/^c?fn=\([0-9]+\) /, "", name)
        if ((name in own) && !(name in seen)) { seen[name] = 1; print name }
    }' >packaging/function-order.txt
echo "order-functions: $(wc -l <packaging/function-order.txt) functions in packaging/function-order.txt" >&2
