#include "RunCommandDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wb {

RunCommandDialog::RunCommandDialog(int hostCount, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("runCommandDialog"));
    setWindowTitle(tr("Run Command"));
    auto *intro = new QLabel(tr("Run on %Ln host(s). One line is a command; several lines are a script, "
                                "sent to <tt>sh -s</tt> on standard input.", nullptr, hostCount), this);
    intro->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("runCommandText"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(QStringLiteral("uptime"));
    QSettings settings;
    m_concurrency = new QSpinBox(this);
    m_concurrency->setObjectName(QStringLiteral("runConcurrency"));
    m_concurrency->setRange(1, 1000);
    m_concurrency->setValue(settings.value(QStringLiteral("run/concurrency"), 64).toInt());
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("runTimeout"));
    m_timeout->setRange(1, 86400);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(settings.value(QStringLiteral("run/timeoutSeconds"), 60).toInt());
    auto *form = new QFormLayout;
    form->addRow(tr("Hosts &at once:"), m_concurrency);
    form->addRow(tr("&Timeout per host:"), m_timeout);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_text->toPlainText().trimmed().isEmpty())
            return;
        QSettings s;
        s.setValue(QStringLiteral("run/concurrency"), m_concurrency->value());
        s.setValue(QStringLiteral("run/timeoutSeconds"), m_timeout->value());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(620, 360);
}

RunSpec RunCommandDialog::spec() const
{
    RunSpec spec;
    const QString text = m_text->toPlainText().trimmed();
    if (text.contains(QLatin1Char('\n')))
        spec.script = text.toUtf8() + '\n';
    else
        spec.command = text;
    spec.concurrency = m_concurrency->value();
    spec.hostTimeoutMs = m_timeout->value() * 1000;
    return spec;
}

} // namespace wb
