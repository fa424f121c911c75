#pragma once

#include "core/text/TerminalTextFilter.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace wb {

// A terminal session's output written to a file of its own, on the
// connection's worker thread: "<name>-<yyyy-MM-dd_HH-mm-ss>.log" in the
// folder, created new (never through a link, never over another file),
// readable by its owner only (a folder it makes is too). Only what the host
// sends is written: input the host does not echo back (a password at a
// prompt) never reaches it; typed commands are there as the host echoed them.
class SessionLogFile
{
    Q_DECLARE_TR_FUNCTIONS(wb::SessionLogFile)
public:
    // Null with *error when the folder or file cannot be made.
    static std::unique_ptr<SessionLogFile> open(const QString &folder, const QString &name, bool raw, QString *error);
    ~SessionLogFile();

    // False (once, with *error) when writing failed; the log stops there.
    bool append(const QByteArray &data, QString *error);
    // A host's name as a file name: letters, digits, ".", "-", "_" kept, the rest "_".
    static QString fileNameFor(const QString &name);

private:
    SessionLogFile(int fd, QString path, bool raw) : m_fd(fd), m_path(std::move(path)), m_raw(raw) {}

    int m_fd;
    QString m_path;
    bool m_raw;
    bool m_failed = false;
    TerminalTextFilter m_filter;
};

} // namespace wb
