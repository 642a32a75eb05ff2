#!/usr/bin/env bash
# Smoke test of the Linux deliverable: unpack the tarball, install it into a temporary prefix,
# check what the bundle carries, then run the installed program on the offscreen platform
# against a temporary replica: --version, init, demo, search, check, gui --self-test.
# Prints the bundle's size and start-up times from the bundle against the source tree.
#
#   bash packaging/smoke.sh dist/fieldvisit-VERSION-linux-x86_64.tar.gz [PYTHON]
#
# PYTHON (the project's venv) runs the source-tree comparison and reads JSON output.
set -euo pipefail

TARBALL=$(readlink -f "${1:?usage: smoke.sh TARBALL [PYTHON]}")
PYTHON=${2:-python3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
VERSION=$("$PYTHON" "$ROOT/packaging/version.py")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

export QT_QPA_PLATFORM=offscreen
export FIELDVISIT_NO_KEYRING=1
export FIELDVISIT_PASSPHRASE=smoke-test-passphrase
export XDG_DATA_HOME=$WORK/xdg-data XDG_CONFIG_HOME=$WORK/xdg-config XDG_CACHE_HOME=$WORK/xdg-cache
unset FIELDVISIT_RESOURCES FIELDVISIT_TRANSLATIONS FIELDVISIT_LANG

fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }
step() { echo "== $*"; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
json() { "$PYTHON" -c "import json, sys; d = json.load(sys.stdin); print($1)"; }
best_of_3() {  # the fastest of three runs of a command, in seconds (start-up times are noisy)
  local best="" t0 t1 took
  for _ in 1 2 3; do
    t0=$(now); "$@" >/dev/null; t1=$(now); took=$(secs "$t0" "$t1")
    best=$(awk -v a="$took" -v b="${best:-$took}" 'BEGIN { print (a < b ? a : b) }')
  done
  echo "$best"
}

step "unpack and install $(basename "$TARBALL")"
tar -xzf "$TARBALL" -C "$WORK"
UNPACKED=$(echo "$WORK"/fieldvisit-"$VERSION"-linux-*)
[ -d "$UNPACKED" ] || fail "tarball has no fieldvisit-$VERSION-linux-* folder"
"$UNPACKED/install.sh" --prefix "$WORK/prefix" >/dev/null
FV=$WORK/prefix/bin/fieldvisit
APP=$WORK/prefix/lib/fieldvisit
INTERNAL=$APP/_internal
[ -L "$FV" ] && [ -x "$FV" ] || fail "install.sh made no working $FV"
DESKTOP=$WORK/prefix/share/applications/fieldvisit.desktop
grep -qx "Exec=$APP/fieldvisit gui" "$DESKTOP" || fail "installed .desktop does not run $APP/fieldvisit"
[ -f "$WORK/prefix/share/icons/hicolor/256x256/apps/fieldvisit.png" ] || fail "icon not installed"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$DESKTOP" || fail "installed .desktop file does not validate"
fi

step "bundle contents"
# Scripts loaded from disk (Alembic migrations: any .py outside a package) must ship as files.
disk_scripts=$("$PYTHON" - "$ROOT" <<'PY'
import sys
from pathlib import Path
root = Path(sys.argv[1])
for f in sorted((root / "fieldvisit").rglob("*.py")):
    rel = f.relative_to(root)
    if "__pycache__" in rel.parts or rel.parts[1] == "tools":
        continue
    dirs = [root.joinpath(*rel.parts[:i]) for i in range(2, len(rel.parts))]
    if any(not (d / "__init__.py").exists() for d in dirs):
        print(rel.as_posix())
PY
)
grep -q "migrations/env.py" <<<"$disk_scripts" || fail "found no migration scripts in the source tree"
while IFS= read -r f; do
  [ -f "$INTERNAL/$f" ] || fail "script loaded from disk is missing from the bundle: $f"
done <<<"$disk_scripts"
for f in "$ROOT"/translations/*.qm; do
  [ -f "$INTERNAL/translations/$(basename "$f")" ] || fail "translation missing: $(basename "$f")"
done
if [ -d "$ROOT/resources" ]; then
  while IFS= read -r f; do
    [ -f "$INTERNAL/$f" ] || fail "resource missing from the bundle: $f"
  done < <(cd "$ROOT" && find resources -type f)
fi
QT=$INTERNAL/PySide6/Qt
for f in plugins/platforms/libqxcb.so plugins/platforms/libqoffscreen.so \
         plugins/printsupport/libcupsprintersupport.so plugins/imageformats/libqpdf.so \
         plugins/imageformats/libqsvg.so plugins/imageformats/libqjpeg.so \
         lib/libQt6Pdf.so.6 lib/libQt6PdfWidgets.so.6 lib/libQt6PrintSupport.so.6 \
         translations/qtbase_zh_CN.qm; do
  [ -e "$QT/$f" ] || fail "Qt file missing from the bundle: $f"
done
for data in pypinyin/phrases_dict.json opencc/dictionary stdnum/cn/loc.dat; do
  [ -e "$INTERNAL/$data" ] || fail "library data missing from the bundle: $data"
done
unwanted=$(cd "$INTERNAL" && find . -maxdepth 2 \( -iname 'pytest*' -o -iname '_pytest' \
  -o -iname 'hypothesis*' -o -iname 'mypy*' -o -iname 'ruff*' -o -iname 'PyInstaller*' \
  -o -iname 'tests' -o -iname 'libQt6Quick*' -o -iname 'libQt6Qml*' -o -iname 'libQt6WebEngine*' \) -print)
[ -z "$unwanted" ] || fail "development or unused files in the bundle: $unwanted"
modules=$("$PYTHON" -m PyInstaller.utils.cliutils.archive_viewer -r -b "$APP/fieldvisit" 2>/dev/null || true)
if [ -n "$modules" ]; then
  bad=$(grep -E "^\s*(pytest|_pytest|hypothesis|mypy|PyInstaller|fieldvisit\.tools|pytestqt)(\.|$)" <<<"$modules" || true)
  [ -z "$bad" ] || fail "development modules in the bundle's archive: $(head -3 <<<"$bad")"
fi
SIZE=$(du -sh "$APP" | cut -f1)
GLIBC=unknown
if command -v objdump >/dev/null; then  # the oldest glibc the bundle runs on
  GLIBC=$(find "$INTERNAL" -name '*.so*' -type f -exec objdump -T {} + 2>/dev/null \
    | grep -o 'GLIBC_2\.[0-9]*' | sort -t. -k2 -n -u | tail -1 | sed 's/GLIBC_/glibc >= /')
fi
TARSIZE=$(du -h "$TARBALL" | cut -f1)

step "fieldvisit --version"
got=$("$FV" --version)
[ "$got" = "fieldvisit $VERSION" ] || fail "--version printed '$got', expected 'fieldvisit $VERSION'"
T_VERSION_BUNDLE=$(best_of_3 "$FV" --version)
if [ -x "$ROOT/dist/fieldvisit/fieldvisit-gui" ]; then  # the windowed twin built for Windows
  got=$("$ROOT/dist/fieldvisit/fieldvisit-gui" --version) || fail "fieldvisit-gui does not start"
  [ "$got" = "fieldvisit $VERSION" ] || fail "fieldvisit-gui --version printed '$got'"
fi

export FIELDVISIT_DATA_DIR=$WORK/data
step "fieldvisit init"
"$FV" init --device SMOKE01 --team 第一走访组 --organisation 某区总工会 --json >/dev/null \
  || fail "init failed"
[ -f "$FIELDVISIT_DATA_DIR/replica.db" ] || fail "init made no replica in $FIELDVISIT_DATA_DIR"
# SQLCipher from the bundle must encrypt: a plain SQLite file starts with "SQLite format 3".
[ "$(head -c 15 "$FIELDVISIT_DATA_DIR/replica.db" | tr -d '\0')" != "SQLite format 3" ] \
  || fail "the replica is not encrypted"

step "fieldvisit demo --households 200"
t0=$(now); out=$("$FV" demo --households 200 --json) || fail "demo failed"; t1=$(now)
T_DEMO_BUNDLE=$(secs "$t0" "$t1")
[ "$(json "d['households']" <<<"$out")" = 200 ] || fail "demo made no 200 households: $out"

step "fieldvisit search"
count() { "$FV" search "$1" --limit 1000 --json | json "len(d)"; }
# Traditional spellings must find what simplified ones find (OpenCC's dictionaries ship),
# and pinyin must find at least what the characters find (pypinyin's dictionaries ship).
found=0
for pair in 张:張 陈:陳 刘:劉 黄:黃 赵:趙 吴:吳 杨:楊; do
  s=${pair%%:*} t=${pair##*:}
  n_s=$(count "$s"); n_t=$(count "$t")
  [ "$n_t" = "$n_s" ] || fail "search $t found $n_t, $s found $n_s: OpenCC data missing?"
  found=$((found + n_s))
done
[ "$found" -gt 0 ] || fail "no household found by common surnames in 200 demo households"
n_pinyin=$(count wang); n_hanzi=$(count 王)
[ "$n_pinyin" -ge "$n_hanzi" ] && [ "$n_hanzi" -gt 0 ] || fail "pinyin search wang ($n_pinyin) < 王 ($n_hanzi)"
echo "by surname (简 = 繁): $found, 王: $n_hanzi, wang: $n_pinyin"

step "fieldvisit check"
"$FV" check || fail "check reported problems"
step "fieldvisit demo --households 6000 (a bulk load: households invented in a second process)"
out=$(FIELDVISIT_DATA_DIR=$WORK/data-bulk "$FV" demo --households 6000 --json) || fail "bulk demo failed"
[ "$(json "d['households']" <<<"$out")" = 6000 ] || fail "bulk demo made no 6000 households: $out"
FIELDVISIT_DATA_DIR=$WORK/data-bulk "$FV" check || fail "check reported problems in the bulk demo"
! pgrep -f -- "--multiprocessing-fork" >/dev/null || fail "the demo left a worker process running"
set +e; "$FV" demo --households -1 2>"$WORK/err"; rc=$?; set -e
[ "$rc" = 2 ] || fail "bad input should exit 2, got $rc"
[ "$(wc -l <"$WORK/err")" = 1 ] || fail "bad input should print one line: $(cat "$WORK/err")"

step "areas built in (each checked when its command is present)"
commands=$("$FV" --help)
if grep -qw report <<<"$commands"; then
  "$FV" report budget --out "$WORK/budget.pdf" --json >/dev/null || fail "report budget --out .pdf failed"
  [ "$(head -c 5 "$WORK/budget.pdf")" = "%PDF-" ] || fail "the report is not a PDF"
  if command -v pdffonts >/dev/null; then
    pdffonts "$WORK/budget.pdf" | grep -qE "TrueType.* yes +yes" || fail "the PDF embeds no font"
  fi
  "$FV" report budget --out "$WORK/budget.xlsx" --json >/dev/null || fail "report budget --out .xlsx failed"
  "$PYTHON" -c "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).getinfo('xl/workbook.xml')" \
    "$WORK/budget.xlsx" || fail "the report is not an Excel file"
  echo "report: PDF with embedded font, Excel workbook"
else
  echo "skipped: no report command in this build"
fi
if grep -qw hub <<<"$commands"; then
  # The hub's schema comes from migration scripts loaded from disk, over the bundled psycopg.
  PG_URL=${FIELDVISIT_TEST_PG_URL:-postgresql://postgres@127.0.0.1:5432/postgres}
  HUB_DB=fv_smoke_$$_$RANDOM
  # The hub is removed by the bundle's own `hub remove`, which drops its roles too: they
  # belong to the cluster and would outlive the database, one more on every CI run. The
  # exit trap drops what a failed step leaves (the source tree's hub.drop_roles).
  pg() { "$PYTHON" - "$PG_URL" "$HUB_DB" "$ROOT" "$@" <<'PY'
import sys
import psycopg
url, db, root, action, *roles = sys.argv[1:]
sys.path.insert(0, root)
if action == "drop":
    from fieldvisit.sync import hub
    try:
        hub.drop_roles(url.rsplit("/", 1)[0] + "/" + db)
    except psycopg.Error:  # no hub was made in it, or it is gone
        pass
with psycopg.connect(url, autocommit=True, connect_timeout=5) as conn:
    if action == "create":
        conn.execute(f'CREATE DATABASE "{db}"')
    elif action == "drop":
        conn.execute(f'DROP DATABASE IF EXISTS "{db}"')
    else:  # "gone ROLE...": neither the database nor any of the roles is left
        left = conn.execute(
            "SELECT datname FROM pg_database WHERE datname = %s"
            " UNION ALL SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)",
            (db, roles),
        ).fetchall()
        sys.exit(f"left behind: {', '.join(r[0] for r in left)}" if left else 0)
PY
  }
  if pg create 2>/dev/null; then
    trap 'pg drop >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
    out=$("$FV" hub init "${PG_URL%/*}/$HUB_DB" --org 某区总工会 --json) || fail "hub init failed"
    [ "$(json "d.get('after') or ''" <<<"$out")" != "" ] || fail "hub init created no schema: $out"
    echo "hub: schema created on PostgreSQL from the bundle"
    out=$("$FV" hub remove "${PG_URL%/*}/$HUB_DB" --yes --json) || fail "hub remove failed: $out"
    roles=$(json "' '.join(d['roles'])" <<<"$out")
    [ -n "$roles" ] || fail "hub remove named no roles: $out"
    # shellcheck disable=SC2086
    pg gone $roles || fail "hub remove left the hub's database or roles"
    trap 'rm -rf "$WORK"' EXIT
    echo "hub: removed with its roles ($roles)"
  elif [ "${FIELDVISIT_REQUIRE_PG:-}" = 1 ]; then
    fail "no PostgreSQL at $PG_URL (FIELDVISIT_REQUIRE_PG=1)"
  else
    echo "skipped: no PostgreSQL at $PG_URL for the hub check"
  fi
else
  echo "skipped: no hub command in this build"
fi

step "translations"
finished=$("$PYTHON" - "$ROOT/translations/core_zh_CN.ts" <<'PY'
import sys, xml.etree.ElementTree as ET
for m in ET.parse(sys.argv[1]).iter("message"):
    t = m.find("translation")
    if m.findtext("source", "").startswith("Offline field visits") and t is not None \
            and t.get("type") is None and t.text:
        print(t.text)
PY
)
if [ -n "$finished" ]; then
  "$FV" --lang zh_CN --help | grep -qF "$finished" || fail "the bundle does not show zh_CN text"
  echo "zh_CN help text found"
else
  echo "skipped: core_zh_CN.ts has no finished translation of the CLI description yet"
fi

step "source-tree comparison (same machine, same moment)"
T_VERSION_SOURCE=$(cd "$ROOT" && best_of_3 "$PYTHON" -m fieldvisit --version)
t0=$(now)
(cd "$ROOT" && FIELDVISIT_DATA_DIR=$WORK/data-source "$PYTHON" -m fieldvisit demo --households 200 --json >/dev/null)
t1=$(now)
T_DEMO_SOURCE=$(secs "$t0" "$t1")

report() {
  echo "== figures"
  echo "bundle size: $SIZE installed, tarball $TARSIZE ($(basename "$TARBALL")); needs $GLIBC"
  echo "fieldvisit --version (best of 3): bundle ${T_VERSION_BUNDLE}s   source ${T_VERSION_SOURCE}s"
  echo "fieldvisit demo (200, incl. replica creation): bundle ${T_DEMO_BUNDLE}s   source ${T_DEMO_SOURCE}s"
  [ -z "${T_GUI_BUNDLE:-}" ] || \
    echo "fieldvisit gui --self-test: bundle ${T_GUI_BUNDLE}s   source ${T_GUI_SOURCE:-?}s"
  [ -z "${HOME_BUNDLE:-}" ] || echo "as the app measures it: bundle '$HOME_BUNDLE'   source '${HOME_SOURCE:-?}'"
}

step "fieldvisit gui --self-test"
t0=$(now)
set +e; "$FV" gui --self-test >"$WORK/gui.out" 2>&1; rc=$?; set -e
t1=$(now)
cat "$WORK/gui.out"
if [ "$rc" != 0 ]; then
  report
  fail "the GUI self-test failed from the bundle (exit $rc); output above"
fi
T_GUI_BUNDLE=$(secs "$t0" "$t1")
HOME_BUNDLE=$(grep -i "home screen" "$WORK/gui.out" | head -1 || true)
t0=$(now)
if (cd "$ROOT" && "$PYTHON" -m fieldvisit gui --self-test >"$WORK/gui-source.out" 2>&1); then
  T_GUI_SOURCE=$(secs "$t0" "$(now)")
  HOME_SOURCE=$(grep -i "home screen" "$WORK/gui-source.out" | head -1 || true)
fi
report
echo "SMOKE PASSED: fieldvisit $VERSION"
