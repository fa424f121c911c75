#pragma once

#include <QString>

namespace wb {

using SnippetId = qint64;

// A saved command or script from the workspace's library.
struct Snippet
{
    SnippetId id = 0;          // 0 until stored
    QString name;
    QString description;
    QString body;
    qint64 rowVersion = 0;     // what the database had when this was read; a stale update is refused

    // Several lines run as a script on `sh -s`; one line runs as a command.
    bool isScript() const { return isScriptText(body); }
    static bool isScriptText(const QString &text) { return text.trimmed().contains(QLatin1Char('\n')); }

    friend bool operator==(const Snippet &, const Snippet &) = default;

    // The library's order: by name regardless of case. QString's comparison,
    // not SQLite's NOCASE (ASCII only), so the list and the model agree on
    // "Ärger" too.
    static bool lessByName(const Snippet &a, const Snippet &b)
    {
        if (const int byName = a.name.compare(b.name, Qt::CaseInsensitive); byName != 0)
            return byName < 0;
        return a.id < b.id;
    }
};

} // namespace wb
