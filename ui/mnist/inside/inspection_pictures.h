#pragma once

// Pictures of what the CNN computes (core/mnist/network_inspection.h), drawn the same way in the
// window's "Inside the network" view and by `backprop-lab explain`.

#include "core/mnist/mnist_data.h"
#include "core/mnist/network_inspection.h"

#include <QImage>

#include <array>
#include <optional>

namespace bplab::ui {

// How values become colours. One scale serves every map of a picture, so maps compare with each other.
enum class PictureScale {
    Sequential, // viridis from the picture's smallest value (dark) to its largest (yellow)
    Diverging,  // blue (negative) – white (0) – red (positive), ± the largest magnitude
};

// The value range a picture's colours span: [low, high] for Sequential, [-limit, +limit] for Diverging.
struct ScaleRange {
    float low = 0.0f;
    float high = 0.0f;
};
ScaleRange scaleRange(const PlainTensor& values, PictureScale scale);

// The colour `value` gets on `scale` over `range` (a flat range, every value equal, maps to the
// middle of the scale). Exposed so tests and legends read the same mapping.
QColor colourOf(float value, PictureScale scale, ScaleRange range);

// Maps {C, H, W} (or one map {H, W}) side by side, `columns` per row (0: about square), each pixel
// drawn zoom × zoom, a gap of `gap` background pixels between maps.
QImage mapsPicture(const PlainTensor& maps, PictureScale scale, int zoom, int columns = 0, int gap = 2);

// A bar `width` × `height` running over `range` on `scale` from left to right: a picture's legend.
QImage legendPicture(PictureScale scale, ScaleRange range, int width, int height);

// The map, row and column under `point` (picture pixels) of mapsPicture(maps, …, zoom, columns, gap),
// with its value; nothing over a gap or outside the maps. Hover read-outs use it.
struct MapCell {
    int map = 0;
    int row = 0;
    int col = 0;
    float value = 0.0f;
};
std::optional<MapCell> mapCellAt(const PlainTensor& maps, QPoint point, int zoom, int columns = 0, int gap = 2);

// Kernels {outputs, inputs, H, W}: one row per output map, one column per input map, Diverging.
QImage kernelsPicture(const PlainTensor& kernels, int zoom, int gap = 2);

// The digit in grey with the saliency map over it on the Diverging scale: a pixel's colour shows
// the sign, its opacity the magnitude relative to the largest (0 leaves the grey digit as it is).
QImage saliencyPicture(const std::array<float, kMnistPixels>& pixels, const SaliencyMap& saliency, int zoom);

} // namespace bplab::ui
