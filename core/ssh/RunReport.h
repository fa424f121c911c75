#pragma once

#include "core/ssh/CommandRunner.h"

#include <QJsonObject>
#include <QList>

namespace wb {

// What a run did on each host, the same for werkbank-cli (JSON Lines) and the
// window's export (a JSON array, or CSV): one set of keys, never translated,
// with typed values.
//
//   host, address      strings: the inventory name and what was connected to
//   port, duration_ms  numbers
//   ok                 true when it ran to the end with exit status 0
//   state              pending | connecting | running | done | failed | cancelled
//   exit_status        number; absent (CSV: empty) without one
//   exit_signal        string; absent without one (killed by a signal)
//   stdout, stderr     strings (UTF-8 as the host sent it)
//   step, error        only when it failed before running: the step
//                      (resolve | connect | host-key | authenticate | channel |
//                      session) and the message
namespace RunReport {

// The CSV header, in this order; the JSON keys are the same.
QStringList columns();
QString stateKey(HostRun::State state);
QString stepKey(SshStep step);

QJsonObject hostObject(const SshTarget &target, const HostRun &run);
// Every host of the run, in the runner's order.
QList<QJsonObject> hostObjects(const CommandRunner &runner);

QByteArray jsonLines(const QList<QJsonObject> &hosts);
QByteArray jsonArray(const QList<QJsonObject> &hosts);
// A header row, then a row per host; cells a spreadsheet would take for a
// formula are written as text.
QByteArray csv(const QList<QJsonObject> &hosts);

} // namespace RunReport
} // namespace wb
