#include "core/inventory/io/ShellWords.h"

namespace wb {

bool ShellWords::split(const QString &line, QStringList *words, QString *problem)
{
    words->clear();
    QString word;
    bool inWord = false;
    QChar quote;
    const qsizetype n = line.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = line[i];
        if (quote == QLatin1Char('\'')) {
            if (c == quote)
                quote = QChar();
            else
                word += c;
            continue;
        }
        if (quote == QLatin1Char('"')) {
            if (c == QLatin1Char('"')) {
                quote = QChar();
            } else if (c == QLatin1Char('\\') && i + 1 < n) {
                const QChar next = line[i + 1];
                if (next == QLatin1Char('"') || next == QLatin1Char('\\'))
                    word += next;
                else if (next == QLatin1Char('n'))
                    word += QLatin1Char('\n');
                else if (next == QLatin1Char('r'))
                    word += QLatin1Char('\r');
                else if (next == QLatin1Char('t'))
                    word += QLatin1Char('\t');
                else
                    word += c + QString(next); // like shlex: other escapes stay as written
                ++i;
            } else {
                word += c;
            }
            continue;
        }
        if (c.isSpace()) {
            if (inWord)
                words->append(word);
            word.clear();
            inWord = false;
            continue;
        }
        if (c == QLatin1Char('#'))
            break; // shlex treats # as a comment even in the middle of a word
        inWord = true;
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('\\')) {
            if (i + 1 < n)
                word += line[++i];
        } else {
            word += c;
        }
    }
    if (!quote.isNull()) {
        *problem = tr("The quote %1 is never closed on this line.").arg(quote);
        return false;
    }
    if (inWord)
        words->append(word);
    return true;
}

QString ShellWords::quote(const QString &value)
{
    bool needsQuotes = value.isEmpty();
    for (const QChar c : value) {
        if (c.isSpace() || c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('\\')
            || c == QLatin1Char('#') || c.category() == QChar::Other_Control) {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return value;
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\r'))
            out += QStringLiteral("\\r");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else
            out += c;
    }
    out += QLatin1Char('"');
    return out;
}

} // namespace wb
