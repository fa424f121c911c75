#pragma once

#include "audit/AuditLog.h"

#include <QDialog>
#include <QSqlDatabase>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace wb {

class AuditLogModel;

// The workspace's audit log, one line an action, newest first: filter by
// host, account and operator (each a case-insensitive part of the name), and
// export every record the filters match as CSV (the table shows the newest
// 10,000; the export has no cap). Read on the GUI thread: SQLite is quick.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuditLogDialog(QSqlDatabase db, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *hostFilter() const { return m_host; }
    QLineEdit *accountFilter() const { return m_account; }
    QLineEdit *operatorFilter() const { return m_operator; }
    // Writes every record the filters match to FILE; false (and why) when it
    // could not. *written: how many records.
    bool exportTo(const QString &file, QString *error, int *written = nullptr);

public Q_SLOTS:
    // Reads the log again with the current filters.
    void reload();
    void exportCsv();

private:
    AuditFilter filter() const;

    QSqlDatabase m_db;
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
