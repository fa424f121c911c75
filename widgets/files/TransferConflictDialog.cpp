#include "widgets/files/TransferConflictDialog.h"

#include "models/files/RemoteFolderModel.h"
#include "models/fleet/CapacityModel.h" // dataSize

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace wb {

namespace {

QString describe(qint64 size, qint64 modified)
{
    const QString when = modified > 0 ? QLocale().toString(QDateTime::fromSecsSinceEpoch(modified), QLocale::ShortFormat) : QString();
    return when.isEmpty() ? CapacityModel::dataSize(size)
                          : TransferConflictDialog::tr("%1, modified %2").arg(CapacityModel::dataSize(size), when);
}

} // namespace

TransferConflictDialog::TransferConflictDialog(const TransferConflictQuestion &question, bool upload, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("transferConflictDialog"));
    setWindowTitle(tr("File Exists"));
    const QString name = RemoteFolderModel::shownName(QFileInfo(question.destination).fileName().toUtf8());
    auto *heading = new QLabel(tr("“%1” is there already.").arg(name), this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    auto *sides = new QFormLayout;
    auto *fromLabel = new QLabel(question.isLink ? tr("a symbolic link") : describe(question.sourceSize, question.sourceModified), this);
    fromLabel->setObjectName(QStringLiteral("conflictSource"));
    auto *thereLabel = new QLabel(describe(question.destinationSize, question.destinationModified), this);
    thereLabel->setObjectName(QStringLiteral("conflictDestination"));
    sides->addRow(upload ? tr("Yours (on this computer):") : tr("On the host:"), fromLabel);
    sides->addRow(upload ? tr("There (on the host):") : tr("There (on this computer):"), thereLabel);
    auto *where = new QLabel(RemoteFolderModel::shownName(question.destination.toUtf8()), this);
    where->setTextFormat(Qt::PlainText);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setWordWrap(true);
    sides->addRow(tr("Where:"), where);

    m_forAll = new QCheckBox(tr("Do the &same for the other files of this transfer"), this);
    m_forAll->setObjectName(QStringLiteral("conflictForAll"));

    auto *buttons = new QDialogButtonBox(this);
    const auto add = [&](const QString &objectName, const QString &text, const QString &toolTip, TransferConflict choice) {
        QPushButton *button = buttons->addButton(text, QDialogButtonBox::ActionRole);
        button->setObjectName(objectName);
        button->setToolTip(toolTip);
        connect(button, &QPushButton::clicked, this, [this, choice] { answer(choice); });
        return button;
    };
    add(QStringLiteral("conflictOverwrite"), tr("&Overwrite"), tr("Replace the one there with this copy"), TransferConflict::Overwrite);
    add(QStringLiteral("conflictSkip"), tr("S&kip"), tr("Leave the one there as it is and copy nothing"), TransferConflict::Skip);
    add(QStringLiteral("conflictRename"), tr("Keep &Both"), tr("Copy under a free name beside it (NAME (1).EXT)"), TransferConflict::Rename);
    QPushButton *resume = add(QStringLiteral("conflictResume"), tr("&Resume"),
                              tr("The one there is shorter: go on from where a cut-off copy stopped (NAME.wbpart), or copy it whole if none is left; it replaces the one there when complete"), TransferConflict::Resume);
    resume->setEnabled(question.canResume);
    QPushButton *cancel = buttons->addButton(tr("&Cancel Transfer"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("conflictCancel"));
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(sides);
    layout->addWidget(m_forAll);
    layout->addWidget(buttons);

    // Escape, the window's close button or Cancel Transfer: the transfer ends.
    connect(this, &QDialog::rejected, this, [this] {
        if (!std::exchange(m_answered, true))
            Q_EMIT answered(TransferConflict::Skip, false, true);
    });
}

void TransferConflictDialog::answer(TransferConflict choice)
{
    if (std::exchange(m_answered, true))
        return;
    Q_EMIT answered(choice, m_forAll->isChecked(), false);
    accept();
}

} // namespace wb
