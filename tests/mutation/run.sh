#!/usr/bin/env bash
# Mutation testing: plants one small bug at a time (tests/mutation/mutants.txt) in a copy of this
# working tree, builds it with the ci preset and runs the tests that should notice. A mutant the tests
# notice is "caught"; one they do not is "missed", which is what this is here to measure.
#
#   tests/mutation/run.sh [NAME_REGEX]             only the mutants whose name matches (default: all)
#   tests/mutation/run.sh --sample K [NAME_REGEX]  K of them, chosen by the commit
#   tests/mutation/run.sh --in-place ...           in this checkout and its build/ci (what CI runs)
#
# --in-place plants each mutant in this checkout itself and builds it in the checkout's ci build, so
# only the mutant's unity batch compiles (a copy elsewhere would compile everything: a unity batch
# names its files by absolute path, so the copy's batches miss the compiler cache). The files it
# mutates must have no uncommitted change; each is put back, byte for byte, after its mutant and when
# the run stops (Ctrl+C included); a run killed outright is repaired by the next one.
#
# The sample rotates through the list: commit number n (`git rev-list --count HEAD`) takes the
# mutants n·K … n·K+K−1, counted modulo the list's size, so any ceil(size / K) consecutive commits
# together run every mutant, and a rerun of the same commit runs the same ones. (A shallow clone
# counts only its own depth: the sample then still runs, but stops rotating.)
#
# Environment: MUTANTS (the list; default tests/mutation/mutants.txt), MUTATION_WORKDIR (the copy,
# the log and the results; default build/mutation inside this checkout).
# Without --in-place the checkout itself is never modified. Exit status: 0 when every mutant was caught, 1 when some
# were missed, 2 for a usage or set-up problem (an unknown snippet, a failing unmutated suite).
set -euo pipefail

repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
# The mutants' `tests:` name single tests: ctest registers them one by one (tests/cmake/by_suite.cmake).
unset BACKPROP_LAB_TESTS_BY_SUITE
list=${MUTANTS:-$repo/tests/mutation/mutants.txt}
work=${MUTATION_WORKDIR:-$repo/build/mutation}
sample='' in_place=''
usage() { echo "usage: $0 [--in-place] [--sample K] [NAME_REGEX]" >&2; exit 2; }
while [[ ${1:-} == --* ]]; do
    case $1 in
    --in-place) in_place=yes; shift ;;
    --sample)
        sample=${2:-}
        [[ $sample =~ ^[1-9][0-9]*$ ]] || usage
        shift 2
        ;;
    *) usage ;;
    esac
done
(($# <= 1)) || usage
only=${1:-.}
src=$work/src tree=copy
[[ -z $in_place ]] || src=$repo tree=checkout

# --- Parse the list: blocks of "key: value" lines separated by blank lines. ---
names=() files=() finds=() replaces=() builds=() tests=() abouts=()
flush() {
    [[ -n ${m_name:-} ]] || return 0
    if [[ -z ${m_file:-} || -z ${m_find:-} || -z ${m_tests:-} ]]; then
        echo "mutants.txt: '$m_name' needs file, find and tests" >&2
        exit 2
    fi
    if [[ $m_name =~ $only ]]; then
        names+=("$m_name") files+=("$m_file") finds+=("$m_find") replaces+=("${m_replace:-}")
        builds+=("${m_build:-all}") tests+=("$m_tests") abouts+=("${m_about:-}")
    fi
    m_name='' m_file='' m_find='' m_replace='' m_build='' m_tests='' m_about=''
}
while IFS= read -r line || [[ -n $line ]]; do
    case $line in
    '#'*) ;;
    '') flush ;;
    name:*) m_name=${line#name: } ;;
    file:*) m_file=${line#file: } ;;
    find:*) m_find=${line#find: } ;;
    replace:*) m_replace=${line#replace:} m_replace=${m_replace# } ;;
    build:*) m_build=${line#build: } ;;
    tests:*) m_tests=${line#tests: } ;;
    about:*) m_about=${line#about: } ;;
    *) echo "mutants.txt: cannot read '$line'" >&2; exit 2 ;;
    esac
done <"$list"
flush
((${#names[@]} > 0)) || { echo "no mutant matches '$only'" >&2; exit 2; }

# --- The sample: K consecutive mutants (wrapping round), starting where the commit number says. ---
if [[ -n $sample ]]; then
    size=${#names[@]}
    ((sample <= size)) || sample=$size
    commit=$(git -C "$repo" rev-list --count HEAD)
    first=$((commit * sample % size))
    picked=()
    for ((j = 0; j < sample; j++)); do picked+=("$(((first + j) % size))"); done
    echo "Sample of $sample of the $size mutants: commit number $commit (git rev-list --count HEAD)," \
        "$commit·$sample mod $size = $first, takes these (any $(((size + sample - 1) / sample)) commits in a row" \
        "take them all):"
    for j in "${picked[@]}"; do printf '  %2d %s\n' $((j + 1)) "${names[$j]}"; done
    for list_name in names files finds replaces builds tests abouts; do
        declare -n column=$list_name
        kept=()
        for j in "${picked[@]}"; do kept+=("${column[$j]}"); done
        column=("${kept[@]}")
        unset -n column
    done
fi

mkdir -p "$work"
# While a mutant is planted, $planted holds its name, its file and (once planted) the mutated file's
# checksum; $original holds the file as it was. Each mode has its own pair, so that one mode never
# takes the other's for its own.
planted=$work/planted original=$work/original
[[ -z $in_place ]] || planted=$work/in-place-planted original=$work/in-place-original
if [[ -n $in_place ]]; then
    # --- In place: repair what a killed run left, refuse to mutate a file with uncommitted work. ---
    if [[ -e $planted ]]; then
        stopped_name=$(sed -n 1p "$planted") stopped_file=$(sed -n 2p "$planted") stopped_sum=$(sed -n 3p "$planted")
        if [[ -z $stopped_file || ! -e $original ]]; then
            echo "$planted names no file or $original is missing: check the checkout with git status, then delete $planted" >&2
            exit 2
        elif cmp -s "$original" "$repo/$stopped_file"; then
            echo "The last run stopped during mutant $stopped_name, before planting it: $stopped_file is as it was."
        elif [[ -n $stopped_sum && $(cksum <"$repo/$stopped_file") == "$stopped_sum" ]]; then
            echo "The last run stopped during mutant $stopped_name: putting $stopped_file back."
            cat "$original" >"$repo/$stopped_file"
        else
            echo "The last run stopped during mutant $stopped_name, and $stopped_file has changed since: check it" \
                "(git diff -- $stopped_file; its original is $original), then delete $planted" >&2
            exit 2
        fi
        rm -f "$planted"
    fi
    for file in $(printf '%s\n' "${files[@]}" | sort -u); do
        if ! git -C "$repo" diff --quiet HEAD -- "$file"; then
            echo "$file has uncommitted changes: commit or stash them, or run without --in-place" >&2
            exit 2
        fi
    done
    # The build folder is the checkout's own: configure it only where it does not exist yet.
    [[ -e $repo/build/ci/CMakeCache.txt ]] || cmake --preset ci >/dev/null
else
    # --- A copy of the working tree (tracked and untracked, not ignored), so uncommitted work counts. ---
    # The copy's build folder stays between runs, so only what changed rebuilds. A run cut short while a
    # mutant was planted may have left objects built from it, newer than their restored sources: then
    # every source is touched and rebuilt (ccache makes that quick).
    mkdir -p "$src"
    find "$src" -mindepth 1 -maxdepth 1 ! -name build -exec rm -rf {} +
    (cd "$repo" && git ls-files -z --cached --others --exclude-standard |
        tar --null --ignore-failed-read -T - -cf -) | tar -xf - -C "$src"
    if [[ -e $planted ]]; then
        echo "The last run stopped during mutant $(head -n 1 "$planted"): rebuilding everything."
        find "$src" -path "$src/build" -prune -o -type f -exec touch {} +
    fi
fi
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Paths relative to the checkout, and the build folder left out of the hash (-g would put it in):
    # a rebuilt restored file hits its earlier object. (A unity batch names its files by absolute
    # path, so the copy's first build does not hit the checkout's objects.)
    export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$repo} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
fi
cd "$src"
log=$work/log
build() { # the targets (separated by spaces), or everything
    local targets
    read -ra targets <<<"$1"
    if [[ " $1 " == *' all '* ]]; then cmake --build --preset ci; else cmake --build --preset ci --target "${targets[@]}"; fi
}
# Everything, or for a sample only the programs its mutants rebuild: linking the others would cost
# minutes of a CI run and test nothing more.
needed=all
[[ -z $sample ]] || needed=$(printf '%s\n' "${builds[@]}" | tr ' ' '\n' | sort -u | paste -sd' ')
echo "Building the unmutated $tree in $src ($needed; log: $log)…"
configure=(cmake --preset ci "${launcher[@]}")
[[ -z $in_place ]] || configure=(true) # the checkout's build keeps its own settings
if ! { "${configure[@]}" >"$log" 2>&1 && build "$needed" >>"$log" 2>&1; }; then
    echo "the unmutated $tree does not build; see $log" >&2
    exit 2
fi

# The subset of each mutant must exist and pass without the mutant, or "caught" would mean nothing.
# The subsets run joined into as few ctest runs as they fit: ctest's regular expressions take at most
# 10 parenthesised groups, the outer one included (the whole list joined at once has dozens).
unmutated() {
    [[ -n $1 ]] || return 0
    if ! ctest --preset ci --parallel 2 -R "$1" >>"$log" 2>&1; then
        echo "the unmutated suite fails (tests: $1); see $log" >&2
        exit 2
    fi
}
joined='' groups=0
while IFS= read -r subset; do
    opened=${subset//[^(]/}
    if ((groups + ${#opened} > 9)); then
        unmutated "$joined"
        joined='' groups=0
    fi
    joined=${joined:+$joined|}$subset
    groups=$((groups + ${#opened}))
done < <(printf '%s\n' "${tests[@]}" | sort -u)
unmutated "$joined"
echo "The unmutated $tree built and passed in $SECONDS s."

# Replaces the one occurrence of $2 by $3 in file $1 (literal text); fails unless it occurs once.
plant() {
    python3 - "$@" <<'PY'
import sys
path, find, replace = sys.argv[1:4]
text = open(path, encoding="utf-8").read()
if text.count(find) != 1:
    sys.exit(f"{path}: the snippet occurs {text.count(find)} times, not once: {find}")
open(path, "w", encoding="utf-8").write(text.replace(find, replace))
PY
}

# Puts the planted file back (a no-op when none is planted). $planted goes only once the restored
# tree is built: a copy's next run would otherwise keep objects built from the mutant (it extracts its
# files with their old time stamps). The checkout is put back on any exit, Ctrl+C included; its
# restored file is newer than the mutant's objects, so its next build recompiles them.
put_back() {
    [[ -e $planted ]] || return 0
    cat "$original" >"$src/$(sed -n 2p "$planted")"
}
if [[ -n $in_place ]]; then
    trap 'put_back && rm -f "$planted"' EXIT
    trap 'exit 130' INT TERM
fi

caught=0 missed=0 broken=0
results=$work/results.txt
: >"$results"
for i in "${!names[@]}"; do
    name=${names[$i]} file=${files[$i]} started=$SECONDS
    count=$(ctest --preset ci -N -R "${tests[$i]}" 2>/dev/null | sed -n 's/^Total Tests: //p')
    cp "$file" "$original"
    printf '%s\n%s\n' "$name" "$file" >"$planted"
    if [[ ${count:-0} == 0 ]]; then
        verdict="INVALID (its tests select nothing)"
    elif ! plant "$file" "${finds[$i]}" "${replaces[$i]}" >>"$log" 2>&1; then
        verdict="INVALID (snippet not found once in $file)"
    elif ! cksum <"$file" >>"$planted"; then
        verdict="INVALID (cannot record the mutated file in $planted)"
    elif ! build "${builds[$i]}" >>"$log" 2>&1; then
        verdict="INVALID (does not compile)"
    elif ctest --preset ci --parallel 2 -R "${tests[$i]}" >>"$log" 2>&1; then
        verdict=missed
    else
        verdict=caught
    fi
    case $verdict in caught) caught=$((caught + 1)) ;; missed) missed=$((missed + 1)) ;; *) broken=$((broken + 1)) ;; esac
    # Put the original back with a new time stamp and rebuild, so no mutated binary is left behind.
    put_back
    build "${builds[$i]}" >>"$log" 2>&1 || { echo "the restored tree does not build; see $log" >&2; exit 2; }
    rm -f "$planted"
    printf '%-8s %-26s %s (%s tests, %d s)\n' "$verdict" "$name" "${abouts[$i]}" "${count:-0}" \
        $((SECONDS - started)) | tee -a "$results"
done
echo "caught $caught, missed $missed, invalid $broken of ${#names[@]} mutants in $SECONDS s" | tee -a "$results"
((broken == 0)) || exit 2
((missed == 0))
