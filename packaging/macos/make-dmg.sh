#!/bin/sh
# Make the macOS disk image from the PyInstaller build (macOS only: hdiutil).
#
#   pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/pimap.spec
#   sh packaging/macos/make-dmg.sh [dist]
#
# Writes dist/pimap-desktop-<version>-macos-<arch>.dmg: "PIMAP Desktop.app" beside a link to
# /Applications, to drag it onto. The app is not signed with a Developer ID nor notarised: the
# first start is Control-click ▸ Open (README.md, Installing).
set -eu

DIST=${1:-dist}
APP="$DIST/PIMAP Desktop.app"
if [ ! -d "$APP" ]; then
    echo "no $APP: run pyinstaller with packaging/pimap.spec first" >&2
    exit 1
fi
VERSION=$(/usr/libexec/PlistBuddy -c 'Print CFBundleShortVersionString' "$APP/Contents/Info.plist")
ARCH=$(uname -m)
DMG="$DIST/pimap-desktop-$VERSION-macos-$ARCH.dmg"

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "PIMAP Desktop $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
hdiutil verify "$DMG"
echo "written: $DMG"
