#pragma once

#include <QSplitter>

namespace bplab::ui {

class SheetSettings;

// The tab's panes in nested splitters whose sizes survive a restart:
//   controls | ( sheet | lesson
//              ---------------------
//              lower tabs | chart )
// The lesson, while one is open, sits beside the table it talks about, so the chart below keeps the
// tab's whole width: the loss chart never gets narrower than kMinimumChartWidth (it is what the
// lessons ask the student to watch); the lower tabs give way first.
class SheetSplitters : public QSplitter {
    Q_OBJECT
public:
    static constexpr int kMinimumChartWidth = 320;
    // The height the diagram and the chart below the table need to read well; a taller tab gives
    // what is left over to the table's rows (at 1920×1080 about 20 rows instead of 11).
    static constexpr int kComfortableLowerHeight = 440;

    SheetSplitters(QWidget* controls, QWidget* sheet, QWidget* lesson, QWidget* lowerTabs, QWidget* chart,
                   QWidget* parent = nullptr);

    void restoreStates(const SheetSettings& settings);
    void saveStates(SheetSettings& settings) const;

protected:
    // The lesson's scroll area is shown and hidden with the lesson panel inside it.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Sizes for a first start (nothing remembered): the lower tabs as wide as their tab bar, where
    // the chart keeps its minimum; the rest to the chart.
    void proposeBottomSizes();
    // Sizes for a first start on a tall screen: the lower panes kComfortableLowerHeight, the rest to
    // the table.
    void proposeRowSizes();

    QSplitter* m_right;
    QSplitter* m_top;
    QSplitter* m_bottom;
    QWidget* m_lesson;       // the panel itself, which hides and shows itself
    QWidget* m_lessonScroll; // what the splitter holds
    QWidget* m_lowerTabs;
    // Until the user drags the lower splitter (or a remembered state says otherwise), the lower
    // tabs keep their proposed width through every resize: the window's first sizes come and go
    // (a window manager maximises it after the first show).
    bool m_bottomSizedByUser = false;
    bool m_rowsSizedByUser = false; // the same for the table and the panes below it
};

} // namespace bplab::ui
