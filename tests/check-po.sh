#!/bin/sh
# check-po.sh SRCDIR — every file with user-visible strings is in po/POTFILES
# (sorted), and every .po translates every current string: none untranslated,
# none fuzzy, msgfmt -c clean.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
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

# The same keywords as meson's glib preset.
xgettext --from-code=UTF-8 --add-comments --package-name=cluster-workbench \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_strdup_printf:1:c-format --flag=g_set_error:4:c-format \
  --flag=g_printerr:1:c-format --flag=g_print:1:c-format \
  -f po/POTFILES -o "$tmp/cw.pot"

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
