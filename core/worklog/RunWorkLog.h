#pragma once

#include <QList>
#include <QString>

namespace wb {

class CommandRunner;

// The line a finished run leaves in a ticket's work log (window and CLI
// alike): "Ran systemctl on web01, web02 (2 ok, 1 failed).", and the
// inventory hosts it ran on (a ticket takes it when it links one of them).
struct RunWorkLog
{
    QList<qint64> hostIds;
    QString text;

    static RunWorkLog of(const CommandRunner &runner);
};

} // namespace wb
