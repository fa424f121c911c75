#pragma once

#include "core/audit/AuditLog.h"
#include "core/storage/LatestRequest.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace wb {

class AsyncAuditLog;
class AuditLogModel;

// The workspace's audit log, one line an action, newest first: filter by
// host, account and operator (each a case-insensitive part of the name), and
// export every record the filters match as CSV (the table shows the newest
// 10,000; the export has no cap). Read and written off the GUI thread.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    // `audit` must outlive the dialog.
    explicit AuditLogDialog(AsyncAuditLog *audit, QWidget *parent = nullptr);

    QLineEdit *hostFilter() const { return m_host; }
    QLineEdit *operatorFilter() const { return m_operator; }
    // Writes every record the filters match to `file`; the summary line says
    // how many, or a message box why it could not.
    void exportTo(const QString &file);

public Q_SLOTS:
    // Reads the log again with the current filters.
    void reload();
    void exportCsv();

private:
    AuditFilter filter() const;

    AsyncAuditLog *m_audit;
    LatestRequest m_reading;
    bool m_exporting = false;
    AuditLogModel *m_model;
    QLineEdit *m_host;
    QLineEdit *m_account;
    QLineEdit *m_operator;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_export;
    QTimer m_typing;
};

} // namespace wb
