#!/bin/sh
# Remove PIMAP Desktop installed by install.sh. Your data stays where it is: the database and its
# backups (~/.local/share/PIMAP Desktop/), the log (~/.local/state/PIMAP Desktop/log/) and the
# window settings (~/.config/PIMAP/). Delete those folders yourself if you want them gone.
set -eu

DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
PREFIX=${PIMAP_PREFIX:-$HOME/.local/opt/pimap-desktop}
BIN=$HOME/.local/bin

# Only the links that point into this install.
for name in pimap-desktop pimap; do
    target=$(readlink "$BIN/$name" 2>/dev/null || true)
    case "$target" in
        "$PREFIX"/*) rm -f "$BIN/$name" ;;
    esac
done
rm -f "$DATA_HOME/applications/pimap-desktop.desktop"
rm -f "$DATA_HOME/mime/packages/pimap-desktop.xml"
find "$DATA_HOME/icons/hicolor" -name 'pimap-desktop.png' -o -name 'pimap-desktop.svg' 2>/dev/null \
    | while read -r icon; do rm -f "$icon"; done
rm -rf "$PREFIX/PIMAP Desktop" "$PREFIX/VERSION" "$PREFIX/uninstall.sh"
rmdir "$PREFIX" 2>/dev/null || true

command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$DATA_HOME/mime" >/dev/null 2>&1 || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$DATA_HOME/applications" >/dev/null 2>&1 || true

echo "PIMAP Desktop removed. Your data is still in: $DATA_HOME/PIMAP Desktop"
