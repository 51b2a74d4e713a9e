"""Drives the running app through its accessibility tree and checks that the headline views fit the
screen (see screen_fit.sh). Arguments: SCREENSHOT_DIR LABEL. Prints one line per check; exits 1 on
the first view that does not fit, with the screenshot that shows it."""
import subprocess
import sys
import time

import atspi_session as ui

MIN_CHART_WIDTH = 320   # SheetSplitters::kMinimumChartWidth: the loss chart a lesson asks you to watch
MIN_CHART_HEIGHT = 200  # axis, labels and a curve that can be read
shots, label = sys.argv[1], sys.argv[2]
screen_w, screen_h = ui.screen_size()


def shot(name):
    path = f'{shots}/{name}-{label}.png'
    subprocess.run(['import', '-window', 'root', path], check=True)
    return path


def fail(message, picture):
    print(f'screen-fit {label}: FAILED: {message} (see {picture})')
    sys.exit(1)


def inside_screen(node, what, picture):
    x, y, w, h = ui.extents(node)
    if w <= 0 or h <= 0 or x < 0 or y < 0 or x + w > screen_w or y + h > screen_h:
        fail(f'{what} is not inside the {screen_w}x{screen_h} screen: at {x},{y} size {w}x{h}', picture)
    print(f'screen-fit {label}: {what} in view at {x},{y} ({w}x{h})')


def at_least(node, what, min_w, min_h, picture):
    x, y, w, h = ui.extents(node)
    if w < min_w or h < min_h:
        fail(f'{what} is {w}x{h}, less than {min_w}x{min_h}', picture)
    inside_screen(node, what, picture)


app = ui.app_root()
window = ui.find(app, 'frame', 'Backprop Lab')
wx, wy, ww, wh = ui.extents(window)
print(f'screen-fit {label}: window {ww}x{wh} at {wx},{wy} on a {screen_w}x{screen_h} screen')

# The divergence story: the lesson, then η past the threshold.
ui.click(ui.find(app, 'menu item', 'Lessons'))
ui.click(ui.find(app, 'menu item', 'Too big a step: divergence'))
ui.type_into(ui.find(app, 'spin button', 'Learning rate'), '20')
picture = shot('sheet-diverged')
for role, name, what in [('spin button', 'Learning rate', 'the η field'),
                         ('slider', None, 'the η slider'),
                         ('push button', 'Step cell', 'Step cell'),
                         ('push button', 'Step iteration', 'Step iteration'),
                         ('label', 'Diverged at iteration*', "the chart's divergence sentence"),
                         (None, 'Lesson', 'the lesson panel')]:
    inside_screen(ui.find(app, role, name), what, picture)
at_least(ui.find(app, None, 'Loss chart'), 'the loss chart', MIN_CHART_WIDTH, MIN_CHART_HEIGHT, picture)

# A training run: Train in view before and while it runs, the accuracy chart the largest pane.
ui.click(ui.find(app, 'page tab', 'MNIST trainer'), settle=1.5)
train = ui.find(app, 'push button', 'Train')
inside_screen(train, 'Train', shot('mnist-before'))
ui.click(train)
deadline = time.time() + 120
while time.time() < deadline:
    if any(n.getRoleName() == 'label' and (n.name or '').startswith('Done: ') for n in ui.walk(app)):
        break
    time.sleep(1)
picture = shot('mnist-training')
for name in ['Train', 'Stop', 'Resume']:
    inside_screen(ui.find(app, 'push button', name), name, picture)
accuracy = ui.find(app, None, 'Accuracy chart')
loss = ui.find(app, None, 'MNIST loss chart')
at_least(accuracy, 'the accuracy chart', MIN_CHART_WIDTH, MIN_CHART_HEIGHT, picture)
at_least(loss, 'the loss chart', MIN_CHART_WIDTH, MIN_CHART_HEIGHT, picture)
if ui.extents(accuracy)[2] < ui.extents(loss)[2]:
    fail('the accuracy chart, the main pane, is narrower than the loss chart beside it', picture)
print(f'screen-fit {label}: passed')
