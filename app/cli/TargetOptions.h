#pragma once

#include "core/ssh/SshTarget.h"

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

namespace wb {

class Inventory;
struct SshSettings;

// The target options that run, check, facts and logs share: --group, --host,
// --ssh-config and -i, turned into SSH targets by TargetResolver.
struct TargetOptions
{
    QCommandLineOption group;
    QCommandLineOption host;
    QCommandLineOption identity;
    QCommandLineOption sshConfig;

    TargetOptions();
    void addTo(QCommandLineParser &parser) const;
    bool isSet(const QCommandLineParser &parser) const;
    // The targets named, in order; on failure the exit status (1, or 2 for an
    // ambiguous host name) with the reason printed.
    int resolve(const QCommandLineParser &parser, const Inventory &inventory, const SshSettings &settings,
                QList<SshTarget> *targets) const;
};

} // namespace wb
