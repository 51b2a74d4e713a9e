#!/usr/bin/env bash
# The accuracy goal, measured: `backprop-lab train --epochs 15` with the default recipe for three
# seeds, then a table of per-epoch test accuracy and whether each run ends at ≥ 99.4 %.
# Takes about 5 minutes on 2 cores (about 6 s per epoch per run). Peak memory is printed per run.
#
# Usage: tests/benchmarks/mnist_accuracy.sh [SEEDS="1 2 3"] [DATA_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
seeds=${1:-1 2 3}
data=${2:-${BACKPROP_LAB_DATA:-${XDG_DATA_HOME:-$HOME/.local/share}/backprop-lab/mnist}}
app=build/release/app/backprop-lab
[ -x "$app" ] || { echo "build first: packaging/setup.sh build" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

for seed in $seeds; do
  echo "seed $seed..."
  /usr/bin/time -f "seed $seed: peak memory %M KiB, %e s" "$app" train --data "$data" --epochs 15 --seed "$seed" \
    --csv "$out/seed$seed.csv" > "$out/seed$seed.log"
done

echo
printf "epoch"; for seed in $seeds; do printf "\tseed %s" "$seed"; done; echo
for epoch in $(seq 1 15); do
  printf "%s" "$epoch"
  for seed in $seeds; do printf "\t%s" "$(awk -F, -v e="$epoch" '$1 == e { print $4 }' "$out/seed$seed.csv")"; done
  echo
done
status=0
for seed in $seeds; do
  final=$(awk -F, 'END { print $4 }' "$out/seed$seed.csv")
  if awk -v a="$final" 'BEGIN { exit !(a >= 99.4) }'; then verdict="reaches 99.4 %"; else verdict="MISSES 99.4 %"; status=1; fi
  echo "seed $seed: $final % after 15 epochs: $verdict"
done
exit $status
