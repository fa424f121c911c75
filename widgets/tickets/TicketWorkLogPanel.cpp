#include "widgets/tickets/TicketWorkLogPanel.h"

#include "core/audit/AuditLog.h"
#include "core/tickets/AsyncTicketStore.h"
#include "models/common/ShownTime.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace wb {

TicketWorkLogPanel::TicketWorkLogPanel(AsyncTicketStore *tickets, QWidget *parent)
    : QGroupBox(tr("Work log"), parent), m_tickets(tickets)
{
    m_log = new QTextBrowser(this);
    m_log->setObjectName(QStringLiteral("ticketWorkLog"));
    m_log->setOpenLinks(false);
    m_entry = new QPlainTextEdit(this);
    m_entry->setObjectName(QStringLiteral("workLogEntry"));
    m_entry->setMaximumHeight(m_entry->fontMetrics().height() * 5);
    m_minutes = new QSpinBox(this);
    m_minutes->setRange(0, 24 * 60);
    m_minutes->setSingleStep(5);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setToolTip(tr("Time spent"));
    m_public = new QCheckBox(tr("Visible to the requester"), this);
    m_add = new QPushButton(tr("Add to Work &Log"), this);
    m_add->setObjectName(QStringLiteral("addWorkLog"));
    connect(m_add, &QPushButton::clicked, this, &TicketWorkLogPanel::addEntry);
    m_entry->installEventFilter(this); // Ctrl+Return adds the entry (the text field would take it as a line break)
    auto *entryRow = new QHBoxLayout;
    entryRow->addWidget(m_minutes);
    entryRow->addWidget(m_public, 1);
    entryRow->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_entry);
    layout->addLayout(entryRow);
    setTicket(0, {});
}

void TicketWorkLogPanel::setTicket(TicketId id, const QList<WorkLogEntry> &entries)
{
    m_ticketId = id;
    m_entries = entries;
    m_reading.forget();
    const bool stored = id != 0;
    m_entry->setEnabled(stored);
    m_add->setEnabled(stored);
    m_entry->setPlaceholderText(stored ? tr("What you did or found (Ctrl+Return adds it)") : tr("Save the ticket first to log work on it"));
    show();
}

bool TicketWorkLogPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_entry && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::ControlModifier) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                addEntry();
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

void TicketWorkLogPanel::addEntry()
{
    if (m_ticketId == 0 || !m_add->isEnabled())
        return;
    WorkLogEntry entry;
    entry.ticketId = m_ticketId;
    entry.author = AuditLog::currentOperator();
    entry.text = m_entry->toPlainText().trimmed();
    entry.minutes = m_minutes->value();
    entry.isPublic = m_public->isChecked();
    m_add->setEnabled(false); // until this one is answered
    m_tickets->addWorkLog(this, entry, [this](const TicketView &view, const QString &error) {
        m_add->setEnabled(m_ticketId != 0);
        if (!error.isEmpty()) {
            Q_EMIT failed(error); // and what was typed stays
            return;
        }
        m_entry->clear();
        m_minutes->setValue(0);
        m_public->setChecked(false);
        m_entries = view.workLog;
        show();
        Q_EMIT entryAdded(view.ticket);
    });
}

void TicketWorkLogPanel::reload()
{
    if (m_ticketId == 0)
        return;
    const int serial = m_reading.next();
    m_tickets->workLog(this, m_ticketId, [this, serial](const QList<WorkLogEntry> &entries, const QString &error) {
        if (!m_reading.accept(serial))
            return;
        if (!error.isEmpty()) {
            Q_EMIT failed(error);
            return;
        }
        m_entries = entries;
        show();
    });
}

void TicketWorkLogPanel::show()
{
    if (m_ticketId == 0) {
        m_log->setHtml(tr("<p><i>The work log starts once the ticket is saved.</i></p>"));
        return;
    }
    if (m_entries.isEmpty()) {
        m_log->setHtml(tr("<p><i>Nothing logged yet.</i></p>"));
        return;
    }
    QString html;
    for (const WorkLogEntry &e : std::as_const(m_entries)) {
        QStringList about{ShownTime::dateTime(e.at), e.author.toHtmlEscaped()};
        if (e.minutes > 0)
            about << tr("%n min", nullptr, e.minutes);
        about << (e.isPublic ? tr("public") : tr("internal"));
        html += QStringLiteral("<p><span style=\"color: palette(placeholder-text)\">%1</span><br>%2</p>")
                    .arg(about.join(QStringLiteral(" · ")), e.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    m_log->setHtml(html);
    m_log->moveCursor(QTextCursor::End);
}

} // namespace wb
