#!/usr/bin/env python3
# check-glossary.py SRCDIR — the German and Polish catalogues follow po/glossary.tsv:
# wherever a glossary term occurs in a msgid, every msgstr form uses the glossary's
# translation and none of the forms the glossary forbids.
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pocatalog  # noqa: E402


def read_glossary(path):
    """The header's language codes and the rows as dicts, in file order."""
    rows = []
    header = None
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            cells = line.split('\t')
            if header is None:
                header = cells
                continue
            if len(cells) != len(header):
                sys.exit('%s:%d: %d columns, the header has %d' % (path, number, len(cells), len(header)))
            row = dict(zip(header, cells))
            row['line'] = number
            rows.append(row)
    langs = [h for h in header if h + '_match' in header and h != 'en']
    return langs, rows


def compile_row(path, row, key, default):
    text = row[key] or default
    if not text:
        return None
    try:
        return re.compile(text, re.IGNORECASE)
    except re.error as e:
        sys.exit('%s:%d: %s is not a regular expression: %s' % (path, row['line'], key, e))


def main():
    srcdir = sys.argv[1] if len(sys.argv) > 1 else '.'
    path = os.path.join(srcdir, 'po', 'glossary.tsv')
    langs, rows = read_glossary(path)
    problems = []

    for row in rows:
        row['en_re'] = compile_row(path, row, 'en_match', r'\b%s\b' % re.escape(row['en']))
        for lang in langs:
            row[lang + '_re'] = compile_row(path, row, lang + '_match', re.escape(row[lang]))
            row[lang + '_bad'] = compile_row(path, row, lang + '_forbidden', '')
            # The glossary's own translation must pass its own check.
            if not row[lang + '_re'].search(row[lang]):
                problems.append('%s:%d: “%s” does not match %s_match' % (path, row['line'], row[lang], lang))

    for lang in langs:
        for entry in pocatalog.messages(os.path.join(srcdir, 'po', lang + '.po')):
            sources = [entry.msgid] + ([entry.msgid_plural] if entry.msgid_plural else [])
            sources = [s.replace('_', '') for s in sources]
            forms = [s.replace('_', '') for s in entry.translations if s]
            for row in rows:
                hit = False
                for i, source in enumerate(sources):
                    if row['en_re'].search(source):
                        hit = True
                        sources[i] = row['en_re'].sub(lambda m: ' ' * len(m.group(0)), source)
                if not hit:
                    continue
                for form in forms:
                    if not row[lang + '_re'].search(form):
                        problems.append('%s: “%s” is “%s”, but “%s” lacks it:\n    %s'
                                        % (lang, row['en'], row[lang], entry.msgid[:70], form))
                    bad = row[lang + '_bad'].search(form) if row[lang + '_bad'] else None
                    if bad:
                        problems.append('%s: “%s” must not be “%s” (in “%s”):\n    %s'
                                        % (lang, row['en'], bad.group(0), entry.msgid[:70], form))

    return pocatalog.report(problems, '%d glossary terms, languages %s' % (len(rows), ' '.join(langs)))


if __name__ == '__main__':
    sys.exit(main())
