#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace wb {

struct DiffLine
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
    friend bool operator==(const DiffLine &, const DiffLine &) = default;
};

// Line diff of two texts (longest common subsequence), for comparing the
// outputs of two groups of hosts. Inputs past `maxLines` lines each are
// compared as wholly removed and added, so a huge output costs no more than
// listing it.
QList<DiffLine> lineDiff(const QStringList &before, const QStringList &after, int maxLines = 4000);

// "  same", "- removed", "+ added", one per line.
QString formatDiff(const QList<DiffLine> &diff);

} // namespace wb
