#pragma once

#include "core/mnist/confusion_matrix.h"

namespace bplab::testing {

// A hand-made matrix of three classes, circle (0), triangle (1) and square (2): 4 circles, one read
// as a square; 2 triangles, both right; 3 squares, one read as a triangle. Rows 4, 2, 3; columns 3,
// 3, 3; diagonal 3 + 2 + 2 = 7 of 9.
inline ConfusionMatrix threeShapesConfusion() {
    ConfusionMatrix confusion(3);
    confusion.at(0, 0) = 3;
    confusion.at(0, 2) = 1;
    confusion.at(1, 1) = 2;
    confusion.at(2, 2) = 2;
    confusion.at(2, 1) = 1;
    return confusion;
}

} // namespace bplab::testing
