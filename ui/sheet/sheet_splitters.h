#pragma once

#include <QSplitter>

namespace bplab::ui {

class SheetSettings;

// The tab's panes in three nested splitters whose sizes survive a restart:
//   controls | ( sheet
//              -------------------
//              lower tabs | chart )
class SheetSplitters : public QSplitter {
    Q_OBJECT
public:
    SheetSplitters(QWidget* controls, QWidget* sheet, QWidget* lowerTabs, QWidget* chart,
                   QWidget* parent = nullptr);

    void restoreStates(const SheetSettings& settings);
    void saveStates(SheetSettings& settings) const;

private:
    QSplitter* m_right;
    QSplitter* m_bottom;
};

} // namespace bplab::ui
