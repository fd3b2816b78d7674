#!/bin/sh
# Install this foiatrack for the current user only (no root): the program under ~/.local/lib/foiatrack,
# the `foiatrack` command in ~/.local/bin, and a menu entry with its icon. Run it again to update;
# your database (~/.local/share/foiatrack/) is never touched. Remove with: ./install.sh --uninstall
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
lib=$HOME/.local/lib/foiatrack
bin=$HOME/.local/bin
if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$lib" "$bin/foiatrack" "$data/applications/foiatrack.desktop" \
        "$data/icons/hicolor/256x256/apps/foiatrack.png"
    echo "foiatrack removed (your database in $data/foiatrack/ is kept)."
    exit 0
fi
mkdir -p "$HOME/.local/lib" "$bin" "$data/applications" "$data/icons/hicolor/256x256/apps"
rm -rf "$lib.new"
cp -R "$here/foiatrack" "$lib.new"
rm -rf "$lib"
mv "$lib.new" "$lib"
ln -sf "$lib/foiatrack" "$bin/foiatrack"
cp "$here/foiatrack.png" "$data/icons/hicolor/256x256/apps/foiatrack.png"
sed "s|^Exec=foiatrack|Exec=$lib/foiatrack|" "$here/foiatrack.desktop" > "$data/applications/foiatrack.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "foiatrack installed: open it from your applications menu, or run '$bin/foiatrack'."
