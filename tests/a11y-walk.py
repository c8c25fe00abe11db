#!/usr/bin/python3
# a11y-walk.py — reads the workbench window through AT-SPI as a screen reader would
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: a11y-walk.py [--check] [--dump] [--language=LL] APP FILE...
# Starts APP on each FILE, in language LL (LANGUAGE; English by default) with
# fresh XDG directories, waits for its window on the accessibility bus and
# walks the tree. --dump prints what a screen reader reads (role, name,
# description, states) for every object; --check prints TAP and fails when an
# interactive object has no proper name, a stage or arrow of the cycle is
# missing, a chart has no description with figures, or the description of the
# chart does not change after a lever is moved. With the first scenario FILE
# it also opens the Experiments dialog from the main menu and checks its names.
# A FILE.lesson is walked through the lesson pane instead, step by step to the
# end: the names of every step (the Up / Same / Down answers, the hint, the
# sketch chart with its figures) and of the whole window at the first step.
# Needs an AT-SPI bus (tests/a11y-session.sh starts one) and python3-pyatspi.

import os
import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

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


def check_names(everything, what, roles=INTERACTIVE):
    """Every interactive object (of @roles) is named by words, none twice, no "_"."""
    unnamed = []
    for o, _ in everything:
        if role_of(o) not in roles:
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


def start(app_path, path, language, home):
    """Starts APP on @path in @language, its settings and saved lesson
    progress in the fresh directory @home."""
    env = dict(os.environ)
    env.pop('NO_AT_BRIDGE', None)
    env.pop('GTK_A11Y', None)
    if language != 'en':
        env['LANGUAGE'] = language
    for name in ('XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_STATE_HOME', 'XDG_CACHE_HOME'):
        env[name] = os.path.join(home, name.lower())
        os.makedirs(env[name], exist_ok=True)
    return subprocess.Popen([app_path, path], env=env)


def stop(proc):
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def window_of_proc(proc, base):
    """The frame of the started app, once it is on the accessibility bus."""
    app = wait_for(lambda: find_app(proc.pid), START_SECONDS)
    tap(app is not None, f'{base}: the window is on the accessibility bus')
    if app is None:
        return None, None
    window = wait_for(lambda: window_of(app))
    tap(window is not None, f'{base}: a frame is shown')
    return app, window


def check_file(app_path, path, dump, experiments, language, home):
    proc = start(app_path, path, language, home)
    base = os.path.basename(path)
    try:
        app, window = window_of_proc(proc, base)
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
        stop(proc)


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
    root = ET.parse(path).getroot()
    stages = [e for e in root.iter() if e.tag.split('}')[-1] == 'stage']
    arrows = [e for e in root.iter() if e.tag.split('}')[-1] in ('edge', 'arrow', 'transition')]
    return len(stages), len(arrows)


def read_stage_names(path):
    root = ET.parse(path).getroot()
    return [e.get('name') for e in root.iter() if e.tag.split('}')[-1] == 'stage']

# The lesson pane, walked step by step.

LESSON_NS = '{https://clusterworkbench.github.io/ns/lesson}'
# The lesson pane is read aloud by more than its buttons: its progress bar and
# its sketch chart are named too.
LESSON_READ = INTERACTIVE | {Atspi.Role.PROGRESS_BAR, Atspi.Role.IMAGE}
STEP_NUMBERS = re.compile(r'(\d+)\D+(\d+)')
# A year and its value in a chart's description: "2021 0.51".
POINT = re.compile(r'\d{4}: \d')
XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'
KEY_UP = 0xff52
KEY_RIGHT = 0xff53


def in_language(element, tag, language):
    """The text of @element's child @tag in @language (English: no xml:lang)."""
    for child in element.findall(LESSON_NS + tag):
        if child.get(XML_LANG, 'en') == language:
            return child.text
    return None


def read_lesson(path, language):
    """The lesson's title and its steps: (kind, element) in order."""
    root = ET.parse(path).getroot()
    steps = [(e.tag.split('}')[-1], e) for e in root.find(LESSON_NS + 'steps')]
    return in_language(root, 'title', language), steps


def states_of(obj):
    try:
        return obj.get_state_set()
    except gi.repository.GLib.Error:
        return None


def sensitive(obj):
    states = states_of(obj)
    return states is not None and states.contains(Atspi.StateType.SENSITIVE)


def lesson_pane(window):
    """The lesson pane: the parent of the scroll pane holding the progress bar."""
    for o in objects(window):
        if role_of(o) != Atspi.Role.PROGRESS_BAR:
            continue
        parent = o.get_parent()
        while parent is not None and parent.get_role() != Atspi.Role.SCROLL_PANE:
            parent = parent.get_parent()
        return parent.get_parent() if parent is not None else None
    return None


def children(obj):
    return [c for c in (obj.get_child_at_index(i) for i in range(obj.get_child_count())) if c is not None]


class Pane:
    """What the walk reads and presses in the lesson pane."""

    def __init__(self, pane):
        self.pane = pane
        self.scroller = next(c for c in children(pane) if c.get_role() == Atspi.Role.SCROLL_PANE)
        row = next(c for c in children(pane) if c.get_role() == Atspi.Role.PANEL)
        buttons = [c for c in children(row) if c.get_role() == Atspi.Role.PUSH_BUTTON]
        # Back, Next, Export and Close, as laid out under the steps.
        self.back, self.next, self.export, self.close = buttons

    def content(self):
        return [o for o in objects(self.scroller)]

    def labels(self):
        return [o.get_name() or '' for o in self.content() if role_of(o) == Atspi.Role.LABEL]

    def step_number(self):
        """The step shown, from the label after the progress bar ("Step 2 of 9 · Predict")."""
        content = self.content()
        roles = [role_of(o) for o in content]
        if Atspi.Role.PROGRESS_BAR not in roles:
            return None
        after = content[roles.index(Atspi.Role.PROGRESS_BAR) + 1:]
        match = STEP_NUMBERS.search(next((o.get_name() for o in after if role_of(o) == Atspi.Role.LABEL), ''))
        return (int(match.group(1)), int(match.group(2))) if match else None

    def buttons(self):
        """The buttons of the step itself: answers, Make the Change, the hint."""
        return [o for o in self.content() if role_of(o) in (Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON)]

    def chart(self):
        return next((o for o in self.content() if role_of(o) == Atspi.Role.IMAGE), None)


def check_step_names(pane, what, dump):
    everything = list(walk(pane.pane))
    if dump:
        for o, depth in everything:
            print('# ' + '  ' * depth + describe(o))
    check_names(everything, what, LESSON_READ)


def answer_directions(pane, step, base):
    """Names the three answers per outcome by the outcome and presses the first."""
    outcomes = len(step.findall(LESSON_NS + 'outcome'))
    answers = [b for b in pane.buttons() if ': ' in (b.get_name() or '')]
    names = [b.get_name() for b in answers]
    prefixes = [n.rsplit(': ', 1)[0] for n in names]
    tap(len(answers) == 3 * outcomes and len(set(names)) == len(names) and
        all(prefixes[k] == prefixes[k - k % 3] for k in range(len(prefixes))) and len(set(prefixes)) == outcomes,
        f'{base}: {len(answers)} answers for {outcomes} outcomes, each named by its outcome and direction')
    for k in range(0, len(answers), 3):
        press(answers[k])


def sketch(pane, base):
    """The sketch chart is named and described; two points set by keyboard
    show in its description with their figures."""
    chart = wait_for(pane.chart)
    tap(chart is not None and chart.get_name() and not BAD_NAME.match(chart.get_name()),
        f'{base}: the sketch is a chart named "{chart.get_name() if chart else ""}"')
    if chart is None:
        return
    before = chart.get_description() or ''
    tap(before != '', f'{base}: the empty sketch says how to draw: {before}')
    # The step gives the sketch the keyboard focus.
    wait_for(lambda: states_of(chart) is not None and states_of(chart).contains(Atspi.StateType.FOCUSED))
    for key in (KEY_UP, KEY_RIGHT, KEY_UP):
        Atspi.generate_keyboard_event(key, None, Atspi.KeySynthType.SYM)
    sketched = wait_for(lambda: len(POINT.findall(chart.get_description() or '')) == 2)
    tap(bool(sketched), f'{base}: the sketched points are read: {chart.get_description()}')


def reveal_chart(pane, base):
    chart = pane.chart()
    if chart is None:
        return
    # The two sketched points, and the run's value every year.
    tap(len(POINT.findall(chart.get_description() or '')) > 4,
        f'{base}: the revealed chart reads the prediction and the result: {chart.get_description()}')


def show_hints(pane, step, language, base):
    """Presses the hint button until every hint of the step is shown."""
    hints = [in_language(h, 'text', language) for h in step.findall(LESSON_NS + 'hint')]
    button = next((b for b in pane.buttons() if sensitive(b)), None)
    tap(button is not None, f'{base}: a hint button')
    if button is None:
        return
    for n in range(1, len(hints) + 1):
        press(button)
        shown = wait_for(lambda: any(all(h in text for h in hints[:n]) for text in pane.labels()))
    tap(bool(shown), f'{base}: {len(hints)} hints shown')
    if not shown:
        for text in pane.labels():
            print(f'#   label: {text}')


def check_lesson(app_path, path, dump, language, home):
    title, steps = read_lesson(path, language)
    base = f'{language}, {os.path.basename(path)}'
    proc = start(app_path, path, language, home)
    try:
        app, window = window_of_proc(proc, base)
        if window is None:
            return
        found = wait_for(lambda: lesson_pane(window))
        tap(found is not None, f'{base}: the lesson pane is on the accessibility bus')
        if found is None:
            return
        pane = Pane(found)
        tap(wait_for(lambda: title in pane.labels()) is not None, f'{base}: the lesson is titled "{title}"')
        # A catalogue that is not found would walk English under another name.
        tap(language == 'en' or pane.next.get_name() != 'Next',
            f'{base}: the buttons are in the catalogue\'s language (Next reads "{pane.next.get_name()}")')
        wait_for(lambda: figures_described(window))
        check_names(list(walk(window)), f'{base}: every interactive object of the window has a proper name')
        for index, (kind, step) in enumerate(steps):
            what = f'{base}, step {index + 1} ({kind})'
            shown = wait_for(lambda: pane.step_number() == (index + 1, len(steps)))
            tap(shown is not None, f'{what}: shown as step {index + 1} of {len(steps)}')
            if shown is None:
                return
            if kind == 'predict' and step.get('outcome'):
                sketch(pane, what)
            elif kind == 'predict':
                answer_directions(pane, step, what)
            elif kind == 'run' and step.get('by') == 'learner':
                change = next((b for b in pane.buttons() if sensitive(b)), None)
                tap(change is not None, f'{what}: a button makes the change')
                if change is not None:
                    press(change)
            elif kind == 'challenge':
                show_hints(pane, step, language, what)
            last = index + 1 == len(steps)
            can_go_on = wait_for(lambda: sensitive(pane.next), WAIT_SECONDS * 3) if not last else None
            if kind == 'reveal':
                reveal_chart(pane, what)
            check_step_names(pane, f'{what}: every object of the lesson pane has a proper name', dump)
            if last:
                tap(not sensitive(pane.next), f'{what}: Next is off at the end')
            else:
                tap(bool(can_go_on), f'{what}: Next can be pressed')
                if not can_go_on:
                    return
                press(pane.next)
    finally:
        stop(proc)


def main():
    args = sys.argv[1:]
    check = '--check' in args
    dump = '--dump' in args
    language = next((a.split('=', 1)[1] for a in args if a.startswith('--language=')), 'en')
    args = [a for a in args if not a.startswith('--')]
    app_path, files = args[0], args[1:]
    if check:
        print('TAP version 13')
    scenarios = [f for f in files if not f.endswith('.lesson')]
    with tempfile.TemporaryDirectory(prefix='a11y-walk-') as root:
        for n, path in enumerate(files):
            home = os.path.join(root, str(n))
            if path.endswith('.lesson'):
                check_lesson(app_path, path, dump, language, home)
            else:
                check_file(app_path, path, dump, path == scenarios[0], language, home)
    if check:
        print(f'1..{number}')
        sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
