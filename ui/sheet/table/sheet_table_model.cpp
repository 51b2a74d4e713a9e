#include "ui/sheet/table/sheet_table_model.h"

#include "ui/common/locale_numbers.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/table/stage_colors.h"

#include <QFontDatabase>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace bplab::ui {

namespace {
// Six significant digits in the table; the tooltip has every digit. A number is never elided: one that
// would be longer than the column is made for (−1.23457e+308) loses digits instead (−1.235e+308).
QString formatCell(double value) {
    if (std::isnan(value)) return QStringLiteral("NaN");
    if (std::isinf(value)) return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    const qsizetype room = SheetTableModel::widestCellText().size();
    QString text = QString::number(value, 'g', 6);
    for (int digits = 5; text.size() > room && digits >= 1; --digits)
        text = QString::number(value, 'g', digits);
    text.replace(QLatin1Char('-'), QChar(0x2212));
    return withLocaleDecimals(text);
}
} // namespace

QString SheetTableModel::widestCellText() { return QStringLiteral("−0.00123456"); }

SheetTableModel::SheetTableModel(const SheetDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_rows(document->engine().rowCount())
    , m_columns(document->engine().columns()) {
    for (const int quantity : m_columns) m_columnIds.push_back(document->engine().idOf(quantity));
    connect(document, &SheetDocument::changed, this, &SheetTableModel::onDocumentChanged);
    connect(document, &SheetDocument::selectionChanged, this, &SheetTableModel::onSelectionChanged);
}

int SheetTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_rows; }

int SheetTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

int SheetTableModel::columnOfQuantity(int quantity) const {
    const auto found = std::find(m_columns.begin(), m_columns.end(), quantity);
    return found == m_columns.end() ? -1 : static_cast<int>(found - m_columns.begin());
}

SheetTableModel::Highlight SheetTableModel::highlightAt(int row, int column) const {
    if (const auto given = m_document->selectedGiven()) { // a value read by others, reading nothing
        return given->iteration == row && given->quantity == quantityOfColumn(column) ? Highlight::Current
                                                                                      : Highlight::None;
    }
    const auto selected = m_document->selectedCell();
    if (!selected || selected->iteration != row) return Highlight::None;
    const SheetEngine& sheet = m_document->engine();
    const int quantity = quantityOfColumn(column);
    if (sheet.quantityOfCell(selected->cell) == quantity) return Highlight::Current;
    const auto& deps = sheet.precedentsOfCell(selected->cell);
    return std::find(deps.begin(), deps.end(), quantity) != deps.end() ? Highlight::Precedent
                                                                       : Highlight::None;
}

QVariant SheetTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows || index.column() >= columnCount()) return {};
    const SheetEngine& sheet = m_document->engine();
    const int quantity = quantityOfColumn(index.column());
    const int cell = sheet.cellOfQuantity(quantity);
    const bool evaluated = cell < 0 || sheet.isEvaluated(index.row(), cell);
    const double value = sheet.value(index.row(), quantity);

    switch (role) {
    case Qt::DisplayRole:
        return evaluated ? formatCell(value) : QString();
    case ExactValueRole:
    case Qt::EditRole:
        return evaluated ? QVariant(value) : QVariant();
    case Qt::ToolTipRole: {
        if (!evaluated) return tr("Not computed yet: step on to compute it.");
        QString tip = tr("<b>%1</b> (iteration %2) = %3")
                          .arg(QString::fromStdString(sheet.labelOf(quantity)))
                          .arg(index.row())
                          .arg(withLocaleDecimals(QString::number(value, 'g', 17)));
        if (cell >= 0) {
            tip += QStringLiteral("<br>= %1<br>= %2")
                       .arg(QString::fromStdString(sheet.formula(cell)).toHtmlEscaped(),
                            withLocaleDecimals(sheet.formulaWithNumbers(index.row(), cell)).toHtmlEscaped());
        }
        return tip;
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    case Qt::BackgroundRole:
        switch (highlightAt(index.row(), index.column())) {
        case Highlight::Current:
            return currentCellColor();
        case Highlight::Precedent:
            return precedentCellColor();
        case Highlight::None:
            return stageTint(sheet.stageOf(quantity));
        }
        return {};
    case Qt::ForegroundRole:
        if (evaluated && !std::isfinite(value)) return QColor(Qt::red);
        return {};
    case HighlightRole:
        return static_cast<int>(highlightAt(index.row(), index.column()));
    case StageRole:
        return static_cast<int>(sheet.stageOf(quantity));
    default:
        return {};
    }
}

QVariant SheetTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole) return section;
        if (role == Qt::ToolTipRole) return tr("Iteration %1").arg(section);
        return {};
    }
    if (section < 0 || section >= columnCount()) return {};
    const SheetEngine& sheet = m_document->engine();
    const int quantity = quantityOfColumn(section);
    const Stage stage = sheet.stageOf(quantity);
    const QString label = QString::fromStdString(sheet.labelOf(quantity));
    switch (role) {
    case Qt::DisplayRole:
        return label;
    case Qt::ToolTipRole: {
        const int cell = sheet.cellOfQuantity(quantity);
        const QString what = cell < 0 ? tr("the value this iteration's forward pass uses")
                                      : QString::fromStdString(sheet.formula(cell));
        return QStringLiteral("%1 — %2: %3").arg(stageName(stage), label, what);
    }
    case Qt::ForegroundRole:
        return stageColor(stage);
    case Qt::BackgroundRole:
        return stageTint(stage);
    case StageRole:
        return static_cast<int>(stage);
    default:
        return {};
    }
}

bool SheetTableModel::isTypedStartingValue(const QModelIndex& index) const {
    if (!index.isValid() || index.row() != 0 || !m_document->showsOwnNetwork()) return false;
    const SheetEngine& sheet = m_document->engine();
    const int quantity = quantityOfColumn(index.column());
    return sheet.isBias(quantity) || sheet.isCarriedParameter(quantity);
}

Qt::ItemFlags SheetTableModel::flags(const QModelIndex& index) const {
    const Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    return isTypedStartingValue(index) ? flags | Qt::ItemIsEditable : flags;
}

bool SheetTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !isTypedStartingValue(index)) return false;
    const QString text = value.toString().trimmed().replace(QChar(0x2212), u'-');
    bool ok = false;
    double number = text.toDouble(&ok);
    if (!ok) number = QLocale().toDouble(text, &ok); // 0,5 where the desktop writes decimals so
    const int quantity = quantityOfColumn(index.column());
    if (!ok || !std::isfinite(number)) {
        Q_EMIT problem(
            tr("“%1” is not a number: type a value such as −0.3 for %2. The previous value is kept.")
                .arg(text, QString::fromStdString(m_document->engine().labelOf(quantity))));
        return false;
    }
    Q_EMIT startingValueEdited(quantity, number);
    return true;
}

void SheetTableModel::onDocumentChanged() {
    const SheetEngine& sheet = m_document->engine();
    std::vector<int> columns = sheet.columns();
    std::vector<std::string> ids;
    ids.reserve(columns.size());
    for (const int quantity : columns) ids.push_back(sheet.idOf(quantity));
    if (ids != m_columnIds) {
        // Other quantities (another network, biases learned or not): a reset is the honest signal.
        beginResetModel();
        m_rows = sheet.rowCount();
        m_columns = std::move(columns);
        m_columnIds = std::move(ids);
        endResetModel();
        return;
    }
    // The same columns: rows come or go at the end, and every value may change (an edit recomputes the
    // run). Not a reset: after one the header measures every column again, which for an own network's
    // 1,700 columns costs more than the recompute itself, on every step of a slider drag.
    const int rows = sheet.rowCount();
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        endRemoveRows();
    }
    if (m_rows > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1));
}

void SheetTableModel::onSelectionChanged() {
    if (m_rows == 0) return;
    // Highlights live on the selected row (and the row highlighted before): repaint all cells' backgrounds.
    Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1),
                       {Qt::BackgroundRole, HighlightRole});
}

} // namespace bplab::ui
