#include "core/text/LineDiff.h"

#include <vector>

namespace wb {

QList<DiffLine> lineDiff(const QStringList &before, const QStringList &after, int maxLines)
{
    QList<DiffLine> result;
    const qsizetype n = before.size();
    const qsizetype m = after.size();
    if (n > maxLines || m > maxLines) {
        for (const QString &line : before)
            result << DiffLine{DiffLine::Kind::Removed, line};
        for (const QString &line : after)
            result << DiffLine{DiffLine::Kind::Added, line};
        return result;
    }
    // lcs[i][j]: length of the longest common subsequence of before[i..] and after[j..].
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[size_t(i)][size_t(j)] = before.at(i) == after.at(j)
                ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
        }
    }
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (before.at(i) == after.at(j)) {
            result << DiffLine{DiffLine::Kind::Same, before.at(i)};
            ++i;
            ++j;
        } else if (lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)]) {
            result << DiffLine{DiffLine::Kind::Removed, before.at(i++)};
        } else {
            result << DiffLine{DiffLine::Kind::Added, after.at(j++)};
        }
    }
    while (i < n)
        result << DiffLine{DiffLine::Kind::Removed, before.at(i++)};
    while (j < m)
        result << DiffLine{DiffLine::Kind::Added, after.at(j++)};
    return result;
}

QString formatDiff(const QList<DiffLine> &diff)
{
    QString text;
    for (const DiffLine &line : diff) {
        switch (line.kind) {
        case DiffLine::Kind::Same: text += QStringLiteral("  "); break;
        case DiffLine::Kind::Removed: text += QStringLiteral("- "); break;
        case DiffLine::Kind::Added: text += QStringLiteral("+ "); break;
        }
        text += line.text + QLatin1Char('\n');
    }
    return text;
}

} // namespace wb
