#include "widgets/fleet/LogSourceDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace wb {

namespace {
// How much of the past a log tab starts with: lines, or seconds back.
struct Start
{
    const char *text;
    int lines;
    int seconds;
};
constexpr Start kStarts[] = {
    {QT_TRANSLATE_NOOP("wb::LogSourceDialog", "the last 100 lines"), 100, 0},
    {QT_TRANSLATE_NOOP("wb::LogSourceDialog", "the last 1,000 lines"), 1000, 0},
    {QT_TRANSLATE_NOOP("wb::LogSourceDialog", "the last hour"), -1, 3600},
    {QT_TRANSLATE_NOOP("wb::LogSourceDialog", "the last 24 hours"), -1, 86400},
    {QT_TRANSLATE_NOOP("wb::LogSourceDialog", "new lines only"), 0, 0},
};
} // namespace

LogSourceDialog::LogSourceDialog(const QStringList &hosts, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("logSourceDialog"));
    setWindowTitle(tr("Logs"));
    const QSettings settings;
    auto *who = new QLabel(tr("Follow the logs of %1:").arg(hosts.join(QStringLiteral(", ")).toHtmlEscaped()), this);
    who->setWordWrap(true);
    m_journal = new QRadioButton(tr("The &journal (journalctl)"), this);
    m_journal->setObjectName(QStringLiteral("logJournal"));
    m_file = new QRadioButton(tr("A f&ile:"), this);
    m_file->setObjectName(QStringLiteral("logFileChoice"));
    m_path = new QLineEdit(settings.value(QStringLiteral("logs/file"), QStringLiteral("/var/log/syslog")).toString(), this);
    m_path->setObjectName(QStringLiteral("logFile"));
    m_path->setToolTip(tr("Read with tail -F on the host: for hosts without a journal, or an application's own log"));
    (settings.value(QStringLiteral("logs/source")).toString() == QLatin1String("file") ? m_file : m_journal)->setChecked(true);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file);
    fileRow->addWidget(m_path, 1);

    m_start = new QComboBox(this);
    m_start->setObjectName(QStringLiteral("logStart"));
    for (const Start &start : kStarts)
        m_start->addItem(tr(start.text));
    m_start->setCurrentIndex(std::clamp(settings.value(QStringLiteral("logs/start"), 1).toInt(), 0, m_start->count() - 1));
    m_sudo = new QCheckBox(tr("Read through &sudo (the whole journal, files only root may read)"), this);
    m_sudo->setObjectName(QStringLiteral("logSudo"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("logSudoPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("sudo's password (kept in memory only)"));

    auto *form = new QFormLayout;
    form->addRow(tr("Start &with:"), m_start);
    form->addRow(m_sudo);
    form->addRow(tr("Sudo &password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Follow"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(m_journal);
    layout->addLayout(fileRow);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_file, &QRadioButton::toggled, this, &LogSourceDialog::updateEnabled);
    connect(m_sudo, &QCheckBox::toggled, this, &LogSourceDialog::updateEnabled);
    updateEnabled();
}

void LogSourceDialog::updateEnabled()
{
    m_path->setEnabled(m_file->isChecked());
    m_password->setEnabled(m_sudo->isChecked());
}

void LogSourceDialog::accept()
{
    // An absolute path: "-" would have tail read stdin, where sudo's password may be.
    if (m_file->isChecked() && !m_path->text().trimmed().startsWith(QLatin1Char('/'))) {
        m_path->setToolTip(tr("An absolute path on the hosts, such as /var/log/syslog"));
        m_path->setFocus();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("logs/source"), m_file->isChecked() ? QStringLiteral("file") : QStringLiteral("journal"));
    settings.setValue(QStringLiteral("logs/file"), m_path->text().trimmed());
    settings.setValue(QStringLiteral("logs/start"), m_start->currentIndex());
    QDialog::accept();
}

LogQuery LogSourceDialog::query(const QDateTime &now) const
{
    LogQuery query;
    query.follow = true;
    if (m_file->isChecked())
        query.file = m_path->text().trimmed();
    const Start &start = kStarts[std::clamp(m_start->currentIndex(), 0, int(std::size(kStarts)) - 1)];
    query.lines = start.lines;
    if (start.seconds > 0)
        query.since = now.addSecs(-start.seconds);
    query.sudo = m_sudo->isChecked();
    return query;
}

QString LogSourceDialog::sudoPassword() const
{
    return m_sudo->isChecked() ? m_password->text() : QString();
}

} // namespace wb
