#pragma once

namespace bplab::ui {

// Width and height of an exported chart image, in pixels: the export dialog and `sheet --chart-size`
// offer the same range. Below 50 px the axes leave no room for a curve; 10000 px keeps a PNG in memory
// under 400 MB.
inline constexpr int kMinChartExportSide = 50;
inline constexpr int kMaxChartExportSide = 10000;

} // namespace bplab::ui
