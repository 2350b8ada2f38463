#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test offscreen.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/deps.sh"
install_missing_packages
build_switchboard "$root" -DSWITCHBOARD_WERROR=ON
export QT_QPA_PLATFORM=offscreen
cd "$root/build"
ctest --output-on-failure --timeout 600 -j "$(nproc 2>/dev/null || echo 2)"
