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
    const RunSpec &spec = runner.spec();
    line.text = spec.title.isEmpty() ? TicketWorkLogger::commandRun(spec.command, names, counts.ok, counts.failed)
                                     : TicketWorkLogger::namedRun(spec.title, names, counts.ok, counts.failed);
    if (spec.workLogNote) {
        const QString note = spec.workLogNote(runner);
        if (!note.isEmpty())
            line.text += QLatin1Char(' ') + note;
    }
    return line;
}

} // namespace wb
