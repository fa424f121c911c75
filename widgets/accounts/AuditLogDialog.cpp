#include "widgets/accounts/AuditLogDialog.h"

#include "core/audit/AsyncAuditLog.h"
#include "core/audit/AuditLog.h"
#include "models/audit/AuditLogModel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace wb {

namespace {
QLineEdit *filterField(const QString &placeholder, const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}
} // namespace

AuditLogDialog::AuditLogDialog(AsyncAuditLog *audit, QWidget *parent) : QDialog(parent), m_audit(audit)
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit Log"));
    m_model = new AuditLogModel(this);
    m_model->setObjectName(QStringLiteral("auditModel"));
    m_host = filterField(tr("part of a host name"), QStringLiteral("auditHostFilter"), this);
    m_account = filterField(tr("part of an account name"), QStringLiteral("auditAccountFilter"), this);
    m_operator = filterField(tr("who did it"), QStringLiteral("auditOperatorFilter"), this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const std::initializer_list<std::pair<int, int>> widths = {
        {AuditLogModel::TimeColumn, 150}, {AuditLogModel::OperatorColumn, 100}, {AuditLogModel::HostColumn, 120},
        {AuditLogModel::AccountColumn, 110}, {AuditLogModel::ActionColumn, 130}, {AuditLogModel::ResultColumn, 80},
        {AuditLogModel::TicketColumn, 70}, {AuditLogModel::TargetColumn, 200}, {AuditLogModel::LoginColumn, 80}};
    for (auto [column, width] : widths)
        m_table->setColumnWidth(column, width);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("auditSummary"));
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportAudit"));
    connect(m_export, &QPushButton::clicked, this, &AuditLogDialog::exportCsv);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *filters = new QHBoxLayout;
    const std::initializer_list<std::pair<QString, QLineEdit *>> fields = {
        {tr("&Host:"), m_host}, {tr("&Account:"), m_account}, {tr("&Operator:"), m_operator}};
    for (auto [text, edit] : fields) {
        auto *label = new QLabel(text, this);
        label->setBuddy(edit);
        filters->addWidget(label);
        filters->addWidget(edit, 1);
        filters->addSpacing(8);
    }
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_export);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    // Typing a name reads the log once the typing pauses, not per key.
    m_typing.setSingleShot(true);
    m_typing.setInterval(150);
    connect(&m_typing, &QTimer::timeout, this, &AuditLogDialog::reload);
    for (QLineEdit *edit : {m_host, m_account, m_operator})
        connect(edit, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
    for (QPushButton *b : findChildren<QPushButton *>())
        b->setAutoDefault(false);
    m_summary->setText(tr("Reading the audit log…"));
    m_export->setEnabled(false);
    reload();
    resize(1100, 560);
}

AuditFilter AuditLogDialog::filter() const
{
    AuditFilter filter;
    filter.host = m_host->text().trimmed();
    filter.account = m_account->text().trimmed();
    filter.operatorName = m_operator->text().trimmed();
    return filter;
}

void AuditLogDialog::reload()
{
    m_typing.stop();
    const AuditFilter filter = this->filter();
    const int serial = m_reading.next();
    m_audit->list(this, filter, [this, serial, limit = filter.limit](const QList<AuditRecord> &records, const QString &error) {
        if (!m_reading.accept(serial))
            return; // the filter changed since: its own answer is on the way
        m_model->setRecords(records);
        const int shown = m_model->rowCount();
        if (!error.isEmpty())
            m_summary->setText(error);
        else if (shown >= limit)
            m_summary->setText(tr("The newest %L1 records; narrow the filter to see older ones.").arg(shown));
        else
            m_summary->setText(tr("%Ln record(s)", nullptr, shown));
        m_export->setEnabled(shown > 0 && !m_exporting);
    });
}

void AuditLogDialog::exportTo(const QString &file)
{
    if (m_exporting)
        return;
    m_exporting = true;
    m_export->setEnabled(false);
    m_summary->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(file)));
    m_audit->exportCsv(this, filter(), file, [this, file](int written, const QString &error) {
        m_exporting = false;
        m_export->setEnabled(m_model->rowCount() > 0);
        if (!error.isEmpty()) {
            m_summary->clear();
            QMessageBox::warning(this, tr("Export Audit Log"), error);
            return;
        }
        m_summary->setText(tr("Exported %Ln record(s) to %1.", nullptr, written).arg(QDir::toNativeSeparators(file)));
    });
}

void AuditLogDialog::exportCsv()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Audit Log"), QDir::home().filePath(QStringLiteral("audit-log.csv")),
                                                      tr("CSV file (*.csv)"));
    if (!file.isEmpty())
        exportTo(file);
}

} // namespace wb
