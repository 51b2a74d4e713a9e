#pragma once

namespace bplab::ui {

// Width and height of an exported chart image, in pixels: the export dialog and `sheet --chart-size`
// offer the same range. Below 50 px the axes leave no room for a curve; 10000 px keeps a PNG in memory
// under 400 MB.
inline constexpr int kMinChartExportSide = 50;
inline constexpr int kMaxChartExportSide = 10000;
// The size an export starts with: readable on a projector and in course notes.
inline constexpr int kDefaultChartExportWidth = 1200;
inline constexpr int kDefaultChartExportHeight = 800;

} // namespace bplab::ui
