#include "widgets/accounts/AccountGroupDialog.h"

#include "core/accounts/AccountInput.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wb {

AccountGroupDialog::AccountGroupDialog(Mode mode, const QString &account, const QString &host, const QStringList &groups,
                                       QWidget *parent)
    : QDialog(parent)
{
    const bool adding = mode == Mode::Add;
    setObjectName(adding ? QStringLiteral("addToGroupDialog") : QStringLiteral("removeFromGroupDialog"));
    setWindowTitle(adding ? tr("Add to Group") : tr("Remove from Group"));
    const QString who = account.toHtmlEscaped();
    const QString where = host.toHtmlEscaped();
    auto *label = new QLabel(adding ? tr("Add <b>%1</b> on <b>%2</b> to the group:").arg(who, where)
                                    : tr("Take <b>%1</b> on <b>%2</b> out of the group:").arg(who, where), this);
    label->setWordWrap(true);
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("groupName"));
    m_group->addItems(groups);
    m_group->setEditable(adding);
    if (adding) {
        m_group->setInsertPolicy(QComboBox::NoInsert);
        m_group->setCurrentIndex(-1);
        m_group->lineEdit()->setPlaceholderText(tr("group name"));
    }
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("groupProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(adding ? tr("&Add") : tr("&Remove"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_group, &QComboBox::currentTextChanged, this, &AccountGroupDialog::updateState);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_group);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(360);
    updateState();
}

QString AccountGroupDialog::group() const
{
    return m_group->currentText().trimmed();
}

void AccountGroupDialog::updateState()
{
    const QString name = group();
    const bool valid = AccountInput::isValidGroupName(name);
    m_problem->setText(name.isEmpty() || valid ? QString()
                                               : tr("A group name starts with a lower-case letter or _ and holds only "
                                                    "a–z, 0–9, _ and -."));
    m_ok->setEnabled(valid);
}

} // namespace wb
