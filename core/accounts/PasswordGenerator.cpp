#include "core/accounts/PasswordGenerator.h"

#include <QList>
#include <QRandomGenerator>

#include <algorithm>

namespace wb {

namespace {

enum Class { Lower, Upper, Digits, Symbols, ClassCount };

// Look-alikes and characters that are hard to say or to type into a phone.
const QString lookAlikes = QStringLiteral("0Oo1lIi|5S2Z8B`'\"");

QString without(const QString &all, const QString &leaveOut)
{
    QString kept;
    for (const QChar c : all) {
        if (!leaveOut.contains(c))
            kept += c;
    }
    return kept;
}

} // namespace

QString PasswordGenerator::alphabet(int characterClass) const
{
    QString all;
    switch (characterClass) {
    case Lower: all = QStringLiteral("abcdefghijklmnopqrstuvwxyz"); break;
    case Upper: all = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ"); break;
    case Digits: all = QStringLiteral("0123456789"); break;
    // Symbols that survive a shell, a CSV file and a phone call; read aloud, fewer.
    case Symbols: all = easyToReadAloud ? QStringLiteral("-_.+=@#%") : QStringLiteral("!#$%&()*+,-./:;<=>?@[]^_{}~"); break;
    default: break;
    }
    return easyToReadAloud ? without(all, lookAlikes) : all;
}

QString PasswordGenerator::generate() const
{
    QList<QString> classes;
    if (lower)
        classes << alphabet(Lower);
    if (upper)
        classes << alphabet(Upper);
    if (digits)
        classes << alphabet(Digits);
    if (symbols)
        classes << alphabet(Symbols);
    if (classes.isEmpty())
        classes << alphabet(Lower);
    const int n = std::max(int(classes.size()), std::clamp(length, minLength, maxLength));
    QRandomGenerator *random = QRandomGenerator::system();
    QString result;
    // One of each chosen class first, the rest from all of them, then shuffled.
    for (const QString &set : classes)
        result += set.at(int(random->bounded(quint32(set.size()))));
    const QString all = classes.join(QString());
    while (result.size() < n)
        result += all.at(int(random->bounded(quint32(all.size()))));
    for (qsizetype i = result.size() - 1; i > 0; --i)
        std::swap(result[i], result[qsizetype(random->bounded(quint32(i + 1)))]);
    return result;
}

} // namespace wb
