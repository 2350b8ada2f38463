#!/usr/bin/env bash
# Refreshes docs/screenshots/*.png: builds a demo workspace, runs switchboard-engine with live traffic
# through the destination simulator (one destination failing, so retries and dead letters show), and
# renders every console page offscreen, attached to that engine.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/deps.sh"
install_missing_packages
build_switchboard "$root"
bin="$root/build/app"
out="$root/docs/screenshots"
mkdir -p "$out"
work="$(mktemp -d)"
ws="$work/demo"
sim_port="${SWITCHBOARD_SIM_PORT:-18899}"
export QT_QPA_PLATFORM=offscreen

children=()
cleanup() { for pid in "${children[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# Klaviyo answers 503 a quarter of the time (retries) and Attentive rejects a few requests (dead letters).
cat >"$work/faults.json" <<'JSON'
{"faults": {"klaviyo": {"errorRate": 0.25, "errorStatus": 503, "seed": 7},
            "attentive": {"errorRate": 0.05, "errorStatus": 400, "seed": 7}}}
JSON
"$bin/switchboard-sim" --port "$sim_port" --faults "$work/faults.json" >"$work/sim.log" 2>&1 &
children+=($!)
"$bin/switchboard-ctl" --workspace "$ws" init >/dev/null
"$bin/switchboard-ctl" --workspace "$ws" demo seed --customers 400 --days 30 --seed 7 \
    --sim-url "http://127.0.0.1:$sim_port"
"$bin/switchboard-engine" --workspace "$ws" >"$work/engine.log" 2>&1 &
children+=($!)
sleep 3
"$bin/switchboard-ctl" --workspace "$ws" demo stream --rate 40 --duration 120 >"$work/stream.log" 2>&1 &
children+=($!)
sleep 12

for page in live profiles events mappings destinations overview; do
    echo "docs/screenshots/$page.png"
    "$bin/switchboard" --workspace "$ws" --page "$page" --screenshot "$out/$page.png" --settle 1500
done
