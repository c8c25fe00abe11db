#!/usr/bin/env python3
# check-plurals.py SRCDIR — every message that counts something is a plural entry
# (ngettext), so that Polish can inflect the noun: a number placeholder followed by a
# word ("%d runs", "%u problems"), or a placeholder the translator comment calls a
# count or a value with its unit ("%s %s").
# Not yet in tests/meson.build: the messages it lists still need ngettext in core/ and ui/.
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pocatalog  # noqa: E402

NUMBER = r'%(?:\d+\$)?(?:l|ll|z|h)?[diu]'
# A number followed by a word: the word is what is counted...
COUNTED = re.compile(NUMBER + r'\s+([^\W\d_]+)')
# ...unless it only links the number to something else.
LINKS = {'of', 'to', 'and', 'or', 'from', 'with', 'at', 'by', 'on', 'in', 'than', 'per',
         'is', 'are', 'was', 'were'}
COUNT_COMMENT = re.compile(r'\b(count|counts|its unit)\b', re.IGNORECASE)


def main():
    srcdir = sys.argv[1] if len(sys.argv) > 1 else '.'
    problems = []
    for e in pocatalog.messages(os.path.join(srcdir, 'po', 'pl.po')):
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
    return pocatalog.report(problems, 'messages that count something without a plural form')


if __name__ == '__main__':
    sys.exit(main())
