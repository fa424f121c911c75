#include "widgets/session/ConnectionSettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace wb {

ConnectionSettingsDialog::ConnectionSettingsDialog(const SshSettings &settings, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("connectionSettingsDialog"));
    setWindowTitle(tr("Connection Settings"));
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("connectTimeout"));
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(settings.connectTimeoutSeconds);
    m_keepalive = new QSpinBox(this);
    m_keepalive->setObjectName(QStringLiteral("keepalive"));
    m_keepalive->setRange(0, 3600);
    m_keepalive->setSuffix(tr(" s"));
    m_keepalive->setSpecialValueText(tr("Off"));
    m_keepalive->setValue(settings.keepaliveSeconds);
    m_reuse = new QSpinBox(this);
    m_reuse->setObjectName(QStringLiteral("reuseIdle"));
    m_reuse->setRange(0, 1440);
    m_reuse->setSuffix(tr(" min"));
    m_reuse->setSpecialValueText(tr("Off"));
    m_reuse->setValue((settings.reuseIdleSeconds + 59) / 60);
    m_reuse->setToolTip(tr("A connection stays logged in this long after its session or run ends; "
                           "the next one to the same host opens a channel on it instead of logging in again."));
    m_reachability = new QSpinBox(this);
    m_reachability->setObjectName(QStringLiteral("reachabilityMinutes"));
    m_reachability->setRange(0, 1440);
    m_reachability->setSuffix(tr(" min"));
    m_reachability->setSpecialValueText(tr("Only when asked"));
    m_reachability->setValue(settings.reachabilityMinutes);
    m_reachability->setToolTip(tr("How often the inventory checks that every host answers (its SSH banner, or the "
                                  "port its kind answers on), without logging in. Hosts → Check Reachability Now checks at once."));
    m_facts = new QSpinBox(this);
    m_facts->setObjectName(QStringLiteral("factsHours"));
    m_facts->setRange(0, 24 * 30);
    m_facts->setSuffix(tr(" h"));
    m_facts->setSpecialValueText(tr("Only when asked"));
    m_facts->setValue(settings.factsHours);
    m_facts->setToolTip(tr("How often the inventory gathers every host's facts over SSH (OS, updates, disks, failed "
                           "units, backup age). Hosts → Gather Facts gathers at once."));
    m_knownHosts = new QLineEdit(settings.knownHostsPath, this);
    m_knownHosts->setObjectName(QStringLiteral("knownHostsPath"));
    m_knownHosts->setPlaceholderText(tr("~/.ssh/known_hosts (OpenSSH's own)"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("known_hosts file"), m_knownHosts->text(), QString(),
                                                          nullptr, QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_knownHosts->setText(file);
    });
    m_sessionLog = new QComboBox(this);
    m_sessionLog->setObjectName(QStringLiteral("sessionLog"));
    m_sessionLog->addItem(tr("Off"), int(SshSettings::SessionLog::Off));
    m_sessionLog->addItem(tr("Plain text (terminal escapes removed)"), int(SshSettings::SessionLog::Plain));
    m_sessionLog->addItem(tr("Raw (as the host sent it)"), int(SshSettings::SessionLog::Raw));
    m_sessionLog->setCurrentIndex(m_sessionLog->findData(int(settings.sessionLog)));
    m_sessionLog->setToolTip(tr("Each terminal session's output in a file of its own, named by host and time. "
                                "Only what the host sends is logged: commands as it echoes them, never a password typed at a prompt that does not echo."));
    m_sessionLogFolder = new QLineEdit(settings.sessionLogFolder, this);
    m_sessionLogFolder->setObjectName(QStringLiteral("sessionLogFolder"));
    m_sessionLogFolder->setPlaceholderText(SshSettings::defaultSessionLogFolder());
    auto *browseLogs = new QPushButton(tr("Bro&wse…"), this);
    connect(browseLogs, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Session log folder"), m_sessionLogFolder->text());
        if (!folder.isEmpty())
            m_sessionLogFolder->setText(folder);
    });
    auto *logFolderRow = new QHBoxLayout;
    logFolderRow->addWidget(m_sessionLogFolder, 1);
    logFolderRow->addWidget(browseLogs);
    // Editable with logging off too: a host set to "Always" logs there.
    auto *knownHostsRow = new QHBoxLayout;
    knownHostsRow->addWidget(m_knownHosts, 1);
    knownHostsRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Connect &timeout:"), m_timeout);
    form->addRow(tr("&Keepalive every:"), m_keepalive);
    form->addRow(tr("Keep idle connections &open for:"), m_reuse);
    form->addRow(tr("Check &reachability every:"), m_reachability);
    form->addRow(tr("Gather &facts every:"), m_facts);
    // A row that is a layout gets no buddy of its own: without one the & would show.
    auto *knownHostsLabel = new QLabel(tr("&Host keys (this workspace):"), this);
    knownHostsLabel->setBuddy(m_knownHosts);
    form->addRow(knownHostsLabel, knownHostsRow);
    form->addRow(tr("&Log sessions:"), m_sessionLog);
    auto *logFolderLabel = new QLabel(tr("Session log fol&der:"), this);
    logFolderLabel->setBuddy(m_sessionLogFolder);
    form->addRow(logFolderLabel, logFolderRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

SshSettings ConnectionSettingsDialog::settings() const
{
    SshSettings result;
    result.connectTimeoutSeconds = m_timeout->value();
    result.keepaliveSeconds = m_keepalive->value();
    result.reuseIdleSeconds = m_reuse->value() * 60;
    result.reachabilityMinutes = m_reachability->value();
    result.factsHours = m_facts->value();
    result.knownHostsPath = m_knownHosts->text().trimmed();
    result.sessionLog = SshSettings::SessionLog(m_sessionLog->currentData().toInt());
    result.sessionLogFolder = m_sessionLogFolder->text().trimmed();
    return result;
}

} // namespace wb
