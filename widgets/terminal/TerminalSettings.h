#pragma once

#include <QFont>
#include <QList>
#include <QRgb>
#include <QString>

#include <array>

namespace wb {

// A terminal's colours: the 16 of the ANSI palette, text and background.
struct TerminalColorScheme
{
    QString id; // "dark", "light" (stored)
    QRgb foreground;
    QRgb background;
    std::array<QRgb, 16> base16;

    QString displayName() const;
    static QList<TerminalColorScheme> all();
    // The scheme of that id; the dark one for an id not known.
    static TerminalColorScheme byId(const QString &id);
};

enum class TerminalCursorShape { Block, Underline, Bar };

// How this person's terminals look (QSettings "terminal/…"), set in Preferences and applied
// to every open session at once.
struct TerminalSettings
{
    QString fontFamily;      // empty: the system's fixed-width font
    qreal fontPointSize = 0; // 0: the system font's size (10 pt when it gives none)
    QString colorScheme = QStringLiteral("dark");
    int scrollbackLines = 10000;
    TerminalCursorShape cursorShape = TerminalCursorShape::Block;
    bool altSendsEscape = true; // Alt+key as ESC and the key (xterm's metaSendsEscape); off: the key alone
    // Ask before pasting line breaks or control characters where the program did not
    // turn on bracketed paste (so a shell would run each line as it arrives).
    bool confirmPaste = true;
    // Blinking text (SGR 5) and a blinking cursor blink while the window is active; off: drawn steady.
    bool blink = true;

    static constexpr int maxScrollbackLines = 100000; // about 32 MB a tab at 80 columns

    QFont font() const;
    static TerminalSettings load();
    void save() const;
    bool operator==(const TerminalSettings &) const = default;
};

} // namespace wb
