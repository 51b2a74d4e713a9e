"""The window as a screen reader sees it: walks the app's accessibility tree over AT-SPI and fails
listing every control a user acts on that has no name, and every custom-painted view that says
neither what it is nor what it shows. Run by tests/e2e/accessibility.sh with the app already up.

The rules, on every node that is showing:
  * a control (a role of atspi_session.INTERACTIVE_ROLES, a progress bar, or anything that takes
    focus) has a name;
  * a combo box is named by a label (its labelled-by relation to a QLabel, a buddy): on Linux, Qt
    gives a combo box its current text as its name and ignores setAccessibleName, so "sigmoid" says
    what is chosen, never what for;
  * a spin box, slider, combo box or field is not named only after the group box around it (Qt names
    an unlabelled control by its QGroupBox's title: Play's speed box read "Step through");
  * a custom-painted view (a leaf of role filler, unknown, panel, canvas or image, at least
    32 × 32 px or taking focus; such a node whose only child is its own viewport, as a chart view;
    a label without text, as a picture) has a name and a description, and the views that show
    numbers (the network diagram, the loss landscape) say them in their description.
The walk covers the Backprop sheet tab with each of its lower tabs shown, the MNIST trainer tab with
each of its tabs, and the sheet again after Lessons › Too big a step: divergence.

    /usr/bin/python3 tests/e2e/accessibility_check.py      exit 0: all named; 1: a list of what is not
"""
import re
import sys
import time

import pyatspi

import atspi_session as at

VIEW_ROLES = {'filler', 'unknown', 'panel', 'canvas', 'drawing area', 'image'}
PICTURE_ROLES = {'label'}  # a QLabel showing a picture (a saliency map): named by its text, which it lacks
ALSO_NAMED = {'progress bar'}  # not acted on, but a screen reader announces it by name
MIN_VIEW_SIDE = 32  # px: smaller unnamed leaves are splitter handles and tool bar separators
NAMED_BY_ITS_VALUE = {'combo box'}
FIELD_ROLES = {'spin button', 'slider', 'combo box', 'text'}

# Views that show numbers must say them: what their description must contain (regular expressions).
DIAGRAM_SAYS = [r'\bw1 0\.15\b', r'\bw8 0\.55\b', r'\bi1 0\.05\b']  # the seed sheet's weights and input
LANDSCAPE_SAYS = [r'Selected point: w5 = [-\d.]+, w6 = [-\d.]+, E_total = \d']


def _focusable(node):
    return node.getState().contains(pyatspi.STATE_FOCUSABLE)


def _same_box(a, b):
    try:
        return at.extents(a) == at.extents(b)
    except Exception:  # a node gone while we looked
        return False


def _is_viewport(node):
    """A scroll area's viewport (a chart view's): a leaf filling its parent exactly. Focus lands on
    the scroll area, whose own name and description are checked."""
    parent = node.parent
    return (node.childCount == 0 and node.getRoleName() == 'filler' and parent is not None
            and parent.childCount == 1 and _same_box(node, parent))


def _is_view(node):
    role = node.getRoleName()
    if role in PICTURE_ROLES:
        return node.childCount == 0 and not (node.name or '').strip() and _big(node)
    if role not in VIEW_ROLES:
        return False
    leaf = node.childCount == 0 or (node.childCount == 1 and _is_viewport(node[0]))
    if not leaf or _is_viewport(node):
        return False
    return _focusable(node) or _big(node)


def _big(node):
    _, _, width, height = at.extents(node)
    return width >= MIN_VIEW_SIDE and height >= MIN_VIEW_SIDE


def _enclosing_group(node):
    """The name of the nearest group box (role panel) around `node`, or ''."""
    parent = node.parent
    while parent is not None and parent.getRoleName() not in ('frame', 'application'):
        if parent.getRoleName() == 'panel':
            return (parent.name or '').strip()
        parent = parent.parent
    return ''


def _index_path(node):
    """The node's position in the tree (child indices from the window down): tells apart two nodes
    at the same place in different pages of a tab widget."""
    path = []
    while node is not None and node.getRoleName() != 'application':
        path.append(node.getIndexInParent())
        node = node.parent
    return tuple(reversed(path))


def where(node):
    """Where a node sits, for a reader of the failure: its box and its named ancestors."""
    trail = []
    parent = node.parent
    while parent is not None and parent.getRoleName() != 'application':
        if (parent.name or '').strip():
            trail.append(f"{parent.getRoleName()} '{parent.name.strip()}'")
        parent = parent.parent
    try:
        x, y, w, h = at.extents(node)
        box = f'at {x},{y} {w}×{h}'
    except Exception:
        box = 'at ?'
    held = next((f" holding {child.getRoleName()} '{child.name.strip()}'" for child in node
                 if child is not None and (child.name or '').strip()), '')
    return f"{box}{held}, in {' › '.join(trail[:3]) or 'the window'}"


def problems_of(node):
    """What a screen reader would miss on `node`: a list of sentences (empty when it is fine)."""
    role = node.getRoleName()
    name = (node.name or '').strip()
    found = []
    if role in NAMED_BY_ITS_VALUE:
        if not [text for kind, text in at.labels(node) if kind == 'label']:
            found.append(f"named only by its current value '{name}': give it a label (QLabel::setBuddy)")
    elif role in at.INTERACTIVE_ROLES or role in ALSO_NAMED or _focusable(node):
        if not name and not _is_viewport(node):
            found.append('no name')
        elif role in FIELD_ROLES and name == _enclosing_group(node):
            found.append(f"named only after its group box '{name}'")
    if _is_view(node):
        if not name:
            found.append('a view with no name')
        if not (node.description or '').strip():
            found.append('a view with no description of what it shows')
    return found


class Audit:
    def __init__(self, root):
        self.root = root
        self.failures = {}  # (role, name, problem, index path) -> (stage, where): the first walk that saw it
        self.counts = []  # (stage, controls, views)

    def walk(self, stage):
        controls = views = 0
        for node in at.walk(self.root):
            if not at.showing(node) or node.getRoleName() == 'application':
                continue
            role = node.getRoleName()
            if role in at.INTERACTIVE_ROLES or _focusable(node):
                controls += 1
            if _is_view(node):
                views += 1
            for problem in problems_of(node):
                key = (role, (node.name or '').strip(), problem, _index_path(node))
                if key not in self.failures:
                    self.failures[key] = (stage, where(node))
        self.counts.append((stage, controls, views))

    def check_values(self, stage, name, patterns):
        """The view named `name` on screen says its values: its description matches every pattern."""
        node = next((n for n in at.walk(self.root) if at.showing(n) and n.getRoleName() in VIEW_ROLES
                     and (n.name or '') == name), None)
        if node is None:
            self.failures.setdefault(('view', name, 'no view of that name', ()), (stage, 'not on screen'))
            return
        description = node.description or ''
        missing = [p for p in patterns if not re.search(p, description)]
        if missing:
            problem = f"its description does not say its values ({', '.join(missing)}): '{description}'"
            self.failures.setdefault((node.getRoleName(), name, problem, ()), (stage, where(node)))
        else:
            print(f"accessibility: {stage}: {name} says: {description}")

    def walk_tabs_of(self, stage, tab_list_name):
        """Walks again with each page tab of the tab list named after its first tab shown."""
        tabs = at.find(self.root, 'page tab list', tab_list_name)
        names = [tab.name for tab in tabs if tab.getRoleName() == 'page tab']
        for tab_name in names:
            at.press(at.find(tabs, 'page tab', tab_name, only_showing=False), settle=0.8)
            self.walk(f'{stage} › {tab_name}')
        at.press(at.find(tabs, 'page tab', names[0], only_showing=False), settle=0.5)


def open_lesson(root, title):
    """Lessons › `title`, as a screen reader does it: the menu bar's ShowMenu, then the item's Press."""
    at.press(at.find(root, 'menu item', 'Lessons'), action='ShowMenu')
    item = at.find(root, 'menu item', title)
    at.press(item, action='Press', settle=1.5)


def main():
    root = at.app_root()
    time.sleep(1)  # the first paint: the views set their descriptions when they draw their first state
    audit = Audit(root)

    at.press(at.find(root, 'page tab', 'Backprop sheet'))
    audit.walk('Backprop sheet')
    audit.walk_tabs_of('Backprop sheet', 'Network')
    at.press(at.find(root, 'page tab', 'Network'))
    audit.check_values('Backprop sheet', 'Network diagram', DIAGRAM_SAYS)
    at.press(at.find(root, 'page tab', 'Landscape'), settle=1.5)
    audit.check_values('Backprop sheet', 'Loss landscape', LANDSCAPE_SAYS)
    at.press(at.find(root, 'page tab', 'Network'))

    at.press(at.find(root, 'page tab', 'MNIST trainer'), settle=1.5)
    audit.walk('MNIST trainer')
    for tab_list in [node for node in at.walk(root) if at.showing(node) and node.getRoleName() == 'page tab list'
                     and 'MNIST trainer' not in [tab.name for tab in node]]:
        audit.walk_tabs_of('MNIST trainer', tab_list.name)

    at.press(at.find(root, 'page tab', 'Backprop sheet'), settle=1.0)
    lesson = 'Too big a step: divergence'
    open_lesson(root, lesson)
    audit.walk(f'lesson {lesson}')

    for stage, controls, views in audit.counts:
        print(f'accessibility: {stage}: {controls} controls, {views} custom-painted views')
    if not audit.failures:
        print('accessibility: passed: every control and view on screen has a name a screen reader can say')
        return 0
    print(f'accessibility: FAILED: {len(audit.failures)} controls or views a screen reader cannot name:')
    for (role, name, problem, _), (stage, place) in audit.failures.items():
        print(f"  [{stage}] {role} '{name}' {place}: {problem}")
    return 1


if __name__ == '__main__':
    sys.exit(main())
