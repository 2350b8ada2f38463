#!/usr/bin/env bash
# Installs what is missing, builds, and opens the Switchboard console on the demo workspace, with the
# destination simulator (switchboard-sim) answering for every marketing tool on 127.0.0.1:8899 and a
# trickle of live demo events. Extra arguments pass through to 'switchboard' (e.g. --page live).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/deps.sh"
install_missing_packages
build_switchboard "$root"
bin="$root/build/app"
sim_port="${SWITCHBOARD_SIM_PORT:-8899}"

children=()
cleanup() { for pid in "${children[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

# The simulator stands in for Segment, Klaviyo, Attentive, Segmentify, SmartPush, ... (no accounts needed).
if ! (exec 3<>"/dev/tcp/127.0.0.1/$sim_port") 2>/dev/null; then
    "$bin/switchboard-sim" --port "$sim_port" >/dev/null &
    children+=($!)
fi

has_workspace=0
for arg in "$@"; do
    case "$arg" in --workspace|--workspace=*|-w) has_workspace=1 ;; esac
done
if [ "$has_workspace" -eq 0 ]; then
    demo="${XDG_DATA_HOME:-$HOME/.local/share}/Switchboard/demo"
    if [ ! -f "$demo/switchboard.db" ]; then
        echo "Creating the demo workspace in $demo"
        "$bin/switchboard-ctl" --workspace "$demo" init
        "$bin/switchboard-ctl" --workspace "$demo" demo seed --customers 500 --days 30 --seed 7 \
            --sim-url "http://127.0.0.1:$sim_port"
    fi
    set -- --workspace "$demo" "$@"
    # Live traffic once the console's engine listens (it records its address in the workspace).
    ( sleep 4; exec "$bin/switchboard-ctl" --workspace "$demo" demo stream --rate 5 >/dev/null 2>&1 ) &
    children+=($!)
fi
"$bin/switchboard" "$@"
