#include "widgets/common/FilterFieldKeys.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace wb {

FilterFieldKeys::FilterFieldKeys(QLineEdit *field, std::function<void()> toResults)
    : QObject(field), m_field(field), m_toResults(std::move(toResults))
{
    field->installEventFilter(this);
}

bool FilterFieldKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_field->text().isEmpty()) {
            m_field->clear();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            m_toResults();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace wb
