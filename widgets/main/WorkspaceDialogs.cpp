#include "widgets/main/WorkspaceDialogs.h"

#include "core/storage/WorkspaceLocation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace wb {

namespace RecentWorkspaces {

namespace {
const QString key = QStringLiteral("workspaces/recentTeam");
constexpr int kept = 10;
} // namespace

QStringList list()
{
    return QSettings().value(key).toStringList();
}

void remember(const QString &address)
{
    // Written back from the parsed form: whatever was typed, no password reaches the settings.
    const WorkspaceLocation location = WorkspaceLocation::parse(address);
    if (!location.isValid() || !location.isTeam())
        return;
    QStringList recent = list();
    recent.removeAll(location.displayText());
    recent.prepend(location.displayText());
    QSettings().setValue(key, recent.mid(0, kept));
}

} // namespace RecentWorkspaces

OpenTeamWorkspaceDialog::OpenTeamWorkspaceDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("openTeamWorkspaceDialog"));
    setWindowTitle(tr("Open Team Workspace"));
    m_address = new QComboBox(this);
    m_address->setObjectName(QStringLiteral("workspaceAddress"));
    m_address->setEditable(true);
    m_address->setInsertPolicy(QComboBox::NoInsert);
    m_address->addItems(RecentWorkspaces::list());
    m_address->setCurrentText(m_address->count() > 0 ? m_address->itemText(0) : QStringLiteral("postgresql://"));
    m_address->setMinimumContentsLength(48);
    auto *hint = new QLabel(tr("A PostgreSQL address, for example postgresql://anna@db.example.com/helpdesk or, with a "
                               "standby, postgresql://anna@db1,db2/helpdesk?target_session_attrs=read-write. "
                               "The password is asked for, or read from the keychain or ~/.pgpass."),
                            this);
    hint->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("addressProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight)"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("openTeamWorkspaceButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_address, &QComboBox::currentTextChanged, this, &OpenTeamWorkspaceDialog::check);
    check();
}

QString OpenTeamWorkspaceDialog::address() const
{
    return m_address->currentText().trimmed();
}

void OpenTeamWorkspaceDialog::check()
{
    QString error;
    const QString text = address();
    const WorkspaceLocation location = WorkspaceLocation::parse(text, &error);
    const bool usable = location.isValid() && location.isTeam();
    if (!usable && error.isEmpty())
        error = tr("Give a PostgreSQL address: postgresql://user@host/database.");
    // An address still being typed is not yet wrong.
    m_problem->setText(usable || text == QLatin1String("postgresql://") ? QString() : error);
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(usable);
}

WorkspacePasswordDialog::WorkspacePasswordDialog(const QString &address, const QString &login, bool refusedBefore, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("workspacePasswordDialog"));
    setWindowTitle(tr("Team Workspace Password"));
    auto *question = new QLabel(refusedBefore ? tr("The server did not accept that password. The password of %1 for %2:")
                                                    .arg(login, address)
                                              : tr("The password of %1 for %2:").arg(login, address),
                                this);
    question->setObjectName(QStringLiteral("passwordQuestion"));
    question->setWordWrap(true);
    question->setTextFormat(Qt::PlainText);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("workspacePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("&Remember in the keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberWorkspacePassword"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_password);
    layout->addWidget(m_remember);
    layout->addWidget(buttons);
}

QString WorkspacePasswordDialog::password() const
{
    return m_password->text();
}

bool WorkspacePasswordDialog::remember() const
{
    return m_remember->isChecked();
}

} // namespace wb
