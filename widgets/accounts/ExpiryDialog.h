#pragma once

#include <QDialog>

class QDateEdit;

namespace wb {

// The day an account stops working (chage -E): today or later.
class ExpiryDialog : public QDialog
{
    Q_OBJECT
public:
    ExpiryDialog(const QString &account, const QString &host, const QDate &current, QWidget *parent = nullptr);

    QDateEdit *dateEdit() const { return m_date; }
    // YYYY-MM-DD, as AccountAction wants it.
    QString date() const;

private:
    QDateEdit *m_date;
};

} // namespace wb
