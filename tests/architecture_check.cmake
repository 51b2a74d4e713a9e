# Checks the rules of ARCHITECTURE.md on the source tree, so they stay true:
#   cmake -DSOURCE_DIR=<repo> -P tests/architecture_check.cmake
# Prints every violation and fails if there is one. Reads files as text; builds nothing.
cmake_minimum_required(VERSION 3.25)
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "pass -DSOURCE_DIR=<the repository root>")
endif()

set(kMaxLines 400)
# A class (or struct) declares at most this many members in its header: methods, fields, nested
# types, signals (list them: -DLIST_CLASS_SIZES=ON). A class past it does several jobs.
set(kMaxMembers 60)
# Known big classes, each with the reason it may stay big for now. An entry whose class has come
# down to the limit is reported, so the list only ever gets shorter.
#   BackpropSheetTab (69): the other tab class of ~500 lines (STYLE.md), to be split the same way.
set(kBigClassesAllowed BackpropSheetTab)
# A folder holds at most this many source files: past it, a room gets feature sub-folders
# (ARCHITECTURE.md, "Inside the big rooms"), so a newcomer finds a file by its folder's name.
set(kMaxFilesPerFolder 50)
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

# The member count of each class defined at namespace scope in a header: `names` and `counts` as
# parallel lists. Counts the declarations at depth 1 of the class body: each `;` there, and each
# inline body or initializer `{ ... }` closed there (with its `;`, if any, on the same line, as one).
# Comments, string and character literals are dropped first; access specifiers, Q_OBJECT and
# Q_SIGNALS carry no `;` and so count nothing. A nested class counts as one member of its outer class.
function(count_class_members file out_names out_counts)
    file(READ "${file}" content)
    string(REGEX REPLACE "/\\*([^*]|\\*+[^*/])*\\*+/" "" content "${content}")
    string(REGEX REPLACE "\"([^\"\\\n]|\\\\.)*\"" "\"\"" content "${content}")
    string(REGEX REPLACE "'([^'\\\n]|\\\\.)'" "''" content "${content}")
    string(REGEX REPLACE "//[^\n]*" "" content "${content}")
    # Make the text a CMake list of lines: `;`, `\\` and square brackets would split or join elements.
    string(REPLACE "\\" "" content "${content}")
    string(REPLACE "[" "(" content "${content}")
    string(REPLACE "]" ")" content "${content}")
    string(REPLACE ";" "`" content "${content}")
    string(REPLACE "\n" ";" lines "${content}")
    set(names "")
    set(counts "")
    set(depth 0)
    set(class "")         # the class being counted, once its `{` is seen
    set(pending "")       # a class whose header is read and whose `{` is still to come
    foreach(line IN LISTS lines)
        if(NOT class AND NOT pending AND line MATCHES "^[ \t]*(template[ \t]*<.*>[ \t]*)?(class|struct)[ \t]+([A-Za-z_][A-Za-z0-9_]*)")
            set(pending "${CMAKE_MATCH_3}")
        endif()
        string(REGEX MATCHALL "[{}`]" tokens "${line}")
        set(closed_member FALSE) # a body just closed at member depth: its `;` on this line is no new member
        foreach(token IN LISTS tokens)
            if(token STREQUAL "{")
                if(pending)
                    set(class "${pending}")
                    set(pending "")
                    set(class_depth ${depth})
                    set(members 0)
                endif()
                math(EXPR depth "${depth} + 1")
                set(closed_member FALSE)
            elseif(token STREQUAL "}")
                math(EXPR depth "${depth} - 1")
                if(class AND depth EQUAL class_depth)
                    list(APPEND names "${class}")
                    list(APPEND counts ${members})
                    set(class "")
                elseif(class)
                    math(EXPR member_depth "${class_depth} + 1")
                    if(depth EQUAL member_depth)
                        math(EXPR members "${members} + 1")
                        set(closed_member TRUE)
                    endif()
                endif()
            else() # `;`
                if(pending)
                    set(pending "") # a forward declaration: `class QLabel;`
                elseif(class)
                    math(EXPR member_depth "${class_depth} + 1")
                    if(depth EQUAL member_depth AND NOT closed_member)
                        math(EXPR members "${members} + 1")
                    endif()
                    set(closed_member FALSE)
                endif()
            endif()
        endforeach()
    endforeach()
    set(${out_names} "${names}" PARENT_SCOPE)
    set(${out_counts} "${counts}" PARENT_SCOPE)
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

    if(path MATCHES "^(core|ui|app)/.*[.]h$")
        count_class_members("${file}" class_names class_counts)
        foreach(name count IN ZIP_LISTS class_names class_counts)
            if(LIST_CLASS_SIZES)
                message(STATUS "${count} ${name} (${path})")
            endif()
            if(name IN_LIST kBigClassesAllowed)
                if(count LESS_EQUAL kMaxMembers)
                    violation("${file}" "class ${name} has ${count} members, no longer over ${kMaxMembers}: take it off kBigClassesAllowed")
                endif()
            elseif(count GREATER kMaxMembers)
                violation("${file}" "class ${name} declares ${count} members, more than ${kMaxMembers}: split it")
            endif()
        endforeach()
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
        # libxlsxwriter lives in core/sheet/workbook's writer (the one door to the .xlsx format).
        if(include MATCHES "^xlsxwriter" AND NOT path STREQUAL "core/sheet/workbook/sheet_workbook_writer.cpp")
            violation("${file}" "includes libxlsxwriter (${include}), which only core/sheet/workbook/sheet_workbook_writer.cpp may")
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

# Files per folder, under core/, ui/ and app/ (the tests mirror the rooms, not their sub-folders).
set(folders "")
foreach(file IN LISTS sources)
    file(RELATIVE_PATH path "${SOURCE_DIR}" "${file}")
    if(path MATCHES "^(core|ui|app)/")
        get_filename_component(folder "${path}" DIRECTORY)
        string(MAKE_C_IDENTIFIER "${folder}" key)
        math(EXPR files_in_${key} "${files_in_${key}}+0 + 1")
        list(APPEND folders "${folder}")
    endif()
endforeach()
list(REMOVE_DUPLICATES folders)
foreach(folder IN LISTS folders)
    string(MAKE_C_IDENTIFIER "${folder}" key)
    if(files_in_${key} GREATER kMaxFilesPerFolder)
        list(APPEND violations "${folder}/: ${files_in_${key}} source files, more than ${kMaxFilesPerFolder}: give it feature sub-folders")
    endif()
endforeach()

list(LENGTH sources checked)
if(violations)
    list(LENGTH violations count)
    list(JOIN violations "\n  " text)
    message(FATAL_ERROR "${count} architecture rule(s) broken:\n  ${text}")
endif()
message(STATUS "architecture rules hold for ${checked} source files")
