#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;

namespace wb {

// The find bar floating over the top right of a terminal. Searching goes up
// (older output) by default, as what one looks for usually just scrolled by.
class TerminalFindBar : public QFrame
{
    Q_OBJECT
public:
    explicit TerminalFindBar(QWidget *parent = nullptr);

    QString text() const;
    void activate(); // show, focus and select the text
    void setNotFound(bool notFound);

Q_SIGNALS:
    // backward = towards older lines
    void findRequested(const QString &text, bool backward, bool fromCurrent);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLineEdit *m_edit;
    QLabel *m_status;
};

} // namespace wb
