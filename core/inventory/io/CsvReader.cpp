#include "core/inventory/io/CsvReader.h"

#include "core/inventory/HostValidator.h"
#include "core/inventory/SshHostOptions.h"
#include "core/inventory/io/ImportSupport.h"
#include "core/text/CsvField.h"

#include <QHash>

namespace wb {

QStringList CsvReader::columns()
{
    return {QStringLiteral("name"),     QStringLiteral("address"),       QStringLiteral("port"),
            QStringLiteral("kind"),     QStringLiteral("os"),            QStringLiteral("tags"),
            QStringLiteral("notes"),    QStringLiteral("user"),          QStringLiteral("auth"),
            QStringLiteral("identity_file"), QStringLiteral("jump_host"), QStringLiteral("location"),
            QStringLiteral("owner"),    QStringLiteral("group"), QStringLiteral("host_key_alias"),
            QStringLiteral("known_hosts_file"), QStringLiteral("reachability_check"), QStringLiteral("mac_address"),
            QStringLiteral("session_log"), QStringLiteral("port_forwards"), QStringLiteral("remote_desktop"),
            QStringLiteral("ssh_options")};
}

QList<CsvReader::Record> CsvReader::parse(const QString &text, const std::atomic<bool> *cancel, bool *cancelled)
{
    QList<Record> records;
    Record record;
    QString field;
    int line = 1;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool fieldHasText = false;  // anything but spaces so far, kept as we go so no character is looked at twice
    bool recordHasContent = false;
    record.line = 1;
    if (cancelled)
        *cancelled = false;

    auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldWasQuoted = false;
        fieldHasText = false;
    };
    auto endRecord = [&] {
        endField();
        // A line with nothing on it is not a record (trailing newline, spacing between blocks).
        if (recordHasContent || record.fields.size() > 1 || !record.problem.isEmpty())
            records.append(record);
        record = Record();
        recordHasContent = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && !(i + 1 < n && text[i + 1] == QLatin1Char('\n'))))
                    ++line;
                // CRLF inside a quoted cell becomes a plain newline.
                if (c != QLatin1Char('\r') || !(i + 1 < n && text[i + 1] == QLatin1Char('\n')))
                    field += c == QLatin1Char('\r') ? QChar(QLatin1Char('\n')) : c;
            }
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            record.line = line;
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                if (cancelled)
                    *cancelled = true;
                return records;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
            recordHasContent = true;
            continue;
        }
        if (c == QLatin1Char('"') && !fieldHasText && !fieldWasQuoted) {
            field.clear();
            inQuotes = true;
            fieldWasQuoted = true;
            recordHasContent = true;
            continue;
        }
        if (fieldWasQuoted && c.isSpace())
            continue; // padding after the closing quote is not part of the value
        if (fieldWasQuoted && record.problem.isEmpty()) {
            record.problem = tr("Text follows the closing quote of a field; put the whole field in quotes "
                                "and double any quote inside it (\"\").");
        }
        if (!c.isSpace()) {
            recordHasContent = true;
            fieldHasText = true;
        }
        field += c;
    }
    if (inQuotes) {
        record.problem = tr("A quoted field starting on this line is never closed; "
                            "the rest of the file was not read.");
        recordHasContent = true;
    }
    endRecord();
    return records;
}

ImportResult CsvReader::read(const QString &path, const std::atomic<bool> *cancel)
{
    ImportResult result;
    QString text;
    if (!ImportSupport::readText(path, &text, &result, path))
        return result;
    bool cancelled = false;
    const QList<Record> records = parse(text, cancel, &cancelled);
    if (cancelled) {
        ImportSupport::cancelRequested(cancel, &result, path, records.isEmpty() ? 1 : records.last().line);
        return result;
    }
    if (records.isEmpty()) {
        ImportSupport::addError(&result, path, 1,
                                tr("The file is empty; it needs a header row such as “name,address”."));
        return result;
    }

    // Header: column names in any order and case; every one must be known.
    const Record &header = records.first();
    if (!header.problem.isEmpty()) {
        ImportSupport::addError(&result, path, header.line, header.problem);
        return result;
    }
    const QStringList known = columns();
    QHash<QString, int> columnIndex;
    bool headerOk = true;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields[i].trimmed().toLower();
        if (!known.contains(name)) {
            QString message = tr("Unknown column “%1”; the columns are: %2.")
                                  .arg(header.fields[i].trimmed(), known.join(QStringLiteral(", ")));
            if (header.fields.size() == 1 && name.contains(QLatin1Char(';'))) {
                // Every other complaint about this header would follow from the separator.
                message += QLatin1Char(' ') + tr("The file seems to use semicolons; save it with commas as separators.");
                ImportSupport::addError(&result, path, header.line, message);
                return result;
            }
            ImportSupport::addError(&result, path, header.line, message);
            headerOk = false;
        } else if (columnIndex.contains(name)) {
            ImportSupport::addError(&result, path, header.line, tr("Column “%1” appears twice.").arg(name));
            headerOk = false;
        } else {
            columnIndex.insert(name, int(i));
        }
    }
    for (const char *required : {"name", "address"}) {
        if (!columnIndex.contains(QLatin1String(required))) {
            ImportSupport::addError(&result, path, header.line,
                                    tr("The required column “%1” is missing.").arg(QLatin1String(required)));
            headerOk = false;
        }
    }
    if (!headerOk)
        return result;

    QHash<QString, int> seen; // "group path\nname" -> line, to catch the same host twice
    for (qsizetype r = 1; r < records.size(); ++r) {
        const Record &record = records[r];
        if (ImportSupport::cancelRequested(cancel, &result, path, record.line))
            return result;
        if (!record.problem.isEmpty()) {
            ImportSupport::addError(&result, path, record.line, record.problem);
            continue;
        }
        if (record.fields.size() > header.fields.size()) {
            ImportSupport::addError(&result, path, record.line,
                                    tr("This row has %1 fields but the header has %2 columns; "
                                       "quote fields that contain commas.")
                                        .arg(record.fields.size())
                                        .arg(header.fields.size()));
            continue;
        }
        auto cell = [&](const char *column) {
            const int index = columnIndex.value(QLatin1String(column), -1);
            if (index < 0 || index >= record.fields.size())
                return QString();
            const QString &value = record.fields[index];
            // The exporter writes a cell that starts like a formula with a ' in front (see
            // CsvField.h); exactly that mark comes off again.
            return withoutSpreadsheetFormulaGuard(qstrcmp(column, "notes") == 0 ? value : value.trimmed());
        };
        const int errorsBefore = int(result.errors.size());
        auto fail = [&](const QString &message) { ImportSupport::addError(&result, path, record.line, message); };

        ImportedHost imported;
        imported.file = path;
        imported.line = record.line;
        Host &host = imported.host;
        host.name = cell("name");
        host.address = cell("address");
        QString problem;
        if (const QString port = cell("port"); !port.isEmpty() && !ImportSupport::parsePort(port, &host.port, &problem))
            fail(problem);
        if (const QString kind = cell("kind"); !kind.isEmpty() && !ImportSupport::parseKind(kind, &host.kind, &problem))
            fail(problem);
        host.os = cell("os");
        host.tags = HostValidator::parseTags(cell("tags"));
        host.notes = cell("notes");
        host.sshUser = cell("user");
        host.identityFile = cell("identity_file");
        const QString auth = cell("auth");
        if (auth.isEmpty())
            host.authMethod = host.identityFile.isEmpty() ? AuthMethod::Agent : AuthMethod::KeyFile;
        else if (!ImportSupport::parseAuth(auth, &host.authMethod, &problem))
            fail(problem);
        imported.jumpHostName = cell("jump_host");
        host.location = cell("location");
        host.owner = cell("owner");
        host.hostKeyAlias = cell("host_key_alias");
        host.knownHostsFile = cell("known_hosts_file");
        host.reachabilityCheck = cell("reachability_check");
        host.macAddress = HostValidator::normalizedMac(cell("mac_address"));
        host.sessionLog = cell("session_log").trimmed().toLower();
        host.portForwards = HostValidator::parsePortForwards(cell("port_forwards"));
        host.remoteDesktop = HostValidator::normalizedRemoteDesktop(cell("remote_desktop"));
        host.sshOptions = SshHostOptions::parse(cell("ssh_options"));
        if (!ImportSupport::parseGroupPath(cell("group"), &imported.groupPath, &problem))
            fail(problem);
        ImportSupport::validateHost(host, path, record.line, &result);
        if (result.errors.size() != errorsBefore)
            continue;

        const QString key = imported.groupPath.join(QLatin1Char('/')) + QLatin1Char('\n') + host.name;
        if (const int earlier = seen.value(key); earlier > 0) {
            fail(tr("Host “%1” already appears on line %2 in the same group.").arg(host.name).arg(earlier));
            continue;
        }
        seen.insert(key, record.line);
        result.hosts.append(imported);
    }
    return result;
}

} // namespace wb
