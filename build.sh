#!/usr/bin/env bash
# One-command setup, build, test and benchmark for SdNative on Debian 12.
#   ./build.sh          install what is missing, build native/ (Release) and SdNative.sln, write ./sdn
#   ./build.sh test     build, then run ctest (Release and ASan+UBSan) and every dotnet test project
#   ./build.sh bench    build, then run the benchmarks
# Environment: SDN_THREADS (bench threads, default 2), CI=true (bindings are checked, never rewritten).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
VERB="${1:-build}"
CONFIG=Release
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '\n==> %s\n' "$*"; }

# Debian packages the build and tests need. libclang is loaded at run time by the binding generator;
# mesa-vulkan-drivers (lavapipe) lets Vulkan run on the CPU.
APT_PACKAGES=(cmake ninja-build g++ libgtest-dev libbenchmark-dev libclang1-14 libclang-common-14-dev
              libvulkan-dev mesa-vulkan-drivers glslc)

install_packages() {
    local missing=() p
    for p in "${APT_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    # A private download cache and package lists, and a dpkg lock timeout: two apt runs on one machine
    # must not break each other.
    local cache="$ROOT/build/apt"
    mkdir -p "$cache/archives/partial" "$cache/lists/partial"
    local opts=(-o "Dir::Cache::archives=$cache/archives" -o "Dir::State::Lists=$cache/lists"
                -o DPkg::Lock::Timeout=900 -o Acquire::Retries=3)
    "${sudo[@]}" apt-get "${opts[@]}" -q update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get "${opts[@]}" -q install -y --no-install-recommends "${missing[@]}"
}

require_dotnet() {
    if ! command -v dotnet >/dev/null; then
        echo "build.sh: the .NET 10 SDK (dotnet) is required and not on PATH" >&2
        exit 1
    fi
}

build_native() {
    log "native (Release)"
    [ -f build/build.ninja ] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
    cmake --build build
}

build_native_sanitized() {
    log "native (ASan+UBSan)"
    [ -f build/asan/build.ninja ] ||
        cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSDN_SANITIZE=ON -DSDN_BUILD_BENCH=OFF
    cmake --build build/asan
}

generate_bindings() {
    log "bindings"
    dotnet build tools/SdNative.BindGen -c $CONFIG -v quiet -nologo
    local mode=()
    [ "${CI:-}" = "true" ] && mode=(--check)
    dotnet tools/SdNative.BindGen/bin/$CONFIG/net10.0/SdNative.BindGen.dll --root "$ROOT" "${mode[@]}"
}

build_dotnet() {
    log "SdNative.sln ($CONFIG)"
    dotnet build SdNative.sln -c $CONFIG -v quiet -nologo
    cat > sdn <<EOF
#!/bin/sh
# Written by build.sh: runs the sdn command-line tool.
exec "\$(dirname "\$0")/src/SdNative.Cli/bin/$CONFIG/net10.0/sdn" "\$@"
EOF
    chmod +x sdn
}

build_all() {
    install_packages
    require_dotnet
    build_native
    generate_bindings
    build_dotnet
}

PASSED=0 FAILED=0 SKIPPED=0 BROKEN=0

# Adds ctest's "N% tests passed, F tests failed out of T" to the totals.
count_ctest() {
    local line total failed
    line=$(grep -E '[0-9]+ tests failed out of [0-9]+' "$1" | tail -n 1 || true)
    if [ -z "$line" ]; then BROKEN=1; return; fi
    failed=$(sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\1/' <<<"$line")
    total=$(sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\2/' <<<"$line")
    PASSED=$((PASSED + total - failed))
    FAILED=$((FAILED + failed))
}

# Adds every "Passed!/Failed!  - Failed: F, Passed: P, Skipped: S" summary of dotnet test to the totals.
count_dotnet() {
    local f p s
    while read -r f p s; do
        FAILED=$((FAILED + f)); PASSED=$((PASSED + p)); SKIPPED=$((SKIPPED + s))
    done < <(grep -E '(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$1" |
             sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\1 \2 \3/')
}

# Runs one test runner, tees its output to build/test-logs/NAME.log and adds its counts. A runner that
# exits non-zero without reporting a failed test (a crash, a build error) marks the run broken.
run_runner() {
    local name="$1" counter="$2"; shift 2
    local log_file="$ROOT/build/test-logs/$name.log" failed_before=$FAILED rc=0
    log "$name"
    "$@" 2>&1 | tee "$log_file" || rc=${PIPESTATUS[0]}
    "$counter" "$log_file"
    if [ "$rc" -ne 0 ] && [ "$FAILED" -eq "$failed_before" ]; then
        echo "build.sh: $name exited with $rc without reporting a failed test"
        BROKEN=1
    fi
}

run_tests() {
    mkdir -p "$ROOT/build/test-logs"
    build_native_sanitized
    run_runner ctest-release count_ctest ctest --test-dir build --output-on-failure -j2
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        run_runner ctest-asan-ubsan count_ctest ctest --test-dir build/asan --output-on-failure -j2
    run_runner dotnet-test count_dotnet dotnet test SdNative.sln -c $CONFIG --no-build -nologo
    echo
    echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"
    [ "$FAILED" -eq 0 ] && [ "$BROKEN" -eq 0 ]
}

run_bench() {
    log "native benchmarks"
    ./build/bin/sdn_bench --threads "${SDN_THREADS:-2}"
}

case "$VERB" in
    build) build_all ;;
    test) build_all; run_tests ;;
    bench) build_all; run_bench ;;
    -h|--help|help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//' ;;
    *) echo "build.sh: unknown verb '$VERB' (build, test, bench)" >&2; exit 2 ;;
esac
