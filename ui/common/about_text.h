#pragma once

#include <QString>

namespace bplab::ui {

// What Help › About tells that only the application knows: the window cannot ask the engines itself
// (ui/common includes no core), so the app fills this in.
struct AboutFacts {
    QString version;         // Backprop Lab's, from CMake's project() (QCoreApplication::applicationVersion)
    QString libtorchVersion; // the LibTorch the engines were built with ("1.13.0")
    QString instructionSet;  // of the native CPU kernels ("AVX-512", "AVX2", "generic"); empty: none run here
};

// The About box's text (rich text): version, licence and where to read it, the Qt it runs on (and was
// built with, where they differ), LibTorch, the kernels' instruction set.
QString aboutText(const AboutFacts& facts);
// The licence's name, the first line of the compiled-in LICENSE ("MIT License"); empty without it.
QString licenceName();

} // namespace bplab::ui
