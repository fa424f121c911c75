#pragma once

#include <QWidget>

class QLabel;

namespace wb {

// A red strip that says what went wrong, selectable for copying, until it is
// dismissed or cleared. Hidden while there is nothing to say.
class ErrorBar : public QWidget
{
    Q_OBJECT
public:
    // The text is named `name` (for findChild), the bar `name` + "Bar".
    explicit ErrorBar(const QString &name, QWidget *parent = nullptr);

    void showError(const QString &message);
    void clear();
    bool hasError() const { return !isHidden(); }
    QString message() const;

Q_SIGNALS:
    // Shown or cleared (also by Dismiss).
    void changed();

private:
    QLabel *m_text;
};

} // namespace wb
