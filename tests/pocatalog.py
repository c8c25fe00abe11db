# pocatalog.py — a small reader of gettext .po files for the data tests
# SPDX-License-Identifier: GPL-3.0-or-later
"""Entries of a .po file: context, msgid, plural msgid, msgstr forms, comments, flags."""

import ast


class Entry:
    def __init__(self):
        self.msgctxt = None
        self.msgid = None
        self.msgid_plural = None
        self.msgstr = {}
        self.comments = []
        self.references = []
        self.flags = set()
        self.obsolete = False

    @property
    def translations(self):
        """Every msgstr form, in order."""
        return [self.msgstr[k] for k in sorted(self.msgstr)]


def _unquote(text):
    return ast.literal_eval(text) if text.startswith('"') else text


def read(path):
    """The entries of the .po file at PATH, header and obsolete ones included."""
    entries = []
    cur = Entry()
    field = None

    def flush():
        nonlocal cur
        if cur.msgid is not None:
            entries.append(cur)
        cur = Entry()

    with open(path, encoding='utf-8') as f:
        for raw in f:
            line = raw.rstrip('\n')
            obsolete = line.startswith('#~')
            if obsolete:
                line = line[2:].lstrip()
            if not line:
                field = None
                continue
            if line.startswith('#'):
                if cur.msgstr:
                    flush()
                field = 'comment'
                if line.startswith('#:'):
                    cur.references.extend(line[2:].split())
                elif line.startswith('#.'):
                    cur.comments.append(line[2:].strip())
                elif line.startswith('#,'):
                    cur.flags.update(f.strip() for f in line[2:].split(','))
                continue
            if line.startswith('"'):
                value = _unquote(line)
                if field == 'msgctxt':
                    cur.msgctxt += value
                elif field == 'msgid':
                    cur.msgid += value
                elif field == 'msgid_plural':
                    cur.msgid_plural += value
                elif isinstance(field, int):
                    cur.msgstr[field] += value
                continue
            key, _, value = line.partition(' ')
            value = _unquote(value)
            if key in ('msgctxt', 'msgid') and cur.msgstr:
                flush()
            if key == 'msgctxt':
                cur.msgctxt = value
                field = 'msgctxt'
            elif key == 'msgid':
                cur.msgid = value
                cur.obsolete = obsolete
                field = 'msgid'
            elif key == 'msgid_plural':
                cur.msgid_plural = value
                field = 'msgid_plural'
            elif key.startswith('msgstr'):
                index = int(key[7:-1]) if key.startswith('msgstr[') else 0
                cur.msgstr[index] = value
                field = index
    flush()
    return entries


def messages(path):
    """The live (not obsolete) entries of PATH, without the header."""
    return [e for e in read(path) if e.msgid and not e.obsolete]


def report(problems, summary):
    """Print PROBLEMS and SUMMARY; the exit status of a check: 1 if there are problems."""
    for p in problems:
        print(p)
    print('%s: %d problems' % (summary, len(problems)))
    return 1 if problems else 0
