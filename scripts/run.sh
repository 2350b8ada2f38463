#!/usr/bin/env bash
# Installs what is missing, builds, and opens the Switchboard console on the demo workspace.
# Extra arguments pass through to 'switchboard' (e.g. --workspace DIR, --page live).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/deps.sh"
install_missing_packages
build_switchboard "$root"

has_workspace=0
for arg in "$@"; do
    case "$arg" in --workspace|--workspace=*|-w) has_workspace=1 ;; esac
done
if [ "$has_workspace" -eq 0 ]; then
    demo="${XDG_DATA_HOME:-$HOME/.local/share}/Switchboard/demo"
    if [ ! -f "$demo/switchboard.db" ]; then
        echo "Creating the demo workspace in $demo"
        "$root/build/app/switchboard-ctl" --workspace "$demo" init
        if "$root/build/app/switchboard-ctl" --help | grep -q "demo seed"; then
            "$root/build/app/switchboard-ctl" --workspace "$demo" demo seed --customers 500 --days 30 --seed 7
        fi
    fi
    set -- --workspace "$demo" "$@"
fi
exec "$root/build/app/switchboard" "$@"
