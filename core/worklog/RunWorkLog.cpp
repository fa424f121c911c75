#include "core/worklog/RunWorkLog.h"

#include "core/ssh/CommandRunner.h"
#include "core/tickets/TicketWorkLogger.h"

namespace wb {

RunWorkLog RunWorkLog::of(const CommandRunner &runner)
{
    RunWorkLog line;
    QStringList names;
    for (int i = 0; i < runner.size(); ++i) {
        names << runner.target(i).endpoint.name;
        if (runner.target(i).hostId != 0)
            line.hostIds << runner.target(i).hostId;
    }
    const CommandRunner::Counts counts = runner.counts();
    line.text = TicketWorkLogger::commandRun(runner.spec().command, names, counts.ok, counts.failed);
    return line;
}

} // namespace wb
