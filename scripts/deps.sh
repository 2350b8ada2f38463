# Shared by run.sh and test.sh: the Debian packages Switchboard needs, installed when missing.
# Sourced, not run.

SWITCHBOARD_PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite qt6-qpa-plugins
    qtkeychain-qt6-dev libgl-dev zlib1g-dev libqt6svg6 libqt6opengl6-dev libxkbcommon-dev libsqlite3-dev
    libjemalloc-dev
)

install_missing_packages() {
    local missing=()
    local pkg
    for pkg in "${SWITCHBOARD_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    if [ "$(id -u)" -ne 0 ]; then
        echo "Switchboard needs these Debian packages: ${missing[*]}" >&2
        echo "Install them with:" >&2
        echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
    echo "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Configures (once) and builds into build/. Extra CMake arguments may be passed.
build_switchboard() {
    local root="$1"
    shift
    local jobs
    jobs=$(nproc 2>/dev/null || echo 2)
    if [ ! -f "$root/build/build.ninja" ]; then
        cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    else
        cmake "$root/build" "$@" >/dev/null
    fi
    cmake --build "$root/build" --parallel "$jobs"
}
