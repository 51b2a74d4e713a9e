#include "ui/sheet/quiz/quiz_score_picture.h"

#include "ui/sheet/table/stage_colors.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>

namespace bplab::ui {

namespace {

// tr() for this file's functions, under a context that lupdate reads from the macro (a plain helper
// function would hide the strings from it).
struct QuizScorePictureText {
    Q_DECLARE_TR_FUNCTIONS(bplab::ui::QuizScorePicture)
};

constexpr double kScoreMargin = 0.04; // of the width, on every side
constexpr double kLabelShare = 0.28;  // of the inner width: the stage names
constexpr double kCountShare = 0.16;  // of the inner width: "12/16"

struct Row {
    QString name;
    QColor color;
    StageScore score;
};

} // namespace

QuizScoreBar quizScoreBar(QSize size) {
    const double margin = kScoreMargin * size.width();
    const double inner = size.width() - 2 * margin;
    return {margin + kLabelShare * inner, inner * (1.0 - kLabelShare - kCountShare)};
}

void paintQuizScore(QPainter& painter, QSize size, const QuizScore& score, const QPalette& palette) {
    const QColor ink = palette.color(QPalette::Text);
    std::vector<Row> rows;
    for (Stage stage : kQuizStages)
        rows.push_back({stageName(stage), stageColor(stage, palette), score.score(stage)});
    rows.push_back({QuizScorePictureText::tr("Total"), ink, score.total()});

    painter.fillRect(QRect(QPoint(0, 0), size), palette.color(QPalette::Base));
    painter.setRenderHint(QPainter::Antialiasing);
    const double margin = kScoreMargin * size.width();
    const double titleHeight = size.height() * 0.16;
    QFont font = painter.font();
    font.setPixelSize(std::max(10, static_cast<int>(titleHeight * 0.45)));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(ink);
    painter.drawText(QRectF(margin, margin, size.width() - 2 * margin, titleHeight),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QuizScorePictureText::tr("Predict, then reveal: the score"));

    const QuizScoreBar bar = quizScoreBar(size);
    const double top = margin + titleHeight;
    const double rowHeight = (size.height() - top - margin) / static_cast<double>(rows.size());
    font.setBold(false);
    font.setPixelSize(std::max(9, static_cast<int>(rowHeight * 0.35)));
    painter.setFont(font);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row& row = rows[i];
        const double y = top + rowHeight * static_cast<double>(i);
        const QRectF barRect(bar.left, y + rowHeight * 0.2, bar.width, rowHeight * 0.6);
        painter.setPen(row.color);
        painter.drawText(QRectF(margin, y, bar.left - margin, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         row.name);
        painter.setPen(QPen(palette.color(QPalette::Mid), 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(barRect);
        QString count = QuizScorePictureText::tr("no guess");
        if (row.score.attempts > 0) {
            const double share = static_cast<double>(row.score.correct) / row.score.attempts;
            painter.fillRect(QRectF(barRect.left(), barRect.top(), barRect.width() * share, barRect.height()),
                             row.color);
            count = QStringLiteral("%1/%2").arg(row.score.correct).arg(row.score.attempts);
        }
        painter.setPen(ink);
        painter.drawText(QRectF(bar.left + bar.width + margin, y, size.width(), rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, count);
    }
}

} // namespace bplab::ui
