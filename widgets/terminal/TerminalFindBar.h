#pragma once

#include "core/terminal/TerminalScreen.h"
#include "core/terminal/TerminalSearch.h"

#include <QFrame>
#include <QPointer>

#include <optional>

class QLabel;
class QLineEdit;

namespace wb {

// The find bar floating over the top right of a terminal's viewport (its
// parent), and the search it runs over the screen and its scrollback.
// Searching goes up (older output) by default, as what one looks for usually
// just scrolled by.
class TerminalFindBar : public QFrame
{
    Q_OBJECT
public:
    // The screen is not owned and must outlive the bar.
    TerminalFindBar(TerminalScreen *screen, QWidget *viewport);

    QString text() const;
    void activate(); // placed, shown, focused, the text selected
    // Top right of the viewport, as wide as it allows.
    void place();
    // backward = towards older lines; fromCurrent looks at the match in view
    // first (the text grew). Emits found() on a hit.
    bool find(const QString &text, bool backward, bool fromCurrent = false);
    std::optional<std::pair<TextPos, TextPos>> match() const { return m_search.match(); }
    // Forgets the match, keeping the bar and its text (the lines were reflowed).
    void forgetMatch();

Q_SIGNALS:
    void found(int line);
    // The match to highlight moved or went.
    void matchChanged();
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Hides the bar and forgets the match (Esc, the close button).
    void dismiss();

    QPointer<TerminalScreen> m_screen; // the view's; a search needs it alive
    TerminalSearch m_search;
    QLineEdit *m_edit;
    QLabel *m_status;
};

} // namespace wb
