#include "widgets/terminal/PasteConfirmDialog.h"

#include "core/terminal/TerminalInput.h"
#include "core/text/VisibleText.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextDocument>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace wb {

namespace {
constexpr qsizetype kShownLines = 500; // a paste of a whole log still opens at once
constexpr qsizetype kShownColumns = 1000;
}

PasteConfirmDialog::PasteConfirmDialog(const QString &text, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("pasteConfirmDialog"));
    setWindowTitle(tr("Paste Into Session"));

    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n"));
    QStringList lines = text.split(lineBreak);
    const bool endsWithBreak = lines.size() > 1 && lines.last().isEmpty();
    if (endsWithBreak)
        lines.removeLast();
    const bool controls = std::any_of(text.begin(), text.end(), [](QChar c) {
        return c != QLatin1Char('\r') && c != QLatin1Char('\n') && TerminalInput::isPasteControl(c.unicode());
    });

    QString summary = tr("Paste %n line(s)? The program did not ask for pasted text, so a shell runs each line "
                         "as it arrives.", nullptr, int(lines.size()));
    if (endsWithBreak && lines.size() == 1)
        summary = tr("Paste this line and press Enter? The program did not ask for pasted text, so a shell runs it at once.");
    if (controls)
        summary += QLatin1Char(' ') + tr("Control characters (shown as ^X) are left out.");
    auto *label = new QLabel(summary, this);
    label->setObjectName(QStringLiteral("pasteSummary"));
    label->setWordWrap(true);

    QStringList shown;
    for (qsizetype i = 0; i < std::min(lines.size(), kShownLines); ++i) {
        const QString &line = lines.at(i);
        qsizetype cut = kShownColumns;
        if (cut < line.size() && line.at(cut - 1).isHighSurrogate())
            --cut; // not half a character
        shown << (line.size() > kShownColumns ? visibleText(line.left(cut)) + QStringLiteral(" …") : visibleText(line));
    }
    if (lines.size() > kShownLines)
        shown << tr("… and %n more line(s)", nullptr, int(lines.size() - kShownLines));
    auto *view = new QPlainTextEdit(this);
    view->setObjectName(QStringLiteral("pasteLines"));
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setPlainText(shown.join(QLatin1Char('\n')));
    // As tall as the lines, up to a screenful; a long paste scrolls.
    const int rows = std::clamp(int(shown.size()), 2, 14);
    const int height = int(std::ceil(view->fontMetrics().lineSpacing() * rows + 2 * view->document()->documentMargin()))
                       + 2 * view->frameWidth() + 4 + view->horizontalScrollBar()->sizeHint().height(); // a long line's bar
    if (shown.size() <= 14)
        view->setFixedHeight(height);
    else
        view->setMinimumHeight(height);

    auto *hint = new QLabel(tr("Preferences → Terminal turns this question off."), this);
    hint->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *paste = buttons->addButton(tr("&Paste"), QDialogButtonBox::AcceptRole);
    paste->setObjectName(QStringLiteral("pasteButton"));
    paste->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(view, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(std::max(560, sizeHint().width()), sizeHint().height());
}

bool PasteConfirmDialog::confirm(const QString &text, QWidget *parent)
{
    PasteConfirmDialog dialog(text, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace wb
