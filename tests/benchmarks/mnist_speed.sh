#!/usr/bin/env bash
# Seconds per epoch (training + test pass) of `backprop-lab train` against the same model and recipe
# in Python PyTorch (Debian's python3-torch: the same LibTorch 1.13 underneath), on the same data with
# the same thread count, run one after the other so they never share the cores. For each recipe —
# the default (augmentation, one-cycle) and a plain one (neither) — it runs backprop-lab on its native
# kernels, backprop-lab on LibTorch's operators (--kernels libtorch: the engine before the native
# kernels), and the Python script, then prints one table.
#
# Usage: tests/benchmarks/mnist_speed.sh [EPOCHS=3] [THREADS=all cores] [DATA_DIR]
# It also measures this machine's arithmetic peak (fma_peak.c) and prints the share of it reached.
# Needs: a release build (packaging/setup.sh build) and python3-torch (apt-get install python3-torch).
set -euo pipefail
cd "$(dirname "$0")/../.."
epochs=${1:-3}
threads=${2:-$(nproc)}
data=${3:-${BACKPROP_LAB_DATA:-${XDG_DATA_HOME:-$HOME/.local/share}/backprop-lab/mnist}}
app=build/release/app/backprop-lab
[ -x "$app" ] || { echo "build first: packaging/setup.sh build" >&2; exit 1; }
/usr/bin/python3 -c 'import torch' 2>/dev/null || { echo "needs python3-torch: apt-get install python3-torch" >&2; exit 1; }
[ "$epochs" -ge 2 ] || { echo "EPOCHS must be at least 2 (epoch 1 is warm-up and not counted)" >&2; exit 2; }

# Mean of the per-epoch seconds, skipping epoch 1 (warm-up: allocator, oneDNN primitive creation).
mean_seconds() { awk -F', ' '/^epoch [0-9]+:/ { n++; s = $NF; sub(/ s$/, "", s); if (n > 1) { t += s; m++ } }
                             END { if (m) printf "%.2f", t / m; else print "nan" }'; }
ours() { "$app" train --data "$data" --epochs "$epochs" --threads "$threads" "$@" | tee /dev/stderr | mean_seconds; }
theirs() { /usr/bin/python3 tests/benchmarks/mnist_pytorch.py "$data" "$epochs" "$threads" "$1" | tee /dev/stderr | mean_seconds; }

# The arithmetic floor: multiply-adds per image forward (conv1…conv5 and fc, no padding), ×3 for a
# training step (forward, input and weight gradients), 60,000 training and 10,000 test images.
macs=$(( 24*24*4*1*25 + 22*22*8*4*9 + 9*9*16*8*9 + 7*7*32*16*9 + 5*5*16*32*9 + 16*10 ))
gflop=$(awk -v m="$macs" 'BEGIN { printf "%.0f", 2 * m * (3 * 60000 + 10000) / 1e9 }')

# The ceiling: this machine's fused multiply-adds on its widest vectors, on the same threads.
peak_program=$(mktemp)
trap 'rm -f "$peak_program"' EXIT
cc -O3 -march=native -ffp-contract=fast -fopenmp -o "$peak_program" tests/benchmarks/fma_peak.c
peak=$("$peak_program" "$threads" | awk '{ print $1 }')

echo "MNIST, $epochs epochs, $threads thread(s), $(nproc) core(s), data: $data"
echo "CPU: $(lscpu | sed -n 's/^Model name: *//p')"
declare -A native libtorch python
for recipe in default plain; do
  options=(); [ "$recipe" = plain ] && options=(--schedule constant --no-augment)
  echo "== $recipe recipe" >&2
  native[$recipe]=$(ours "${options[@]}" --kernels native)
  libtorch[$recipe]=$(ours "${options[@]}" --kernels libtorch)
  python[$recipe]=$(theirs "$recipe")
done

echo
echo "seconds per epoch (mean of epochs 2..$epochs; $gflop GFLOP of arithmetic per epoch)"
printf "%-8s %10s %22s %20s %18s\n" recipe PyTorch "backprop-lab libtorch" "backprop-lab native" "PyTorch / native"
for recipe in default plain; do
  awk -v r="$recipe" -v p="${python[$recipe]}" -v l="${libtorch[$recipe]}" -v n="${native[$recipe]}" \
    'BEGIN { printf "%-8s %10.2f %22.2f %20.2f %18.2f\n", r, p, l, n, p / n }'
done
awk -v g="$gflop" -v n="${native[default]}" -v p="$peak" -v t="$threads" 'BEGIN {
  printf "native, default recipe: %.0f GFLOP/s of the network arithmetic; FMA peak on %d thread(s): %.0f GFLOP/s\n", g / n, t, p
  printf "share of the peak: %.0f %% (the floor, all arithmetic at the peak: %.2f s per epoch)\n", 100 * g / n / p, g / p }'
