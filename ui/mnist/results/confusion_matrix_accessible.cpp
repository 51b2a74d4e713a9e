#include "ui/mnist/results/confusion_matrix_accessible.h"

#include "ui/mnist/results/confusion_matrix_view.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>
#include <QWindow>

#include <algorithm>
#include <utility>

namespace bplab::ui {

namespace {

// The table's parts, by key, for a matrix of n classes (n = 10 for MNIST): the n² cells row by row
// (true digit × n + prediction), then the n column headers ("predicted 0" …), then the n row headers
// ("true 0" …).
// Only the cells are children, index = key: Qt's AT-SPI bridge computes a cell's row and column from
// its child index (index / columns, index % columns) and dereferences the cell it finds there, so a
// header among the children would crash a screen reader's query. The headers are reached through
// each cell's rowHeaderCells / columnHeaderCells. A matrix of another size resets the table (its
// parts are made anew).
int cellCount(int classes) { return classes * classes; }
int firstColumnHeader(int classes) { return cellCount(classes); }
int firstRowHeader(int classes) { return cellCount(classes) + classes; }

QString rowHeaderText(const ConfusionMatrixView* view, int trueDigit) {
    return ConfusionMatrixView::tr("true %1").arg(view->className(trueDigit));
}
QString columnHeaderText(const ConfusionMatrixView* view, int predicted) {
    return ConfusionMatrixView::tr("predicted %1").arg(view->className(predicted));
}

// One child of the table: a cell, a row header or a column header. It reads the view's counts when
// asked, so new counts need no new children.
class ConfusionPartAccessible : public QAccessibleInterface, public QAccessibleTableCellInterface {
public:
    // `row` is the true digit (-1 for a column header), `column` the prediction (-1 for a row header).
    ConfusionPartAccessible(ConfusionMatrixView* view, int row, int column)
        : m_view(view)
        , m_row(row)
        , m_column(column) {}

    int key() const {
        const int classes = m_view->classes();
        if (m_row < 0) return firstColumnHeader(classes) + m_column;
        if (m_column < 0) return firstRowHeader(classes) + m_row;
        return m_row * classes + m_column;
    }
    bool isCell() const { return m_row >= 0 && m_column >= 0; }

    bool isValid() const override { return !m_view.isNull(); }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override { return m_view->window()->windowHandle(); }
    QAccessibleInterface* parent() const override {
        return QAccessible::queryAccessibleInterface(m_view.data());
    }
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    void setText(QAccessible::Text, const QString&) override {}

    QAccessible::Role role() const override {
        if (m_row < 0) return QAccessible::ColumnHeader;
        if (m_column < 0) return QAccessible::RowHeader;
        return QAccessible::Cell;
    }

    // A part of a larger matrix than the one shown (held by someone across a size change) is empty.
    bool isOutside() const { return m_view.isNull() || std::max(m_row, m_column) >= m_view->classes(); }

    QString text(QAccessible::Text kind) const override {
        if (isOutside()) return {};
        if (m_row < 0) return kind == QAccessible::Name ? columnHeaderText(m_view, m_column) : QString();
        if (m_column < 0) return kind == QAccessible::Name ? rowHeaderText(m_view, m_row) : QString();
        switch (kind) {
        case QAccessible::Name:
            return m_view->cellText(m_row, m_column);
        case QAccessible::Value:
            return QString::number(m_view->matrix().at(m_row, m_column));
        case QAccessible::Description:
            return m_view->cellShareText(m_row, m_column);
        default:
            return {};
        }
    }

    QRect rect() const override {
        // Headers: the strip left of a row, or above a column, where its label is drawn.
        QRect box = m_view->cellRect(std::max(0, m_row), std::max(0, m_column));
        if (m_row < 0) box = QRect(box.left(), 0, box.width(), box.top());
        if (m_column < 0) box = QRect(0, box.top(), box.left(), box.height());
        return {m_view->mapToGlobal(box.topLeft()), box.size()};
    }

    QAccessible::State state() const override {
        QAccessible::State state;
        state.readOnly = true;
        state.invisible = !m_view->isVisible();
        if (role() == QAccessible::Cell) {
            const std::pair<int, int> here{m_row, m_column};
            state.focusable = true;
            state.focused = m_view->hasFocus() && m_view->keyboardCell() == here;
            state.selectable = true;
            state.selected = isSelected();
        }
        return state;
    }

    void* interface_cast(QAccessible::InterfaceType type) override {
        if (type == QAccessible::TableCellInterface && role() == QAccessible::Cell)
            return static_cast<QAccessibleTableCellInterface*>(this);
        return nullptr;
    }

    // QAccessibleTableCellInterface
    bool isSelected() const override {
        return m_view->chosenCell() == std::optional(std::pair{m_row, m_column});
    }
    QList<QAccessibleInterface*> columnHeaderCells() const override;
    QList<QAccessibleInterface*> rowHeaderCells() const override;
    int columnIndex() const override { return m_column; }
    int rowIndex() const override { return m_row; }
    int columnExtent() const override { return 1; }
    int rowExtent() const override { return 1; }
    QAccessibleInterface* table() const override { return parent(); }

private:
    QPointer<ConfusionMatrixView> m_view;
    int m_row;
    int m_column;
};

// The view itself: a read-only n × n table without rows until the first matrix. Its name and
// description are the widget's own (the view sets them).
class ConfusionTableAccessible : public QAccessibleWidget, public QAccessibleTableInterface {
public:
    explicit ConfusionTableAccessible(ConfusionMatrixView* view)
        : QAccessibleWidget(view, QAccessible::Table) {}
    // The children are registered with QAccessible, which owns them: they go with the table.
    ~ConfusionTableAccessible() override { forgetChildren(); }

    ConfusionMatrixView* view() const { return static_cast<ConfusionMatrixView*>(widget()); }
    bool hasCells() const { return view()->hasMatrix(); }

    void* interface_cast(QAccessible::InterfaceType type) override {
        if (type == QAccessible::TableInterface) return static_cast<QAccessibleTableInterface*>(this);
        return QAccessibleWidget::interface_cast(type);
    }

    int classes() const { return view()->classes(); }
    int childCount() const override { return hasCells() ? cellCount(classes()) : 0; }

    QAccessibleInterface* child(int index) const override {
        return index >= 0 && index < childCount() ? part(index) : nullptr;
    }

    // A cell or a header by its key (see firstColumnHeader), made once and kept until a reset.
    QAccessibleInterface* part(int key) const {
        const int n = classes();
        if (!hasCells() || key < 0 || key >= firstRowHeader(n) + n) return nullptr;
        // Parts made for a matrix of another size sit under other keys: make them anew (a bridge is
        // also told by a reset, but this holds whether one listens or not).
        if (n != m_partsClasses) {
            forgetChildren();
            m_partsClasses = n;
        }
        if (const auto known = m_childIds.constFind(key); known != m_childIds.constEnd())
            return QAccessible::accessibleInterface(*known);
        QAccessibleInterface* made = nullptr;
        if (key >= firstRowHeader(n))
            made = new ConfusionPartAccessible(view(), key - firstRowHeader(n), -1);
        else if (key >= firstColumnHeader(n))
            made = new ConfusionPartAccessible(view(), -1, key - firstColumnHeader(n));
        else
            made = new ConfusionPartAccessible(view(), key / n, key % n);
        m_childIds.insert(key, QAccessible::registerAccessibleInterface(made));
        return made;
    }

    int indexOfChild(const QAccessibleInterface* child) const override {
        const auto* made = dynamic_cast<const ConfusionPartAccessible*>(child);
        return made && made->isCell() && child->parent() == this ? made->key() : -1;
    }

    QAccessibleInterface* childAt(int x, int y) const override {
        const auto cell = view()->cellAt(view()->mapFromGlobal(QPoint(x, y)));
        return cell && hasCells() ? cellAt(cell->first, cell->second) : nullptr;
    }

    QAccessibleInterface* focusChild() const override {
        if (!view()->hasFocus() || !hasCells()) return QAccessibleWidget::focusChild();
        const auto [trueDigit, predicted] = view()->keyboardCell();
        return cellAt(trueDigit, predicted);
    }

    // QAccessibleTableInterface
    QAccessibleInterface* caption() const override { return nullptr; }
    QAccessibleInterface* summary() const override { return nullptr; }
    QAccessibleInterface* cellAt(int row, int column) const override {
        if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount()) return nullptr;
        return child(row * classes() + column);
    }
    int selectedCellCount() const override { return static_cast<int>(selectedCells().size()); }
    QList<QAccessibleInterface*> selectedCells() const override {
        const auto chosen = view()->chosenCell();
        if (!chosen || !hasCells()) return {};
        return {cellAt(chosen->first, chosen->second)};
    }
    QString columnDescription(int column) const override { return columnHeaderText(view(), column); }
    QString rowDescription(int row) const override { return rowHeaderText(view(), row); }
    int columnCount() const override { return hasCells() ? classes() : 0; }
    int rowCount() const override { return hasCells() ? classes() : 0; }
    // Whole rows and columns are never selected, and selection is the view's to make (a click or
    // Enter shows that cell's mistakes), so a screen reader cannot select.
    int selectedColumnCount() const override { return 0; }
    int selectedRowCount() const override { return 0; }
    QList<int> selectedColumns() const override { return {}; }
    QList<int> selectedRows() const override { return {}; }
    bool isColumnSelected(int) const override { return false; }
    bool isRowSelected(int) const override { return false; }
    bool selectRow(int) override { return false; }
    bool selectColumn(int) override { return false; }
    bool unselectRow(int) override { return false; }
    bool unselectColumn(int) override { return false; }

    void modelChange(QAccessibleTableModelChangeEvent* event) override {
        // New counts are read when asked; only cells that came or went make new children.
        if (event->modelChangeType() == QAccessibleTableModelChangeEvent::ModelReset) forgetChildren();
    }

private:
    void forgetChildren() const {
        for (const QAccessible::Id id : std::as_const(m_childIds)) QAccessible::deleteAccessibleInterface(id);
        m_childIds.clear();
    }

    mutable QHash<int, QAccessible::Id> m_childIds; // child index → registered interface, made on demand
    mutable int m_partsClasses = 0;                 // the class count the parts in m_childIds were made for
};

QList<QAccessibleInterface*> ConfusionPartAccessible::columnHeaderCells() const {
    const auto* owner = dynamic_cast<const ConfusionTableAccessible*>(table());
    return owner && isCell()
               ? QList<QAccessibleInterface*>{owner->part(firstColumnHeader(owner->classes()) + m_column)}
               : QList<QAccessibleInterface*>{};
}

QList<QAccessibleInterface*> ConfusionPartAccessible::rowHeaderCells() const {
    const auto* owner = dynamic_cast<const ConfusionTableAccessible*>(table());
    return owner && isCell()
               ? QList<QAccessibleInterface*>{owner->part(firstRowHeader(owner->classes()) + m_row)}
               : QList<QAccessibleInterface*>{};
}

QAccessibleInterface* confusionMatrixFactory(const QString& className, QObject* object) {
    // Exactly this class: Qt asks again with each base class's name.
    if (className != QLatin1String(ConfusionMatrixView::staticMetaObject.className())) return nullptr;
    auto* view = qobject_cast<ConfusionMatrixView*>(object);
    return view ? new ConfusionTableAccessible(view) : nullptr;
}

} // namespace

void installConfusionMatrixAccessibility() {
    static const bool installed = [] {
        QAccessible::installFactory(&confusionMatrixFactory);
        return true;
    }();
    (void)installed;
}

void notifyConfusionMatrixChanged(ConfusionMatrixView* view, bool reset) {
    if (!QAccessible::isActive()) return; // nobody listens: building the interface would cost for nothing
    QAccessibleTableModelChangeEvent event(view, reset ? QAccessibleTableModelChangeEvent::ModelReset
                                                       : QAccessibleTableModelChangeEvent::DataChanged);
    if (!reset) {
        event.setFirstRow(0);
        event.setLastRow(view->classes() - 1);
        event.setFirstColumn(0);
        event.setLastColumn(view->classes() - 1);
    }
    QAccessible::updateAccessibility(&event);
}

void notifyConfusionCellFocused(ConfusionMatrixView* view, int trueDigit, int predicted) {
    if (!QAccessible::isActive() || !view->hasFocus() || !view->hasMatrix()) return;
    QAccessibleEvent event(view, QAccessible::Focus);
    event.setChild(trueDigit * view->classes() + predicted);
    QAccessible::updateAccessibility(&event);
}

} // namespace bplab::ui
