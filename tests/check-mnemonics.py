#!/usr/bin/env python3
# check-mnemonics.py SRCDIR — access keys work in every language: among the
# widgets shown together (a window's bars and panes, a dialog, a popover menu)
# no two share a key, and no key needs AltGr on the language's keyboard.
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pocatalog  # noqa: E402

UI = 'resources/ui/'

# The labels with an access key, grouped by what is on screen at the same time.
GROUPS = {
    'main window (header bar, tool bar, inspector, outcomes pane)': [
        (UI + 'cw-window.ui', '_Open'),
        (UI + 'cw-window.ui', '_Save'),
        (UI + 'cw-window.ui', '_Add Stage'),
        (UI + 'cw-window.ui', '_Connect'),
        (UI + 'cw-inspector.ui', 'Check This Arrow _First'),
        (UI + 'cw-inspector.ui', '_Delete Arrow'),
        (UI + 'cw-inspector.ui', 'S_how'),
        ('ui/cw-lever-list.c', 'Add _Lever'),
        (UI + 'cw-outcomes-pane.ui', '_Baseline'),
        (UI + 'cw-outcomes-pane.ui', 'Ba_nd'),
        (UI + 'cw-outcomes-pane.ui', '_Policy effect'),
        (UI + 'cw-outcomes-pane.ui', 'L_ive'),
        (UI + 'cw-outcomes-pane.ui', '_Run'),
        (UI + 'cw-outcomes-pane.ui', '_Export'),
        ('ui/cw-chart-table.c', '_Table'),
        (UI + 'cw-window.ui', 'Co_mpare'),
        (UI + 'cw-lesson-pane.ui', 'Bac_k'),
        (UI + 'cw-lesson-pane.ui', 'Ne_xt'),
        (UI + 'cw-lesson-pane.ui', 'Make the Chan_ge'),
        (UI + 'cw-lesson-pane.ui', 'Sho_w a Hint'),
    ],
    'main menu': [
        (UI + 'cw-window.ui', 'Save _As…'),
        (UI + 'cw-window.ui', '_Revert to Saved'),
        (UI + 'cw-window.ui', '_Keyboard Shortcuts'),
        (UI + 'cw-window.ui', 'A_bout Cluster Policy Workbench'),
        (UI + 'cw-window.ui', '_Quit'),
        (UI + 'cw-window.ui', 'P_in as Variant'),
        (UI + 'cw-window.ui', 'Open as _Variant…'),
        (UI + 'cw-window.ui', 'Rep_lay the Last Change'),
        (UI + 'cw-window.ui', '_Explain the Outcome…'),
        (UI + 'cw-window.ui', 'Write the Re_port…'),
        (UI + 'cw-window.ui', 'Assu_mptions'),
        (UI + 'cw-window.ui', 'E_xperiments…'),
    ],
    'experiments window, sweep': [
        (UI + 'cw-experiment-dialog.ui', '_Sweep'),
        (UI + 'cw-experiment-dialog.ui', '_Best Use of a Budget'),
        (UI + 'cw-experiment-dialog.ui', '_Add Factor'),
        (UI + 'cw-experiment-dialog.ui', '_Design'),
        (UI + 'cw-experiment-dialog.ui', 'Sa_mples'),
        (UI + 'cw-experiment-dialog.ui', 'R_eplicates per point'),
        (UI + 'cw-experiment-dialog.ui', '_Years after the start, e.g. 5 10'),
        (UI + 'cw-experiment-dialog.ui', '_Outcomes'),
        (UI + 'cw-experiment-dialog.ui', '_Run'),
        (UI + 'cw-experiment-dialog.ui', 'S_top'),
        (UI + 'cw-experiment-dialog.ui', 'A_nalyse'),
    ],
    'experiments window, budget': [
        (UI + 'cw-experiment-dialog.ui', '_Sweep'),
        (UI + 'cw-experiment-dialog.ui', '_Best Use of a Budget'),
        (UI + 'cw-experiment-dialog.ui', 'B_udget, M€ per year'),
        (UI + 'cw-experiment-dialog.ui', '_Frontier: also for budgets, e.g. 1 2 5'),
        (UI + 'cw-experiment-dialog.ui', 'Outcome to _maximise'),
        (UI + 'cw-experiment-dialog.ui', '_After years'),
        (UI + 'cw-experiment-dialog.ui', 'Replicates per a_llocation'),
        (UI + 'cw-experiment-dialog.ui', '_Run'),
        (UI + 'cw-experiment-dialog.ui', 'S_top'),
        (UI + 'cw-experiment-dialog.ui', 'A_pply This Allocation'),
    ],
    'experiments save menu': [
        (UI + 'cw-experiment-dialog.ui', '_Save the Experiment…'),
        (UI + 'cw-experiment-dialog.ui', 'Export the Runs as _CSV…'),
        (UI + 'cw-experiment-dialog.ui', 'Export the Chart as _PNG…'),
        (UI + 'cw-experiment-dialog.ui', 'Export the Chart as S_VG…'),
        (UI + 'cw-experiment-dialog.ui', 'Export the Chart as P_DF…'),
    ],
    'experiment file choosers': [
        ('ui/cw-experiment-files.c', '_Open'),
        ('ui/cw-experiment-files.c', '_Save'),
        ('ui/cw-experiment-files.c', '_Export'),
        ('ui/cw-experiment-files.c', '_Cancel'),
    ],
    'assumptions window': [
        (UI + 'cw-assumptions.ui', '_Reset All'),
    ],
    'new scenario menu': [
        (UI + 'cw-window.ui', 'The _Digital-Era Cluster Policy Cycle'),
        (UI + 'cw-window.ui', 'The _Classic Four-Step Policy Cycle'),
        (UI + 'cw-window.ui', 'An _Empty Canvas'),
    ],
    'open menu': [
        (UI + 'cw-window.ui', '_Examples'),
        (UI + 'cw-window.ui', '_Lessons'),
    ],
    'export menu': [
        (UI + 'cw-outcomes-pane.ui', 'As _PNG Image…'),
        (UI + 'cw-outcomes-pane.ui', 'As _SVG Drawing…'),
        (UI + 'cw-outcomes-pane.ui', 'As P_DF Document…'),
        (UI + 'cw-outcomes-pane.ui', 'Its Data as _CSV…'),
    ],
    'explain export menu': [
        (UI + 'cw-explain-dialog.ui', 'Export as _PNG…'),
        (UI + 'cw-explain-dialog.ui', 'Export as _SVG…'),
        (UI + 'cw-explain-dialog.ui', 'Export as P_DF…'),
    ],
    'cycle context menu': [
        ('ui/cw-cycle-canvas-edit.c', 'Re_name'),
        ('ui/cw-cycle-canvas-edit.c', '_Connect…'),
        ('ui/cw-cycle-canvas-edit.c', 'Start the Cycle _Here'),
        ('ui/cw-cycle-canvas-edit.c', '_Delete'),
        ('ui/cw-cycle-canvas-edit.c', '_Add Stage'),
        ('ui/cw-cycle-canvas-edit.c', 'Arrange on a _Ring'),
        ('ui/cw-cycle-canvas-edit.c', '_Fit to Window'),
    ],
    'save changes dialog': [
        ('ui/cw-window-files.c', '_Cancel'),
        ('ui/cw-window-files.c', '_Discard'),
        ('ui/cw-window-files.c', '_Save'),
    ],
    'revert dialog': [
        ('ui/cw-window-files.c', '_Cancel'),
        ('ui/cw-window-files.c', '_Revert'),
    ],
    'recovery dialog': [
        ('ui/cw-window-recovery.c', '_Later'),
        ('ui/cw-window-recovery.c', '_Discard'),
        ('ui/cw-window-recovery.c', '_Recover'),
    ],
    # cw_window_file_chooser(): Open, Save As and Open a Lesson File.
    'open and save file choosers': [
        ('ui/cw-window-files.c', '_Open'),
        ('ui/cw-window-files.c', '_Cancel'),
    ],
    'lessons menu': [
        (UI + 'cw-window.ui', 'Open a Lesson _File…'),
    ],
    'export file chooser': [
        ('ui/cw-outcomes-pane.c', '_Export'),
        ('ui/cw-outcomes-pane.c', '_Cancel'),
    ],
    'explain export file chooser': [
        ('ui/cw-explain-dialog.c', '_Export'),
        ('ui/cw-explain-dialog.c', '_Cancel'),
    ],
    'report file chooser': [
        ('ui/cw-window-report.c', '_Write'),
        ('ui/cw-window-report.c', '_Cancel'),
    ],
    'report written toast': [
        ('ui/cw-window-report.c', '_Open'),
    ],
    'lesson page file chooser': [
        ('ui/cw-lesson-pane.c', '_Export'),
        ('ui/cw-lesson-pane.c', '_Cancel'),
    ],
    'save failed alert': [
        ('ui/cw-window-files.c', '_Close'),
        ('ui/cw-window-files.c', 'Save _As…'),
    ],
    'file changed by another program dialog': [
        ('ui/cw-window-files.c', '_Cancel'),
        ('ui/cw-window-files.c', '_Reload'),
        ('ui/cw-window-files.c', 'Save _As…'),
        ('ui/cw-window-files.c', '_Save Anyway'),
    ],
    'unreadable recovery copy dialog': [
        ('ui/cw-window-recovery.c', '_Keep the Copy'),
        ('ui/cw-window-recovery.c', '_Delete'),
    ],
    'recovery copy not written alert': [
        ('ui/cw-window-recovery.c', '_Close'),
        ('ui/cw-window-recovery.c', '_Save Now'),
    ],
    'present mode': [
        (UI + 'cw-present-window.ui', '_Leave'),
    ],
    'error alerts': [
        ('ui/cw-window-files.c', '_Close'),
        ('ui/cw-outcomes-pane.c', '_Close'),
        ('ui/cw-compare-controller.c', '_Close'),
    ],
    'open as variant file chooser': [
        ('ui/cw-compare-controller.c', '_Open'),
        ('ui/cw-compare-controller.c', '_Cancel'),
    ],
}

# Letters a language's usual keyboard types without AltGr, beyond a–z and 0–9.
PLAIN_KEYS = {
    'en': '',
    'de': 'äöüß',
    'pl': '',   # ą ć ę ł ń ó ś ź ż need AltGr on the Polish (programmer's) layout
}

C_STRING = re.compile(r'(?<![A-Za-z0-9_])N?_\s*\(\s*"((?:[^"\\]|\\.)*)"\s*\)')
MNEMONIC = re.compile(r'_([^_])')


def labels_in_ui(path):
    """Translatable texts of a .ui file that carry an underscore."""
    found = set()
    for element in ET.parse(path).iter():
        if element.get('translatable') == 'yes' and element.text and MNEMONIC.search(element.text):
            found.add(element.text)
    return found


def labels_in_c(path):
    with open(path, encoding='utf-8') as f:
        return {m.group(1) for m in C_STRING.finditer(f.read()) if MNEMONIC.search(m.group(1))}


def access_key(label):
    """The access key of LABEL (lowercase), or None; '' when it has several."""
    keys = MNEMONIC.findall(label)
    if not keys:
        return None
    return keys[0].lower() if len(keys) == 1 else ''


def main():
    srcdir = sys.argv[1] if len(sys.argv) > 1 else '.'
    problems = []

    # Every label with an access key is in a group, and every group entry exists.
    found = set()
    for folder in ('resources/ui', 'resources/gtk'):
        for name in sorted(os.listdir(os.path.join(srcdir, folder))):
            if name.endswith('.ui'):
                path = folder + '/' + name
                found |= {(path, t) for t in labels_in_ui(os.path.join(srcdir, path))}
    for name in sorted(os.listdir(os.path.join(srcdir, 'ui'))):
        if name.endswith('.c'):
            path = 'ui/' + name
            found |= {(path, t) for t in labels_in_c(os.path.join(srcdir, path))}
    grouped = {entry for entries in GROUPS.values() for entry in entries}
    for path, text in sorted(found - grouped):
        problems.append('%s: “%s” has an access key but is in no group of %s' % (path, text, __file__))
    for path, text in sorted(grouped - found):
        problems.append('%s: no label “%s”; update the groups of %s' % (path, text, __file__))

    with open(os.path.join(srcdir, 'po', 'LINGUAS')) as f:
        langs = ['en'] + f.read().split()
    for lang in langs:
        catalogue = {}
        if lang != 'en':
            for e in pocatalog.messages(os.path.join(srcdir, 'po', lang + '.po')):
                if e.msgctxt is None and e.msgid_plural is None and e.msgstr.get(0):
                    catalogue[e.msgid] = e.msgstr[0]
        plain = PLAIN_KEYS.get(lang)
        if plain is None:
            problems.append('%s: no keyboard listed in PLAIN_KEYS' % lang)
            continue
        for group, entries in GROUPS.items():
            owners = {}
            for _, english in entries:
                label = catalogue.get(english, english)
                key = access_key(label)
                if key is None or key == '':
                    problems.append('%s, %s: “%s” needs exactly one access key' % (lang, group, label))
                    continue
                if not (key.isascii() and key.isalnum()) and key not in plain:
                    problems.append('%s, %s: “%s” uses %s, which needs AltGr' % (lang, group, label, key))
                other = owners.get(key)
                if other is not None and other != label:
                    problems.append('%s, %s: “%s” and “%s” both use Alt+%s' % (lang, group, other, label, key.upper()))
                owners[key] = label

    return pocatalog.report(problems, '%d groups, languages %s' % (len(GROUPS), ' '.join(langs)))


if __name__ == '__main__':
    sys.exit(main())
