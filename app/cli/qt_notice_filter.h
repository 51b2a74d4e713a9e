#pragma once

#include <QString>
#include <QtGlobal>

namespace bplab::app {

// Whether `message` is a notice Qt writes that tells a command-line user nothing: the offscreen
// platform plugin (which `sheet --chart` and `explain` draw on) warns "This plugin does not support
// propagateSizeHints()" whenever a widget's size limits change, on every run; and without
// XDG_RUNTIME_DIR (cron, a container, su) Qt says which folder it uses instead. Matched narrowly, so
// that every other warning stays visible.
bool isHarmlessQtNotice(QtMsgType type, const QString& message);

// Installs a message handler that drops those notices and hands every other message to the handler
// that was there before (Qt's own). For the command line; call before the application object exists.
void dropHarmlessQtNotices();

} // namespace bplab::app
