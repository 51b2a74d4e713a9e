#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang in build/fuzz and runs each for a bounded time
# on a copy of its seed corpus (tests/fuzz/corpus/NAME), then prints executions and findings.
#
#   tests/fuzz/run.sh [SECONDS]     seconds per fuzzer (default 60)
#   tests/fuzz/run.sh --build-only  builds them and stops (.ci/run does it while other tests run)
#
# A finding (crash, sanitizer report, leak, timeout, out-of-memory) leaves its input in
# build/fuzz/findings/NAME/ and makes the exit status 1. Without clang or its libFuzzer runtime the
# script says which package to install and exits 2: it never skips silently.
set -euo pipefail

seconds=${1:-60} build_only=''
[[ $seconds != --build-only ]] || build_only=yes seconds=1
# Not 0: libFuzzer reads -max_total_time=0 as "no limit".
[[ $seconds =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [SECONDS | --build-only]" >&2; exit 2; }
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
build=$repo/build/fuzz
cd "$repo"

# libFuzzer's runtime comes apart from the compiler on Debian (libclang-rt-dev, installed by
# packaging/setup.sh): check that a fuzzer links before configuring anything.
if ! command -v clang++ >/dev/null; then
    echo "fuzz: clang++ not found; install Debian's clang and libclang-rt-dev (packaging/setup.sh does)" >&2
    exit 2
fi
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, unsigned long) { return 0; }' >"$probe/probe.cpp"
if ! clang++ -fsanitize=fuzzer "$probe/probe.cpp" -o "$probe/probe" 2>"$probe/log"; then
    echo "fuzz: clang++ cannot link a libFuzzer target ($(head -n 1 "$probe/log")); install libclang-rt-dev" >&2
    exit 2
fi

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DBACKPROP_LAB_FUZZERS=ON -DBACKPROP_LAB_BUILD_TESTS=OFF "${launcher[@]}" >"$build.log" 2>&1 ||
    { cat "$build.log" >&2; exit 2; }
cmake --build "$build" --target bplab_fuzzers >>"$build.log" 2>&1 || { tail -n 40 "$build.log" >&2; exit 2; }
[[ -z $build_only ]] || { echo "fuzz: built the fuzzers in $build"; exit 0; }

# One fuzzer per core at a time (docs/development.md, "CI"). A stopped script stops its fuzzers too.
parallel=$(nproc)
trap 'kill $(jobs -p) 2>/dev/null; exit 130' INT TERM
# This run's status and log files only: a fuzzer that never got to write its own is a failure.
rm -f "$build"/*_fuzzer.status "$build"/*_fuzzer.log
fuzz_one() {
    local fuzzer=$1 name corpus findings log fuzz_status=0
    name=$(basename "$fuzzer")
    # New inputs go to a scratch corpus, so the seed corpus in the repository stays small.
    corpus=$build/corpus/$name findings=$build/findings/$name log=$build/$name.log
    rm -rf "$findings"
    mkdir -p "$corpus" "$findings"
    # -rss_limit_mb: an input that makes the reader allocate gigabytes is a finding, not a slow run.
    "$fuzzer" "$corpus" "$repo/tests/fuzz/corpus/$name" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -artifact_prefix="$findings/" -print_final_stats=1 >"$log" 2>&1 || fuzz_status=$?
    echo "$fuzz_status" >"$build/$name.status"
}
for fuzzer in "$build"/tests/fuzz/*_fuzzer; do
    while (($(jobs -rp | wc -l) >= parallel)); do wait -n || true; done
    fuzz_one "$fuzzer" &
done
wait

status=0
for fuzzer in "$build"/tests/fuzz/*_fuzzer; do
    name=$(basename "$fuzzer")
    findings=$build/findings/$name log=$build/$name.log
    fuzz_status=$(cat "$build/$name.status" 2>/dev/null || echo "?")
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" 2>/dev/null | tail -n 1 || true)
    found=$(find "$findings" -type f 2>/dev/null | wc -l || true)
    printf 'fuzz: %-22s %s executions in %s s, %s finding(s)\n' "$name" "${runs:-?}" "$seconds" "$found"
    if [[ $fuzz_status != 0 ]] || ((found != 0)); then
        status=1
        echo "fuzz: $name failed (exit $fuzz_status); its report:" >&2
        grep -m 20 -E 'ERROR|SUMMARY|==[0-9]+==|Test unit written' "$log" >&2 || tail -n 20 "$log" >&2 || true
    fi
done
exit $status
