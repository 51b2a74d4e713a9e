#!/usr/bin/env bash
# One-command set-up for Backprop Lab on Debian 12: installs the missing apt packages, fetches the
# MNIST data (once), configures and builds, then launches the app (`run`) or runs the tests (`test`).
#
# Usage: packaging/setup.sh run [APP ARGS...]   build, then open the window
#        packaging/setup.sh test                build, then run the whole test suite (ctest)
#        packaging/setup.sh build               build only
# Run as root, or as a user who may use sudo (only apt-get needs it).
set -euo pipefail

mode=${1:-}
case "$mode" in
  run|test|build) shift ;;
  *) echo "usage: $0 run|test|build" >&2; exit 2 ;;
esac

cd "$(dirname "$0")/.."
# CI passes BACKPROP_LAB_PRESET=ci (warnings are errors there); a user gets release.
readonly PRESET=${BACKPROP_LAB_PRESET:-release}

# Everything the build, the tests, the benchmarks (/usr/bin/time, xdotool) and the data fetch need,
# by Debian package name. The end-to-end test drives the real window under Xvfb with xdotool and reads
# its exported PNG with ImageMagick; the accessibility test (tests/e2e/accessibility.sh) reads the
# window's accessibility tree as a screen reader does, under a window manager (openbox) with a D-Bus
# session (dbus-launch, in dbus-x11) and the AT-SPI bus (at-spi2-core), through Debian's pyatspi; the
# fuzzers (tests/fuzz/run.sh, run by CI) need clang and its libFuzzer runtime, which Debian ships apart
# from the compiler (libclang-rt-dev); CPack's .deb needs the file utility and dpkg-shlibdeps (dpkg-dev),
# and the desktop entry and AppStream file are validated by their own tools (ctest DesktopMetadata). The
# translations need Qt's Linguist tools at build time (qt6-tools-dev has their CMake package,
# qt6-l10n-tools lupdate and lrelease) and Qt's own translations at run time (qt6-translations-l10n).
packages=(
  g++ cmake ninja-build ca-certificates python3
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libxkbcommon-dev qt6-qpa-plugins
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libtorch-dev zlib1g-dev libxlsxwriter-dev libgtest-dev libbenchmark-dev
  fonts-dejavu-core fontconfig xvfb xauth
  time xdotool imagemagick
  openbox dbus-x11 at-spi2-core python3-pyatspi
  clang libclang-rt-dev
  file dpkg-dev appstream desktop-file-utils
)
# The tests only: the workbook tests (tests/workbook/check_workbook.py) open what `sheet --xlsx` writes
# in LibreOffice, forced to recalculate every formula, and edit its eta cell with openpyxl.
if [ "$mode" = test ]; then packages+=(libreoffice-calc-nogui python3-openpyxl); fi
# The man page renders without warnings through man-db and groff, and the generated zsh and fish
# completions pass their shells' syntax checks and (fish) complete (ctest ManPageAndCompletions, which
# skips without them except under CI).
if [ "$mode" = test ]; then packages+=(man-db groff-base zsh fish); fi
# Node.js may come from another source than Debian; only the npm command matters.
command -v npm >/dev/null || packages+=(npm)

install_missing_packages() {
  local missing=() package
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && { echo "setup: all packages present"; return; }
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: missing packages: ${missing[*]}; run as root or install sudo" >&2; exit 1; }
    sudo=(sudo)
  fi
  echo "setup: installing ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  cmake --preset "$PRESET" >/dev/null
  cmake --build --preset "$PRESET" --parallel "$(nproc)"
}

install_missing_packages
packaging/fetch-mnist.sh
build

app="build/$PRESET/app/backprop-lab"
case "$mode" in
  build)
    echo "setup: built $app"
    ;;
  test)
    # The programs that link LibTorch run one ctest test per test suite, not per test: each start
    # costs about a second (tests/cmake/by_suite.cmake). BACKPROP_LAB_TESTS_BY_SUITE=0 runs them one by one.
    BACKPROP_LAB_TESTS_BY_SUITE=${BACKPROP_LAB_TESTS_BY_SUITE:-1} ctest --preset "$PRESET" --parallel "$(nproc)"
    ;;
  run)
    status=0
    "$app" "$@" || status=$?
    if [ $status -ne 0 ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
      # The app has said there is no display and how to run it; the set-up itself succeeded.
      echo "setup: done; the app is at $app (try: xvfb-run -a $app)"
      exit 0
    fi
    exit $status
    ;;
esac
