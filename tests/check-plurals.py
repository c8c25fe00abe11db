#!/usr/bin/env python3
# check-plurals.py SRCDIR — every message that counts something is a plural entry
# (ngettext), so that Polish can inflect the noun: a number placeholder followed by a
# word ("%d runs", "%u problems"), or a placeholder the translator comment calls a
# count or a value with its unit ("%s %s"). The messages are extracted from the
# sources afresh, so a new one fails before it reaches the catalogues.
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pocatalog  # noqa: E402

NUMBER = r'%(?:\d+\$)?(?:l|ll|z|h)?[diu]'
# A number followed by a word: the word is what is counted...
COUNTED = re.compile(NUMBER + r'\s+([^\W\d_]+)')
# ...unless it only links the number to something else.
LINKS = {'of', 'to', 'and', 'or', 'from', 'with', 'at', 'by', 'on', 'in', 'than', 'per',
         'is', 'are', 'was', 'were', 'has', 'have', 'had'}
COUNT_COMMENT = re.compile(r'\b(count|counts|its unit)\b', re.IGNORECASE)


def problems_in(entries):
    problems = []
    for e in entries:
        if e.msgid_plural is not None:
            continue
        words = [w for w in COUNTED.findall(e.msgid) if w.lower() not in LINKS]
        why = None
        if words:
            why = 'counts %s' % ', '.join(words)
        elif '%s' in e.msgid and any(COUNT_COMMENT.search(c) for c in e.comments):
            why = 'its comment says it is a count or a value with a unit'
        if why:
            where = e.references[0] if e.references else '?'
            problems.append('%s: “%s” %s but is not a plural entry'
                            % (where, e.msgid.replace('\n', '\\n')[:90], why))
    return problems


def main():
    srcdir = sys.argv[1] if len(sys.argv) > 1 else '.'
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, 'cw.pot')
        subprocess.run([os.path.join(HERE, 'po-extract.sh'), srcdir, pot], check=True)
        problems = problems_in(pocatalog.messages(pot))
    return pocatalog.report(problems, 'messages that count something without a plural form')


if __name__ == '__main__':
    sys.exit(main())
