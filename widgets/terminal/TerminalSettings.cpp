#include "widgets/terminal/TerminalSettings.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QSettings>

namespace wb {

namespace {

// Tango, as many desktop terminals ship it: one palette, readable on both backgrounds.
constexpr std::array<QRgb, 16> kTango = {
    0xff000000, 0xffcc0000, 0xff4e9a06, 0xffc4a000, 0xff3465a4, 0xff75507b, 0xff06989a, 0xffd3d7cf,
    0xff555753, 0xffef2929, 0xff8ae234, 0xfffce94f, 0xff729fcf, 0xffad7fa8, 0xff34e2e2, 0xffeeeeec,
};

QString shapeId(TerminalCursorShape shape)
{
    switch (shape) {
    case TerminalCursorShape::Underline: return QStringLiteral("underline");
    case TerminalCursorShape::Bar: return QStringLiteral("bar");
    case TerminalCursorShape::Block: break;
    }
    return QStringLiteral("block");
}

} // namespace

QString TerminalColorScheme::displayName() const
{
    if (id == QLatin1String("light"))
        return QCoreApplication::translate("wb::TerminalSettings", "Light (Tango on white)");
    return QCoreApplication::translate("wb::TerminalSettings", "Dark (Tango on black)");
}

QList<TerminalColorScheme> TerminalColorScheme::all()
{
    return {
        {QStringLiteral("dark"), qRgb(0xd3, 0xd7, 0xcf), qRgb(0x1e, 0x1e, 0x1e), kTango},
        {QStringLiteral("light"), qRgb(0x2e, 0x34, 0x36), qRgb(0xfd, 0xfd, 0xfb), kTango},
    };
}

TerminalColorScheme TerminalColorScheme::byId(const QString &id)
{
    const QList<TerminalColorScheme> schemes = all();
    for (const TerminalColorScheme &scheme : schemes) {
        if (scheme.id == id)
            return scheme;
    }
    return schemes.first();
}

QFont TerminalSettings::font() const
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!fontFamily.isEmpty())
        font.setFamily(fontFamily);
    if (fontPointSize > 0)
        font.setPointSizeF(fontPointSize);
    else if (font.pointSizeF() <= 0)
        font.setPointSizeF(10);
    return font;
}

TerminalSettings TerminalSettings::load()
{
    const QSettings settings;
    TerminalSettings loaded;
    loaded.fontFamily = settings.value(QStringLiteral("terminal/fontFamily")).toString();
    loaded.fontPointSize = std::clamp(settings.value(QStringLiteral("terminal/fontPointSize"), 0.0).toDouble(), 0.0, 72.0);
    loaded.colorScheme = TerminalColorScheme::byId(settings.value(QStringLiteral("terminal/colorScheme")).toString()).id;
    loaded.scrollbackLines = std::clamp(settings.value(QStringLiteral("terminal/scrollbackLines"), loaded.scrollbackLines).toInt(), 0,
                                        maxScrollbackLines);
    loaded.altSendsEscape = settings.value(QStringLiteral("terminal/altSendsEscape"), loaded.altSendsEscape).toBool();
    loaded.confirmPaste = settings.value(QStringLiteral("terminal/confirmPaste"), loaded.confirmPaste).toBool();
    loaded.blink = settings.value(QStringLiteral("terminal/blink"), loaded.blink).toBool();
    const QString shape = settings.value(QStringLiteral("terminal/cursorShape")).toString();
    for (TerminalCursorShape candidate : {TerminalCursorShape::Underline, TerminalCursorShape::Bar}) {
        if (shape == shapeId(candidate))
            loaded.cursorShape = candidate;
    }
    return loaded;
}

void TerminalSettings::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("terminal/fontFamily"), fontFamily);
    settings.setValue(QStringLiteral("terminal/fontPointSize"), fontPointSize);
    settings.setValue(QStringLiteral("terminal/colorScheme"), colorScheme);
    settings.setValue(QStringLiteral("terminal/scrollbackLines"), scrollbackLines);
    settings.setValue(QStringLiteral("terminal/cursorShape"), shapeId(cursorShape));
    settings.setValue(QStringLiteral("terminal/altSendsEscape"), altSendsEscape);
    settings.setValue(QStringLiteral("terminal/confirmPaste"), confirmPaste);
    settings.setValue(QStringLiteral("terminal/blink"), blink);
}

} // namespace wb
