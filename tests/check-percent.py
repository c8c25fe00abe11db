#!/usr/bin/env python3
# check-percent.py POT — a message with a literal per cent sign ("5–95 % of runs") is
# not a printf format: in C sources it carries /* xgettext:no-c-format */, so that
# xgettext does not read "% o" as a conversion and msgfmt -c holds translators to it.
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pocatalog  # noqa: E402

# The conversions the sources use; none of them has the space flag.
DIRECTIVE = re.compile(r"%(?:\d+\$)?[-+#0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?"
                       r'(?:hh|h|ll|l|L|z|j|t)?[diouxXeEfFgGaAcsp%]')


def literal_percent(text):
    return '%' in DIRECTIVE.sub('', text)


def main():
    problems = []
    for e in pocatalog.messages(sys.argv[1]):
        texts = [e.msgid] + ([e.msgid_plural] if e.msgid_plural else [])
        if not any(literal_percent(t) for t in texts):
            continue
        from_c = any(r.split(':')[0].endswith('.c') for r in e.references)
        if 'c-format' in e.flags or (from_c and 'no-c-format' not in e.flags):
            where = e.references[0] if e.references else '?'
            problems.append('%s: “%s” has a literal %% but is not marked no-c-format'
                            % (where, e.msgid.replace('\n', '\\n')[:90]))
    return pocatalog.report(problems, 'messages with a literal per cent sign read as a format')


if __name__ == '__main__':
    sys.exit(main())
