#include "core/text/VisibleText.h"

namespace wb {

QString visibleText(const QString &text)
{
    // Most lines need nothing: look before copying.
    bool clean = true;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t') || (u >= 0x7f && u <= 0x9f) || c.category() == QChar::Other_Format) {
            clean = false;
            break;
        }
    }
    if (clean)
        return text;
    QString shown;
    shown.reserve(text.size() + 16);
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t') {
            shown += QLatin1Char('^');
            shown += QChar(char16_t(u + 64));
        } else if (u == 0x7f) {
            shown += QLatin1String("^?");
        } else if (u >= 0x80 && u <= 0x9f) {
            shown += QLatin1String("M-^");
            shown += QChar(char16_t(u - 0x80 + 64));
        } else if (c.category() == QChar::Other_Format) {
            shown += QStringLiteral("<U+%1>").arg(QString::number(u, 16).toUpper().rightJustified(4, QLatin1Char('0')));
        } else {
            shown += c;
        }
    }
    return shown;
}

} // namespace wb
