#!/usr/bin/python3
# a11y-walk.py — reads the workbench window through AT-SPI as a screen reader would
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: a11y-walk.py [--check] [--dump] APP FILE...
# Starts APP on each FILE, waits for its window on the accessibility bus and
# walks the tree. --dump prints what a screen reader reads (role, name,
# description, states) for every object; --check prints TAP and fails when an
# interactive object has no proper name, a stage or arrow of the cycle is
# missing, a chart has no description with figures, or the description of the
# chart does not change after a lever is moved. With the first FILE it also
# opens the Experiments dialog from the main menu and checks its names.
# Needs an AT-SPI bus (tests/a11y-session.sh starts one) and python3-pyatspi.

import os
import re
import subprocess
import sys
import time

import gi
gi.require_version('Atspi', '2.0')
from gi.repository import Atspi  # noqa: E402

APP_NAME = 'cluster-workbench'
WAIT_SECONDS = 20
# The first start of the app on a fresh bus (fonts, the registry) can take
# longer than any later step on a loaded machine.
START_SECONDS = 60

INTERACTIVE = {
    Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.CHECK_BOX,
    Atspi.Role.RADIO_BUTTON, Atspi.Role.SLIDER, Atspi.Role.SPIN_BUTTON,
    Atspi.Role.ENTRY, Atspi.Role.TEXT, Atspi.Role.COMBO_BOX, Atspi.Role.MENU_ITEM,
    Atspi.Role.LINK, Atspi.Role.PAGE_TAB, Atspi.Role.LIST_ITEM,
}
# Names GTK derives from a widget's class or an image: never a proper name.
BAD_NAME = re.compile(r'^(Gtk|Adw|Cw)[A-Za-z]+$')
FIGURE = re.compile(r'[0-9]')

passed = 0
failed = 0
number = 0


def tap(ok, what):
    global passed, failed, number
    number += 1
    if ok:
        passed += 1
        print(f'ok {number} {what}')
    else:
        failed += 1
        print(f'not ok {number} {what}')
    sys.stdout.flush()


def find_app(pid):
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is None:
            continue
        try:
            if app.get_process_id() == pid:
                return app
        except gi.repository.GLib.Error:
            continue
    return None


def walk(obj, depth=0):
    """Yields (object, depth) for obj and its visible descendants."""
    yield obj, depth
    try:
        count = obj.get_child_count()
    except gi.repository.GLib.Error:
        return
    for i in range(count):
        child = obj.get_child_at_index(i)
        if child is None:
            continue
        try:
            states = child.get_state_set()
        except gi.repository.GLib.Error:
            continue
        if not states.contains(Atspi.StateType.VISIBLE):
            continue
        yield from walk(child, depth + 1)


def describe(obj):
    states = obj.get_state_set()
    marks = [name for s, name in ((Atspi.StateType.SELECTED, 'selected'),
                                  (Atspi.StateType.FOCUSED, 'focused'),
                                  (Atspi.StateType.CHECKED, 'checked'),
                                  (Atspi.StateType.ACTIVE, 'active'))
             if states.contains(s)]
    text = f'{obj.get_role_name()}: "{obj.get_name() or ""}"'
    description = obj.get_description()
    if description:
        text += f' — {description}'
    if marks:
        text += ' [' + ', '.join(marks) + ']'
    return text


def wait_for(predicate, seconds=WAIT_SECONDS):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    return None


def window_of(app):
    for i in range(app.get_child_count()):
        child = app.get_child_at_index(i)
        if child is not None and child.get_role() == Atspi.Role.FRAME:
            return child
    return None


def objects(window):
    return [o for o, _ in walk(window)]


def cycle_objects(window, n_stages):
    """The stages and arrows: the buttons laid over the cycle canvas (the
    focusable panel holding them), the stages first."""
    for o in objects(window):
        if o.get_role() != Atspi.Role.PANEL or not o.get_state_set().contains(Atspi.StateType.FOCUSABLE):
            continue
        children = [o.get_child_at_index(i) for i in range(o.get_child_count())]
        buttons = [c for c in children if c is not None and c.get_role() == Atspi.Role.PUSH_BUTTON]
        if buttons:
            return buttons[:n_stages], buttons[n_stages:]
    return [], []


def chart_images(window):
    return [o for o in objects(window) if o.get_role() == Atspi.Role.IMAGE]


def named_charts(window):
    """The charts: images with a name of their own (icons are read by class)."""
    return [o for o in chart_images(window) if o.get_name() and not BAD_NAME.match(o.get_name())]


def figures_described(window):
    images = named_charts(window)
    return images and all(FIGURE.search(o.get_description() or '') for o in images)


def said_twice(name):
    """A name that is its first half repeated ("Save Save") is read twice."""
    words = name.split()
    half = len(words) // 2
    return half > 0 and len(words) % 2 == 0 and words[:half] == words[half:]


def role_of(obj):
    """The object's role, or None when it left the tree after the walk listed it
    (a status line or a toast replaced while the window updates)."""
    try:
        return obj.get_role()
    except gi.repository.GLib.Error:
        return None


def inside_combo_box(obj):
    """A drop-down's current item is shown by an inner list the drop-down names."""
    parent = obj.get_parent()
    while parent is not None:
        if parent.get_role() == Atspi.Role.COMBO_BOX:
            return True
        parent = parent.get_parent()
    return False


def check_names(everything, what):
    """Every interactive object is named by words, none twice, no "_"."""
    unnamed = []
    for o, _ in everything:
        if role_of(o) not in INTERACTIVE:
            continue
        try:
            if inside_combo_box(o):
                continue
            name = o.get_name() or ''
        except gi.repository.GLib.Error:
            continue
        if not name.strip() or BAD_NAME.match(name) or '_' in name or said_twice(name):
            unnamed.append(f'{o.get_role_name()} "{name}"')
    tap(not unnamed, what)
    for u in unnamed:
        print(f'#   unnamed: {u}')


def named(window, roles, name):
    for o in objects(window):
        try:
            if o.get_role() in roles and (o.get_name() or '').replace('_', '') == name:
                return o
        except gi.repository.GLib.Error:
            continue
    return None


def press(obj):
    """Does the first action of @obj or, a menu button's, of its inner button."""
    for o in objects(obj):
        try:
            if o.get_n_actions() > 0:
                o.do_action(0)
                return
        except (gi.repository.GLib.Error, NotImplementedError):
            continue


def check_experiments(app, window, base, dump):
    """Opens Experiments from the main menu and checks the names in its dialog."""
    menu = named(window, {Atspi.Role.TOGGLE_BUTTON, Atspi.Role.PUSH_BUTTON}, 'Main Menu')
    tap(menu is not None, f'{base}: the main menu is a named button')
    if menu is None:
        return
    press(menu)
    item = wait_for(lambda: named(app, {Atspi.Role.MENU_ITEM, Atspi.Role.PUSH_BUTTON}, 'Experiments…'))
    tap(item is not None, f'{base}: the main menu offers Experiments…')
    if item is None:
        return
    press(item)

    def dialog():
        for i in range(app.get_child_count()):
            child = app.get_child_at_index(i)
            if child is not None and child.get_role() in (Atspi.Role.FRAME, Atspi.Role.DIALOG) \
                    and 'Experiments' in (child.get_name() or ''):
                return child
        return None
    found = wait_for(dialog)
    tap(found is not None, f'{base}: the Experiments dialog is on the accessibility bus')
    if found is None:
        return
    everything = list(walk(found))
    if dump:
        for o, depth in everything:
            print('# ' + '  ' * depth + describe(o))
    check_names(everything, f'{base}: every interactive object of the Experiments dialog has a proper name')


def check_file(app_path, path, dump, experiments):
    env = dict(os.environ)
    env.pop('NO_AT_BRIDGE', None)
    env.pop('GTK_A11Y', None)
    proc = subprocess.Popen([app_path, path], env=env)
    base = os.path.basename(path)
    try:
        app = wait_for(lambda: find_app(proc.pid), START_SECONDS)
        tap(app is not None, f'{base}: the window is on the accessibility bus')
        if app is None:
            return
        window = wait_for(lambda: window_of(app))
        tap(window is not None, f'{base}: a frame is shown')
        if window is None:
            return
        # The charts describe their figures once the first results are in.
        wait_for(lambda: figures_described(window))

        everything = list(walk(window))
        if dump:
            for o, depth in everything:
                print('# ' + '  ' * depth + describe(o))

        check_names(everything, f'{base}: every interactive object has a proper name')

        expected = read_counts(path)
        stages, arrows = cycle_objects(window, expected[0])
        names = {e for e in read_stage_names(path)}
        tap(len(stages) == expected[0] and {s.get_name() for s in stages} == names
            and all('quarters' in (s.get_description() or '') for s in stages),
            f'{base}: {len(stages)} of {expected[0]} stages are objects named as in the file, with their stay')
        tap(len(arrows) == expected[1] and all(a.get_name().startswith('Arrow from “') for a in arrows),
            f'{base}: {len(arrows)} of {expected[1]} arrows are named objects')
        tap(all(s.get_state_set().contains(Atspi.StateType.FOCUSABLE) for s in stages + arrows),
            f'{base}: stages and arrows are focusable')

        images = named_charts(window)
        tap(bool(images) and figures_described(window),
            f'{base}: {len(images)} charts shown, each described with its figures')
        for o in images:
            print(f'#   chart "{o.get_name()}": {o.get_description()}')

        check_lever_change(window, base, images)
        if experiments:
            check_experiments(app, window, base, dump)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def check_lever_change(window, base, images):
    """Moves the first lever slider to its maximum and waits for the chart text to change."""
    sliders = [o for o in objects(window) if o.get_role() == Atspi.Role.SLIDER]
    if not sliders or not images:
        tap(False, f'{base}: a lever slider and a chart to move it against')
        return
    slider = sliders[0]
    value = slider  # Atspi.Accessible implements Atspi.Value
    before = images[0].get_description()
    current = value.get_current_value()
    target = value.get_maximum_value() if current < value.get_maximum_value() else value.get_minimum_value()
    value.set_current_value(target)
    changed = wait_for(lambda: images[0].get_description() != before)
    tap(bool(changed), f'{base}: moving "{slider.get_name()}" changes the chart description')
    if changed:
        print(f'#   after: {images[0].get_description()}')


def read_counts(path):
    """Counts the stages and arrows in a scenario file without the model."""
    import xml.etree.ElementTree as ET
    root = ET.parse(path).getroot()
    stages = [e for e in root.iter() if e.tag.split('}')[-1] == 'stage']
    arrows = [e for e in root.iter() if e.tag.split('}')[-1] in ('edge', 'arrow', 'transition')]
    return len(stages), len(arrows)


def read_stage_names(path):
    import xml.etree.ElementTree as ET
    root = ET.parse(path).getroot()
    return [e.get('name') for e in root.iter() if e.tag.split('}')[-1] == 'stage']


def main():
    args = sys.argv[1:]
    check = '--check' in args
    dump = '--dump' in args
    args = [a for a in args if not a.startswith('--')]
    app_path, files = args[0], args[1:]
    if check:
        print('TAP version 13')
    for n, path in enumerate(files):
        check_file(app_path, path, dump, n == 0)
    if check:
        print(f'1..{number}')
        sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
