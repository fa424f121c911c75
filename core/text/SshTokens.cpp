#include "core/text/SshTokens.h"

namespace wb {

namespace {

bool isEnvironmentName(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (QChar c : name)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('_'))
            return false;
    return !name.front().isDigit();
}

} // namespace

bool SshTokens::hasTokens(const QString &value)
{
    return value.contains(QLatin1Char('%')) || value.contains(QLatin1String("${"));
}

QString SshTokens::check(const QString &value, const QString &tokens, bool environment)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('%')) {
            if (i + 1 == value.size())
                return tr("“%1” ends with a lone “%”: write “%%” for a percent sign.").arg(value);
            const QChar token = value.at(++i);
            if (token != QLatin1Char('%') && !tokens.contains(token)) {
                QStringList known;
                for (QChar t : tokens)
                    known << QLatin1Char('%') + t;
                return tr("“%1” uses the token “%2”, which is not known here (known: %3 and %%).")
                    .arg(value, QLatin1Char('%') + token, known.join(QLatin1Char(' ')));
            }
        } else if (environment && c == QLatin1Char('$') && i + 1 < value.size() && value.at(i + 1) == QLatin1Char('{')) {
            const qsizetype close = value.indexOf(QLatin1Char('}'), i + 2);
            if (close < 0)
                return tr("“%1” opens “${” without closing it with “}”.").arg(value);
            if (!isEnvironmentName(QStringView(value).mid(i + 2, close - i - 2)))
                return tr("“%1” names no environment variable between “${” and “}”.").arg(value);
            i = close;
        }
    }
    return {};
}

QString SshTokens::expand(const QString &value, const QHash<QChar, QString> &values, bool environment)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('%') && i + 1 < value.size()) {
            const QChar token = value.at(++i);
            if (token == QLatin1Char('%'))
                out += QLatin1Char('%');
            else if (const auto it = values.constFind(token); it != values.cend())
                out += it.value();
            else
                out += c, out += token; // check() refuses these before they are stored
            continue;
        }
        if (environment && c == QLatin1Char('$') && i + 1 < value.size() && value.at(i + 1) == QLatin1Char('{')) {
            const qsizetype close = value.indexOf(QLatin1Char('}'), i + 2);
            if (close > 0) {
                out += qEnvironmentVariable(value.mid(i + 2, close - i - 2).toLocal8Bit().constData());
                i = close;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace wb
