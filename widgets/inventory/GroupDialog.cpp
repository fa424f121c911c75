#include "widgets/inventory/GroupDialog.h"

#include "core/fleet/FactsScript.h"
#include "core/inventory/HostValidator.h"

#include <QDialogButtonBox>
#include <QPointer>
#include <QPushButton>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace wb {

GroupDialog::GroupDialog(const QString &title, const QString &parentPath, const QString &name, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("groupDialog"));
    setWindowTitle(title);
    m_name = new QLineEdit(name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Amsterdam or Web servers"));
    m_name->selectAll();

    m_backupCheck = new QLineEdit(this);
    m_backupCheck->setObjectName(QStringLiteral("backupCheck"));
    m_backupCheck->setPlaceholderText(tr("e.g. file:/var/backups/last-ok (empty: as the group above)"));
    m_backupCheck->setToolTip(tr("How facts gathering finds when this group's hosts last backed up: file:PATH (the age of "
                                 "that file on the host) or command:COMMAND (a read-only command that prints a time, in "
                                 "seconds since 1970 or ISO 8601). Groups below inherit it."));

    auto *form = new QFormLayout;
    form->addRow(tr("In:"), new QLabel(parentPath.isEmpty() ? tr("(top level)") : parentPath, this));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Backup check:"), m_backupCheck);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);

    // What was refused stays up until the user changes something.
    for (QLineEdit *field : {m_name, m_backupCheck})
        connect(field, &QLineEdit::textEdited, m_error, [this] { m_error->setVisible(false); });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GroupDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &GroupDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(360);
}

void GroupDialog::setName(const QString &name)
{
    m_name->setText(name);
}

QString GroupDialog::name() const
{
    return m_name->text().trimmed();
}

QString GroupDialog::backupCheck() const
{
    return m_backupCheck->text().trimmed();
}

void GroupDialog::setBackupCheck(const QString &check)
{
    m_backupCheck->setText(check);
    setBackupCheckLoading(false);
}

void GroupDialog::setBackupCheckLoading(bool loading)
{
    m_backupCheck->setEnabled(!loading);
    m_backupCheck->setPlaceholderText(loading ? tr("reading…") : tr("e.g. file:/var/backups/last-ok (empty: as the group above)"));
}

void GroupDialog::setBackupCheckUnavailable(const QString &why)
{
    m_backupCheck->setEnabled(false);
    m_backupCheck->setPlaceholderText(tr("cannot be read: %1").arg(why));
}

void GroupDialog::accept()
{
    QString problem = HostValidator::validateGroupName(name());
    BackupCheck check;
    if (problem.isEmpty())
        BackupCheck::parse(backupCheck(), &check, &problem);
    if (!problem.isEmpty() || !m_apply) {
        applied(problem);
        return;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);  // until the workspace answers
    m_apply(name(), [dialog = QPointer<GroupDialog>(this)](const QString &problem) {
        if (dialog)
            dialog->applied(problem);
    });
}

void GroupDialog::applied(const QString &problem)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace wb
