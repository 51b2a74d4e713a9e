# Checks the rules of ARCHITECTURE.md on the source tree, so they stay true:
#   cmake -DSOURCE_DIR=<repo> -P tests/architecture_check.cmake
# Prints every violation and fails if there is one. Reads files as text; builds nothing.
cmake_minimum_required(VERSION 3.25)
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "pass -DSOURCE_DIR=<the repository root>")
endif()

set(kMaxLines 400)
set(violations "")

macro(violation file text)
    file(RELATIVE_PATH _relative "${SOURCE_DIR}" "${file}")
    list(APPEND violations "${_relative}: ${text}")
endmacro()

# The include lines of a file: `#include "x"` and `#include <x>` as "x".
function(read_includes file out)
    file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    set(result "")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"].*$" "\\1" name "${line}")
        list(APPEND result "${name}")
    endforeach()
    set(${out} "${result}" PARENT_SCOPE)
endfunction()

# Qt Charts headers, by the names Qt installs (QtCharts/..., QChart, QChartView, Q*Series, Q*Axis,
# QLegend*); QtCore/QtGui/QtWidgets headers share none of these names.
set(kChartsHeader "^(QtCharts|QtCharts/.*|QChart|QChartView|QLegend|QLegendMarker|Q[A-Za-z]*Series|Q[A-Za-z]*Axis|Q(Bar|Pie|Box|Candlestick)[A-Za-z]*)$")
set(kTorchHeader "^(torch|ATen|c10|caffe2)/")

file(GLOB_RECURSE sources LIST_DIRECTORIES false
    "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp"
    "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp"
    "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp"
    "${SOURCE_DIR}/tests/*.h" "${SOURCE_DIR}/tests/*.cpp")

foreach(file IN LISTS sources)
    file(RELATIVE_PATH path "${SOURCE_DIR}" "${file}")
    # Count newlines (file(STRINGS) would split lines at every ';' as a CMake list does).
    file(READ "${file}" content)
    string(REGEX REPLACE "[^\n]" "" newlines "${content}")
    string(LENGTH "${newlines}" line_count)
    if(line_count GREATER kMaxLines)
        violation("${file}" "${line_count} lines, more than ${kMaxLines}: split it")
    endif()

    read_includes("${file}" includes)
    string(REGEX MATCH "^(core/sheet|core/mnist/libtorch|core/mnist|ui/common|ui/charts|ui/sheet|ui/mnist|app/cli|app|tests)" room "${path}")
    foreach(include IN LISTS includes)
        # LibTorch lives in core/mnist/libtorch (tests of the MNIST engine may forge archives with it).
        if(include MATCHES "${kTorchHeader}" AND NOT room STREQUAL "core/mnist/libtorch"
           AND NOT path MATCHES "^tests/core/mnist/")
            violation("${file}" "includes LibTorch (${include}), which only core/mnist/libtorch may")
        endif()
        # (The engine's tests may look inside it, as they may use LibTorch: the optimizer factory.)
        if(include MATCHES "^core/mnist/libtorch/" AND NOT room STREQUAL "core/mnist/libtorch"
           AND NOT path MATCHES "^tests/core/mnist/")
            violation("${file}" "includes the MNIST engine's private part (${include})")
        endif()
        # Qt Charts lives in ui/charts (tests may look inside a chart).
        if(include MATCHES "${kChartsHeader}" AND NOT room STREQUAL "ui/charts" AND NOT room STREQUAL "tests")
            violation("${file}" "includes Qt Charts (${include}), which only ui/charts may")
        endif()
        # Dependencies point one way: app -> ui -> core; features never reach into each other.
        set(forbidden "")
        if(room MATCHES "^core")
            set(forbidden "^(ui|app)/|^Q[A-Z]|^Qt|^q[a-z0-9_]+\\.h$")
        endif()
        if(room STREQUAL "core/sheet")
            string(APPEND forbidden "|^core/mnist/")
        elseif(room MATCHES "^core/mnist")
            string(APPEND forbidden "|^core/sheet/")
        elseif(room STREQUAL "ui/common")
            set(forbidden "^(app|core)/|^ui/(charts|sheet|mnist)/")
        elseif(room STREQUAL "ui/charts")
            set(forbidden "^(app|core)/|^ui/(sheet|mnist)/")
        elseif(room STREQUAL "ui/sheet")
            set(forbidden "^app/|^ui/mnist/|^core/mnist/")
        elseif(room STREQUAL "ui/mnist")
            set(forbidden "^app/|^ui/sheet/|^core/sheet/")
        endif()
        if(forbidden AND include MATCHES "${forbidden}")
            violation("${file}" "${room} may not include ${include} (see ARCHITECTURE.md)")
        endif()
    endforeach()
endforeach()

list(LENGTH sources checked)
if(violations)
    list(LENGTH violations count)
    list(JOIN violations "\n  " text)
    message(FATAL_ERROR "${count} architecture rule(s) broken:\n  ${text}")
endif()
message(STATUS "architecture rules hold for ${checked} source files")
