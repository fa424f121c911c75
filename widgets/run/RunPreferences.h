#pragma once

#include "core/ssh/CommandRunner.h"

namespace wb {

// How the user last chose to run (QSettings "run/…"): shared by the Run
// Command dialog and the runs started straight from a snippet, so both go as
// wide and wait as long.
struct RunPreferences
{
    int concurrency = 64;
    int timeoutSeconds = 60;

    static RunPreferences load();
    void save() const;

    // One line is a command; several lines are a script sent to `sh -s` on
    // standard input (Snippet::isScriptText decides, for both).
    RunSpec specFor(const QString &text) const;
};

} // namespace wb
