#pragma once

#include <QObject>

#include <functional>

class QLineEdit;

namespace wb {

// The keys a filter field answers as in a launcher: Esc clears what was
// typed, Down or Enter moves on to the results (toResults does the moving).
class FilterFieldKeys : public QObject
{
    Q_OBJECT
public:
    // Watches `field` and lives as its child.
    FilterFieldKeys(QLineEdit *field, std::function<void()> toResults);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_field;
    std::function<void()> m_toResults;
};

} // namespace wb
