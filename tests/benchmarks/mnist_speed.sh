#!/usr/bin/env bash
# Seconds per epoch (training + test pass) of `backprop-lab train` against the same model and recipe
# in Python PyTorch (Debian's python3-torch: the same LibTorch 1.13 underneath), on the same data with
# the same thread count, run one after the other so they never share the cores.
#
# Usage: tests/benchmarks/mnist_speed.sh [EPOCHS=3] [THREADS=all cores] [DATA_DIR]
# Needs: a release build (packaging/setup.sh build) and python3-torch (apt-get install python3-torch).
set -euo pipefail
cd "$(dirname "$0")/../.."
epochs=${1:-3}
threads=${2:-$(nproc)}
data=${3:-${BACKPROP_LAB_DATA:-${XDG_DATA_HOME:-$HOME/.local/share}/backprop-lab/mnist}}
app=build/release/app/backprop-lab
[ -x "$app" ] || { echo "build first: packaging/setup.sh build" >&2; exit 1; }
/usr/bin/python3 -c 'import torch' 2>/dev/null || { echo "needs python3-torch: apt-get install python3-torch" >&2; exit 1; }

# Mean of the per-epoch seconds, skipping epoch 1 (warm-up: allocator, oneDNN primitive creation).
mean_seconds() { awk -F', ' '/^epoch [0-9]+:/ { n++; s = $NF; sub(/ s$/, "", s); if (n > 1) { t += s; m++ } }
                             END { if (m) printf "%.2f", t / m; else print "nan" }'; }

echo "MNIST, $epochs epochs, $threads thread(s), $(nproc) core(s), data: $data"
ours=$("$app" train --data "$data" --epochs "$epochs" --threads "$threads" | tee /dev/stderr | mean_seconds)
theirs=$(/usr/bin/python3 tests/benchmarks/mnist_pytorch.py "$data" "$epochs" "$threads" | tee /dev/stderr | mean_seconds)
echo
echo "seconds per epoch (mean of epochs 2..$epochs): backprop-lab $ours, PyTorch $theirs"
awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "PyTorch / backprop-lab = %.2f (above 1: backprop-lab is faster)\n", b / a }'
