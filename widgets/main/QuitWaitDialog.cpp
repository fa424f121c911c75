#include "widgets/main/QuitWaitDialog.h"

#include "core/jobs/PendingWork.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace wb {

QuitWaitDialog::QuitWaitDialog(PendingWork *pending, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("quitWaitDialog"));
    setWindowTitle(tr("Quit Werkbank"));
    setModal(false);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("quitWaitText"));
    auto *note = new QLabel(tr("Werkbank quits as soon as they are done and recorded. Quitting now may leave an account "
                               "action in the audit log without its outcome, while the host still makes the change."), this);
    note->setWordWrap(true);
    auto *bar = new QProgressBar(this);
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    auto *buttons = new QDialogButtonBox(this);
    m_quitAnyway = buttons->addButton(tr("&Quit Anyway"), QDialogButtonBox::DestructiveRole);
    m_quitAnyway->setObjectName(QStringLiteral("quitAnyway"));
    m_quitAnyway->setAutoDefault(false);
    connect(m_quitAnyway, &QPushButton::clicked, this, [this] { done(QuitAnyway); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(bar);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    connect(pending, &PendingWork::countChanged, this, &QuitWaitDialog::update);
    connect(pending, &PendingWork::allDone, this, [this] {
        if (isVisible()) // not after Esc said "not quitting after all"
            accept();
    });
    update(pending->count());
}

void QuitWaitDialog::update(int count)
{
    m_text->setText(tr("Waiting for %n action(s)…", nullptr, count));
}

} // namespace wb
