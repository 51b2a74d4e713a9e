#include "ui/mnist/inside/inspection_pictures.h"

#include "ui/common/colour_scales.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace bplab::ui {

namespace {

// {C, H, W} as C maps of H×W; {H, W} as one map.
struct MapLayout {
    std::int64_t count = 1, rows = 0, cols = 0;
};

MapLayout layoutOf(const PlainTensor& maps) {
    const auto& s = maps.shape;
    if (s.size() == 2) return {1, s[0], s[1]};
    if (s.size() == 3) return {s[0], s[1], s[2]};
    if (s.size() == 1) return {s[0], 1, 1}; // a vector ({16}, {10}): one cell per value
    return {0, 0, 0};
}

QColor background() { return {240, 240, 240}; }

// Maps per row of the picture: `columns`, or (0) about square.
int mapColumns(std::int64_t count, int columns) {
    return columns > 0 ? columns : static_cast<int>(std::ceil(std::sqrt(static_cast<double>(count))));
}

} // namespace

ScaleRange scaleRange(const PlainTensor& values, PictureScale scale) {
    float low = 0.0f, high = 0.0f;
    bool first = true;
    for (float v : values.values) {
        if (!std::isfinite(v)) continue;
        low = first ? v : std::min(low, v);
        high = first ? v : std::max(high, v);
        first = false;
    }
    if (scale == PictureScale::Sequential) return {low, high};
    const float limit = std::max(std::abs(low), std::abs(high));
    return {-limit, limit};
}

QColor colourOf(float value, PictureScale scale, ScaleRange range) {
    const double span = static_cast<double>(range.high) - static_cast<double>(range.low);
    if (scale == PictureScale::Diverging) {
        const double limit = static_cast<double>(range.high);
        return diverging(limit > 0.0 ? static_cast<double>(value) / limit : 0.0);
    }
    return viridis(span > 0.0 ? (static_cast<double>(value) - static_cast<double>(range.low)) / span : 0.5);
}

QImage mapsPicture(const PlainTensor& maps, PictureScale scale, int zoom, int columns, int gap) {
    const MapLayout layout = layoutOf(maps);
    if (layout.count <= 0 || zoom <= 0 || maps.elementCount() != static_cast<std::int64_t>(maps.values.size()))
        return {};
    const int count = static_cast<int>(layout.count);
    const int cols = mapColumns(count, columns);
    const int rowsOfMaps = (count + cols - 1) / cols;
    const int mapWidth = static_cast<int>(layout.cols) * zoom, mapHeight = static_cast<int>(layout.rows) * zoom;
    QImage image(cols * mapWidth + (cols - 1) * gap, rowsOfMaps * mapHeight + (rowsOfMaps - 1) * gap,
                 QImage::Format_RGB32);
    image.fill(background());
    const ScaleRange range = scaleRange(maps, scale);
    QPainter painter(&image);
    std::size_t index = 0;
    for (int map = 0; map < count; ++map) {
        const int left = (map % cols) * (mapWidth + gap), top = (map / cols) * (mapHeight + gap);
        for (int row = 0; row < layout.rows; ++row)
            for (int col = 0; col < layout.cols; ++col)
                painter.fillRect(left + col * zoom, top + row * zoom, zoom, zoom,
                                 colourOf(maps.values[index++], scale, range));
    }
    return image;
}

QImage legendPicture(PictureScale scale, ScaleRange range, int width, int height) {
    if (width <= 1 || height <= 0) return {};
    QImage image(width, height, QImage::Format_RGB32);
    QPainter painter(&image);
    const double span = static_cast<double>(range.high) - static_cast<double>(range.low);
    for (int x = 0; x < width; ++x) {
        const double value = static_cast<double>(range.low) + span * x / (width - 1);
        painter.fillRect(x, 0, 1, height, colourOf(static_cast<float>(value), scale, range));
    }
    return image;
}

std::optional<MapCell> mapCellAt(const PlainTensor& maps, QPoint point, int zoom, int columns, int gap) {
    const MapLayout layout = layoutOf(maps);
    if (layout.count <= 0 || zoom <= 0 || point.x() < 0 || point.y() < 0) return std::nullopt;
    const int cols = mapColumns(layout.count, columns);
    const int mapWidth = static_cast<int>(layout.cols) * zoom, mapHeight = static_cast<int>(layout.rows) * zoom;
    const int across = point.x() / (mapWidth + gap), down = point.y() / (mapHeight + gap);
    const int x = point.x() % (mapWidth + gap), y = point.y() % (mapHeight + gap);
    const int map = down * cols + across;
    if (across >= cols || x >= mapWidth || y >= mapHeight || map >= layout.count) return std::nullopt; // a gap
    const MapCell cell{map, y / zoom, x / zoom};
    const std::size_t index = static_cast<std::size_t>((map * layout.rows + cell.row) * layout.cols + cell.col);
    if (index >= maps.values.size()) return std::nullopt;
    return MapCell{cell.map, cell.row, cell.col, maps.values[index]};
}

QImage kernelsPicture(const PlainTensor& kernels, int zoom, int gap) {
    if (kernels.shape.size() != 4) return {};
    // Outputs as rows, inputs as columns: the {O, I, H, W} block is already I maps per row, in order.
    PlainTensor maps{{kernels.shape[0] * kernels.shape[1], kernels.shape[2], kernels.shape[3]}, kernels.values};
    return mapsPicture(maps, PictureScale::Diverging, zoom, static_cast<int>(kernels.shape[1]), gap);
}

QImage saliencyPicture(const std::array<float, kMnistPixels>& pixels, const SaliencyMap& saliency, int zoom) {
    if (saliency.map.shape != std::vector<std::int64_t>{kMnistRows, kMnistCols} || zoom <= 0) return {};
    QImage image(kMnistCols * zoom, kMnistRows * zoom, QImage::Format_RGB32);
    const ScaleRange range = scaleRange(saliency.map, PictureScale::Diverging);
    QPainter painter(&image);
    for (int i = 0; i < kMnistPixels; ++i) {
        // Ink dark on white, as the digit is drawn elsewhere in the tab.
        const int grey = 255 - static_cast<int>(std::lround(std::clamp(pixels[static_cast<std::size_t>(i)], 0.0f, 1.0f) * 160.0f));
        const float value = saliency.map.values[static_cast<std::size_t>(i)];
        const double opacity = range.high > 0.0f ? std::abs(static_cast<double>(value)) / range.high : 0.0;
        const QColor tint = colourOf(value >= 0.0f ? range.high : range.low, PictureScale::Diverging, range);
        auto blend = [&](int over, int under) {
            return static_cast<int>(std::lround(opacity * over + (1.0 - opacity) * under));
        };
        painter.fillRect((i % kMnistCols) * zoom, (i / kMnistCols) * zoom, zoom, zoom,
                         QColor(blend(tint.red(), grey), blend(tint.green(), grey), blend(tint.blue(), grey)));
    }
    return image;
}

} // namespace bplab::ui
