#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace wb {

// One werkbank-cli subcommand (as keepassxc-cli has them): its name, the line
// `werkbank-cli --help` lists it with, and what it does. execute() gets the
// whole command line and returns the exit status: 0 done, 1 failed (the
// reason on standard error), 2 wrong usage.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    // Its options in short, untranslated: "hosts [--group G] [--json]".
    virtual QString synopsis() const = 0;
    // What it does, in a line or two (translated).
    virtual QString summary() const = 0;
    virtual int execute(const QStringList &arguments) = 0;

    // Every subcommand, in the order --help lists them.
    static std::vector<std::unique_ptr<Command>> all();
};

// werkbank-cli [--workspace PATH] COMMAND [options]: finds the command and
// runs it; --help and --version on their own.
int runCli(const QStringList &arguments);

} // namespace wb
