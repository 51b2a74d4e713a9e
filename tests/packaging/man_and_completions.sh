#!/usr/bin/env bash
# The man page and the shell completions a package installs, as `backprop-lab --generate` writes them
# from the command table: the page renders without a warning at 80 columns; bash (and fish, where it is
# installed) complete the commands and their options; zsh and fish read their scripts without a syntax
# error; every command the completions offer runs (its --help exits 0).
#   man_and_completions.sh path/to/backprop-lab
# Exit 77 (skipped) when man, zsh or fish is missing, after every check that could run; under CI a
# missing tool fails instead (packaging/setup.sh test installs them).
set -uo pipefail
program=${1:?usage: $0 path/to/backprop-lab}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
skipped=()
fail() { echo "man and completions: $*" >&2; status=1; }
missing() {
    [ -n "${CI:-}" ] && { fail "$1 is missing (packaging/setup.sh test installs it)"; return; }
    skipped+=("$1")
}

for kind in man bash zsh fish; do
    "$program" --generate $kind >"$work/$kind" || fail "--generate $kind exited with $?"
done

# The man page: man-db's own renderer, with groff's warnings on; any line on standard error is a finding.
if command -v man >/dev/null; then
    rendered=$(MANWIDTH=80 LC_ALL=C.UTF-8 man --warnings -l "$work/man" 2>"$work/man-warnings")
    [ -s "$work/man-warnings" ] && fail "man --warnings -l: $(cat "$work/man-warnings")"
    for text in "backprop-lab sheet" "--scenario NAME|FILE" "EXIT STATUS" "BACKPROP_LAB_DATA"; do
        grep -qF -- "$text" <<<"$rendered" || fail "the rendered man page lacks '$text'"
    done
else
    missing man
fi

# bash: what _backprop_lab offers for the words typed so far (the last one is being completed).
bash_complete() {
    bash --norc --noprofile -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
        _backprop_lab; printf "%s\n" "${COMPREPLY[@]}"' complete "$work/bash" "$@"
}
expect_bash() { # expected offer, then the words
    local expected=$1; shift
    grep -qxF -- "$expected" <<<"$(bash_complete "$@")" ||
        fail "bash: completing '$*' does not offer '$expected' (it offers: $(bash_complete "$@" | tr '\n' ' '))"
}
expect_bash sheet backprop-lab sh
expect_bash --scenario backprop-lab sheet --sc
expect_bash divergence backprop-lab sheet --scenario di
expect_bash adamw backprop-lab train --optimizer ada
[ "$(bash_complete backprop-lab sheet --lr '')" = "" ] || fail "bash: --lr's value (a number) offers words"
mkdir "$work/files" && touch "$work/files/run.csv"
(cd "$work/files" && grep -qxF run.csv <<<"$(bash_complete backprop-lab sheet --csv r)") ||
    fail "bash: --csv does not complete a file name"

# Every command the completion offers is one the program runs.
commands=$(bash_complete backprop-lab '')
[ -n "$commands" ] || fail "bash: completing 'backprop-lab ' offers no command"
for command in $commands; do
    "$program" "$command" --help >/dev/null || fail "'$command --help' exited with $? (a command without a runner?)"
done

if command -v zsh >/dev/null; then
    zsh -n "$work/zsh" || fail "zsh -n found a syntax error in _backprop-lab"
else
    missing zsh
fi
if command -v fish >/dev/null; then
    fish -n "$work/fish" || fail "fish -n found a syntax error in backprop-lab.fish"
    fish_offers=$(fish --no-config -c "source $work/fish; complete -C 'backprop-lab sh'; complete -C 'backprop-lab sheet --sc'")
    for expected in sheet --scenario; do
        grep -q "^$expected\b" <<<"$fish_offers" || fail "fish: no '$expected' among: $fish_offers"
    done
else
    missing fish
fi

[ $status -eq 0 ] || exit $status
if [ ${#skipped[@]} -gt 0 ]; then
    echo "man and completions: the checks that could run pass; skipped without: ${skipped[*]}"
    exit 77
fi
echo "man and completions: the man page renders cleanly; bash, zsh and fish complete the commands and options"
