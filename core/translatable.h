#pragma once

// Marks an English text of the core that the window shows in the user's language: a field's label, a
// choice's name, a sentence the UI words from values. The core stays Qt-free: the macro is the text
// itself (the command line prints it as it is). lupdate reads it as QT_TRANSLATE_NOOP
// (translations/CMakeLists.txt), filing the text under `context`, and the UI looks it up with
// QCoreApplication::translate(context, text). A text must be a literal for lupdate to see it.
#define BPLAB_TRANSLATABLE(context, text) text
