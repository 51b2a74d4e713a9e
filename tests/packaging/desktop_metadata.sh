#!/usr/bin/env bash
# The desktop integration files a package installs (packaging/): the desktop entry and the AppStream
# metainfo pass their own validators (desktop-file-utils, appstream), and one application id names
# both files, the metainfo's <id> and <launchable>, and QGuiApplication::setDesktopFileName in
# app/main.cpp (Wayland docks match the window to its entry by it). Exit 77 (skipped) without the
# validators, except under CI; packaging/setup.sh installs them.
set -uo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
id=io.github.backproplab.BackpropLab
desktop=$repo/packaging/$id.desktop
metainfo=$repo/packaging/$id.metainfo.xml
status=0
fail() { echo "desktop metadata: $*" >&2; status=1; }

for tool in desktop-file-validate appstreamcli; do
    if ! command -v $tool >/dev/null; then
        [ -n "${CI:-}" ] && { echo "desktop metadata: $tool is missing (packaging/setup.sh installs it)" >&2; exit 1; }
        echo "desktop metadata: skipped: $tool is missing"; exit 77
    fi
done
[ -f "$desktop" ] || fail "no desktop entry named by the application id: $desktop"
[ -f "$metainfo" ] || fail "no metainfo named by the application id: $metainfo"
[ $status -eq 0 ] || exit $status

# desktop-file-validate exits 0 on hints too: any line it prints is a finding.
findings=$(desktop-file-validate "$desktop" 2>&1)
[ -z "$findings" ] || fail "desktop-file-validate: $findings"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate found problems (above)"
grep -q "<id>$id</id>" "$metainfo" || fail "the metainfo's <id> is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" ||
    fail "the metainfo's <launchable> does not name $id.desktop"
for tag in '<url type="homepage">' '<developer_name>' '<screenshot type="default">' '<release ' '<content_rating'; do
    grep -q "$tag" "$metainfo" || fail "the metainfo has no $tag"
done
grep -q "setDesktopFileName(QStringLiteral(\"$id\"))" "$repo/app/main.cpp" ||
    fail "app/main.cpp does not set the desktop file name to $id"
grep -q "packaging/$id.desktop\|/$id.desktop" "$repo/packaging/CPackConfig.cmake" ||
    fail "packaging/CPackConfig.cmake does not install $id.desktop"
[ $status -eq 0 ] && echo "desktop metadata: $id.desktop and its metainfo validate and agree"
exit $status
