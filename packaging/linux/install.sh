#!/bin/sh
# Install PIMAP Desktop for the current user: no administrator rights, nothing outside $HOME.
#
#   program   ~/.local/opt/pimap-desktop/            (replaced by a newer install)
#   commands  ~/.local/bin/pimap-desktop, ~/.local/bin/pimap
#   menu      ~/.local/share/applications/pimap-desktop.desktop, icons, the .pimap file type
#
# Your data is not here and is never touched: the database and its backups stay in
# ~/.local/share/PIMAP Desktop/, the log in ~/.local/state/PIMAP Desktop/log/.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
VERSION=$(cat "$HERE/VERSION")
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
PREFIX=${PIMAP_PREFIX:-$HOME/.local/opt/pimap-desktop}
BIN=$HOME/.local/bin
APP="$PREFIX/PIMAP Desktop"

mkdir -p "$PREFIX" "$BIN" "$DATA_HOME/applications" "$DATA_HOME/mime/packages"

# The new folder is copied beside the old one, then swapped in.
rm -rf "$APP.new"
cp -R "$HERE/PIMAP Desktop" "$APP.new"
rm -rf "$APP"
mv "$APP.new" "$APP"
cp "$HERE/uninstall.sh" "$HERE/VERSION" "$PREFIX/"
chmod +x "$PREFIX/uninstall.sh"

ln -sf "$APP/PIMAP Desktop" "$BIN/pimap-desktop"
ln -sf "$APP/pimap" "$BIN/pimap"

# Icons in the hicolor theme, every size.
(cd "$HERE/icons" && find . -type f) | while read -r icon; do
    mkdir -p "$DATA_HOME/icons/hicolor/$(dirname "$icon")"
    cp "$HERE/icons/$icon" "$DATA_HOME/icons/hicolor/$icon"
done

# The menu entry starts this copy, whatever PATH the desktop session has. The path is quoted
# as the desktop entry specification says: \ as \\\\, and " ` $ as \\", \\`, \\$.
exec_path=$(printf '%s' "$APP/PIMAP Desktop" | sed -e 's/\\/\\\\\\\\/g' -e 's/["`$]/\\\\&/g')
{
    grep -v '^Exec=' "$HERE/pimap-desktop.desktop"
    printf 'Exec="%s" %%f\n' "$exec_path"
} > "$DATA_HOME/applications/pimap-desktop.desktop"
cp "$HERE/pimap-desktop-mime.xml" "$DATA_HOME/mime/packages/pimap-desktop.xml"

# Refresh the desktop's caches where the tools exist (not an error when they do not).
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$DATA_HOME/mime" >/dev/null 2>&1 || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$DATA_HOME/applications" >/dev/null 2>&1 || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATA_HOME/icons/hicolor" >/dev/null 2>&1 || true

echo "PIMAP Desktop $VERSION installed in $PREFIX."
echo "Start it from the applications menu, or run: pimap-desktop"
case ":$PATH:" in
    *":$BIN:"*) ;;
    *) echo "Note: $BIN is not on your PATH; the menu entry works all the same." ;;
esac
echo "To remove it (your data stays): $PREFIX/uninstall.sh"
