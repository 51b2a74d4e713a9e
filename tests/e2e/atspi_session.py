"""The app as assistive technology sees it: its accessibility tree over AT-SPI, and a real mouse.

Shared by the end-to-end checks that find controls by their accessible names rather than by fixed
pixel positions (screen fitting, accessibility). Needs Debian's python3-pyatspi, an X display with a
D-Bus session and the AT-SPI bus (x_session.sh starts them), and xdotool. Run with /usr/bin/python3:
pyatspi is Debian's module, not a pip one.
"""
import subprocess
import time

import pyatspi

# Roles a user acts on: each must carry a name a screen reader can say.
INTERACTIVE_ROLES = {
    'push button', 'button', 'toggle button', 'check box', 'radio button', 'combo box', 'spin button', 'slider',
    'text', 'password text', 'page tab', 'menu item', 'check menu item', 'radio menu item', 'menu',
    'scroll bar', 'table', 'list', 'tree', 'link',
}


def app_root(name='backprop-lab', timeout=60):
    """The application's accessible root. A GTK platform theme registers a second, empty application
    of the same name: the one with children is ours."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == name and app.childCount > 0:
                return app
        time.sleep(0.5)
    raise RuntimeError(f'no accessible application named {name} within {timeout} s')


def showing(node):
    return node.getState().contains(pyatspi.STATE_SHOWING)


def walk(root, into_tables=False, only_showing=True):
    """Breadth first. Table cells are many and slow to list over D-Bus: left out unless asked."""
    queue = [root]
    while queue:
        node = queue.pop(0)
        if node is None:
            continue
        yield node
        role = node.getRoleName()
        if role == 'table' and not into_tables:
            continue
        if only_showing and role != 'application' and not showing(node):
            continue
        queue.extend(child for child in node)


# Newer AT-SPI (Debian 13's 2.56) says 'button' where older ones (Debian 12's 2.46) say 'push button'.
ROLE_ALIASES = {'button': 'push button'}


def role_of(node):
    """The node's role name, the same on every AT-SPI version."""
    role = node.getRoleName()
    return ROLE_ALIASES.get(role, role)


def _matches(node, role, name):
    if role is not None and role_of(node) != role:
        return False
    if name is None:
        return True
    if name.endswith('*'):
        return (node.name or '').startswith(name[:-1])
    return node.name == name


def find(root, role, name, timeout=10, only_showing=True):
    """The first node of `role` (None: any) named `name` (a trailing * matches a prefix), waiting up to
    `timeout` seconds for it to appear."""
    deadline = time.time() + timeout
    while True:
        for node in walk(root, only_showing=only_showing):
            if _matches(node, role, name) and (not only_showing or showing(node)):
                return node
        if time.time() >= deadline:
            raise RuntimeError(f'no {role} named {name!r} on screen')
        time.sleep(0.5)


def extents(node):
    """(x, y, width, height) on the screen."""
    box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    return box.x, box.y, box.width, box.height


def click(node, settle=0.5):
    """A real mouse click in the middle of the node."""
    x, y, w, h = extents(node)
    subprocess.run(['xdotool', 'mousemove', str(x + w // 2), str(y + h // 2), 'click', '1'], check=True)
    time.sleep(settle)


def press(node, action=None, settle=0.5):
    """Does what a screen reader does to activate a node: its AT-SPI action `action` (by name), or its
    first one ('Press' for a button or page tab, 'ShowMenu' for a menu bar's menu). Falls back to a
    click when the node offers no action."""
    try:
        actions = node.queryAction()
    except NotImplementedError:
        actions = None
    names = [actions.getName(i) for i in range(actions.nActions)] if actions else []
    if not names:
        click(node, settle)
        return
    index = names.index(action) if action in names else 0
    actions.doAction(index)
    time.sleep(settle)


def labels(node):
    """The names of the labels that name `node` through a labelled-by relation (a QLabel's buddy, a
    QGroupBox's title): on Linux, Qt names a combo box by its current text and says what it is for
    only through this relation, which screen readers read."""
    found = []
    for relation in node.getRelationSet():
        if relation.getRelationType() != pyatspi.RELATION_LABELLED_BY:
            continue
        for i in range(relation.getNTargets()):
            target = relation.getTarget(i)
            if target is not None and (target.name or '').strip():
                found.append((target.getRoleName(), target.name.strip()))
    return found


def type_into(node, text, settle=0.8):
    """Click into a field, select what is there, type `text` and press Enter."""
    click(node, settle=0.2)
    subprocess.run(['xdotool', 'key', 'ctrl+a'], check=True)
    subprocess.run(['xdotool', 'type', '--delay', '20', text], check=True)
    subprocess.run(['xdotool', 'key', 'Return'], check=True)
    time.sleep(settle)


def screen_size():
    out = subprocess.run(['xdotool', 'getdisplaygeometry'], check=True, capture_output=True, text=True).stdout
    width, height = out.split()
    return int(width), int(height)
