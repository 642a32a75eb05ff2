#!/bin/sh
# Install (or upgrade, or uninstall) fieldvisit from this unpacked tarball.
#
#   ./install.sh                 for this user: ~/.local/lib/fieldvisit, ~/.local/bin/fieldvisit,
#                                menu entry and icon under ~/.local/share
#   sudo ./install.sh --system   for every user: /opt/fieldvisit, /usr/local/bin/fieldvisit,
#                                menu entry and icon under /usr/local/share
#   ./install.sh --prefix DIR    DIR/lib/fieldvisit, DIR/bin, DIR/share
#   ./install.sh --uninstall     (with the same --system/--prefix) removes the program only
#
# Installing over an older version replaces the program folder in one step. The user's data
# (the encrypted replica in ~/.local/share/fieldvisit, and its key in the system keyring) is
# never touched, neither by upgrading nor by uninstalling.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
MODE=user
ACTION=install
PREFIX=
while [ $# -gt 0 ]; do
  case "$1" in
    --system) MODE=system ;;
    --prefix) PREFIX=${2:?--prefix needs a folder}; MODE=prefix; shift ;;
    --uninstall) ACTION=uninstall ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

case "$MODE" in
  user)
    APPDIR=$HOME/.local/lib/fieldvisit
    BINDIR=$HOME/.local/bin
    SHAREDIR=${XDG_DATA_HOME:-$HOME/.local/share} ;;
  system)
    APPDIR=/opt/fieldvisit
    BINDIR=/usr/local/bin
    SHAREDIR=/usr/local/share ;;
  prefix)
    PREFIX=$(mkdir -p "$PREFIX" && cd "$PREFIX" && pwd)
    APPDIR=$PREFIX/lib/fieldvisit
    BINDIR=$PREFIX/bin
    SHAREDIR=$PREFIX/share ;;
esac
SIZES="16 24 32 48 64 128 256"

refresh_caches() {
  command -v update-desktop-database >/dev/null 2>&1 &&
    update-desktop-database -q "$SHAREDIR/applications" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 &&
    gtk-update-icon-cache -q -t "$SHAREDIR/icons/hicolor" 2>/dev/null || true
}

if [ "$ACTION" = uninstall ]; then
  rm -rf "$APPDIR"
  [ -L "$BINDIR/fieldvisit" ] && rm -f "$BINDIR/fieldvisit"
  rm -f "$SHAREDIR/applications/fieldvisit.desktop"
  for s in $SIZES; do rm -f "$SHAREDIR/icons/hicolor/${s}x${s}/apps/fieldvisit.png"; done
  rm -f "$SHAREDIR/icons/hicolor/scalable/apps/fieldvisit.svg"
  refresh_caches
  echo "fieldvisit removed. The data folder and the key in the system keyring were kept."
  exit 0
fi

[ -x "$HERE/fieldvisit" ] && [ -d "$HERE/_internal" ] || {
  echo "install.sh: run me from the unpacked fieldvisit tarball" >&2; exit 2; }

# Copy beside the old folder first, then swap, so a failed copy leaves the old version working.
mkdir -p "$(dirname "$APPDIR")" "$BINDIR"
rm -rf "$APPDIR.new" "$APPDIR.old"
mkdir "$APPDIR.new"
cp -a "$HERE/fieldvisit" "$HERE/_internal" "$HERE/VERSION" "$APPDIR.new/"
[ -d "$APPDIR" ] && mv "$APPDIR" "$APPDIR.old"
mv "$APPDIR.new" "$APPDIR"
rm -rf "$APPDIR.old"
ln -sfn "$APPDIR/fieldvisit" "$BINDIR/fieldvisit"

# Menu entry: Exec points at the installed program, so it works whether or not BINDIR is on PATH.
mkdir -p "$SHAREDIR/applications"
sed -e "s|^Exec=fieldvisit|Exec=$APPDIR/fieldvisit|" \
    -e "s|^TryExec=fieldvisit|TryExec=$APPDIR/fieldvisit|" \
    "$HERE/share/applications/fieldvisit.desktop" > "$SHAREDIR/applications/fieldvisit.desktop"
chmod 644 "$SHAREDIR/applications/fieldvisit.desktop"
for s in $SIZES; do
  mkdir -p "$SHAREDIR/icons/hicolor/${s}x${s}/apps"
  cp "$HERE/share/icons/hicolor/${s}x${s}/apps/fieldvisit.png" "$SHAREDIR/icons/hicolor/${s}x${s}/apps/"
done
mkdir -p "$SHAREDIR/icons/hicolor/scalable/apps"
cp "$HERE/share/icons/hicolor/scalable/apps/fieldvisit.svg" "$SHAREDIR/icons/hicolor/scalable/apps/"
refresh_caches

echo "fieldvisit $(cat "$APPDIR/VERSION") installed in $APPDIR"
echo "command: $BINDIR/fieldvisit    menu: Office > fieldvisit (走访慰问)"
case ":$PATH:" in *":$BINDIR:"*) ;; *) echo "note: $BINDIR is not on PATH" ;; esac
