#!/bin/sh
# check-po.sh SRCDIR — every file with user-visible strings is in po/POTFILES
# (sorted), and every .po translates every current string: none untranslated,
# none fuzzy, msgfmt -c clean; a literal per cent sign is marked no-c-format.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

sort -c po/POTFILES || { echo "po/POTFILES is not sorted"; status=1; }
grep -rlE '(^|[^A-Za-z0-9_])(N?_|C_|NC_) ?\(|translatable="yes"' core ui resources \
  --include='*.c' --include='*.ui' | sort > "$tmp/need"
ls resources/*.desktop.in resources/*.metainfo.xml.in resources/*.gschema.xml >> "$tmp/need"
sort -o "$tmp/need" "$tmp/need"
missing=$(comm -23 "$tmp/need" po/POTFILES)
[ -z "$missing" ] || { echo "Files with translatable strings missing from po/POTFILES:"; echo "$missing"; status=1; }
for f in $(cat po/POTFILES); do
  [ -f "$f" ] || { echo "po/POTFILES lists $f, which does not exist"; status=1; }
done

"$here/po-extract.sh" . "$tmp/cw.pot"
python3 "$here/check-percent.py" "$tmp/cw.pot" || status=1

for lang in $(cat po/LINGUAS); do
  msgmerge --quiet --no-fuzzy-matching -o "$tmp/$lang.po" "po/$lang.po" "$tmp/cw.pot"
  stats=$(msgfmt -c --statistics -o /dev/null "$tmp/$lang.po" 2>&1) || { echo "$lang: $stats"; status=1; continue; }
  echo "$lang: $stats"
  case "$stats" in
    *untranslated*|*fuzzy*)
      echo "$lang: incomplete; run 'ninja -C build cluster-workbench-update-po' and translate:"
      msgattrib --untranslated --no-obsolete "$tmp/$lang.po" | grep '^msgid' | head -20
      status=1 ;;
  esac
  msgfmt -c -o /dev/null "po/$lang.po" || status=1
done
exit $status
