#include "core/inventory/io/Importers.h"

#include "core/inventory/io/AnsibleReader.h"
#include "core/inventory/io/CsvReader.h"
#include "core/inventory/io/SshConfigReader.h"

#include <QFile>

namespace wb {

namespace {

// Key file and authentication go together: a reader derives one from the other.
constexpr HostFields kAuthFields = HostFields(HostField::AuthMethod) | HostField::IdentityFile;

// ssh_config has no notes, tags, owner, location, OS or kind, and no way to say
// "password"; without IdentityFile it says nothing about authentication.
void markSshConfigFields(ImportResult *result)
{
    const HostFields always = HostFields(HostField::Name) | HostField::Address | HostField::Port | HostField::SshUser
                              | HostField::JumpHost | HostField::HostKeyAlias | HostField::KnownHostsFile | HostField::PortForwards
                              | HostField::SshOptions;
    for (ImportedHost &imported : result->hosts)
        imported.stated = always | (imported.host.identityFile.isEmpty() ? HostFields() : kAuthFields);
}

// A CSV states the columns its header has, blank cells included.
void markCsvFields(const QString &path, ImportResult *result)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QString header = QString::fromUtf8(file.readLine());
    if (header.startsWith(QChar(0xFEFF)))
        header.remove(0, 1);
    const QList<CsvReader::Record> records = CsvReader::parse(header);
    if (records.isEmpty())
        return;
    static const QHash<QString, HostFields> byColumn = {
        {QStringLiteral("name"), HostField::Name},         {QStringLiteral("address"), HostField::Address},
        {QStringLiteral("port"), HostField::Port},         {QStringLiteral("kind"), HostField::Kind},
        {QStringLiteral("os"), HostField::Os},             {QStringLiteral("tags"), HostField::Tags},
        {QStringLiteral("notes"), HostField::Notes},       {QStringLiteral("user"), HostField::SshUser},
        {QStringLiteral("auth"), kAuthFields},             {QStringLiteral("identity_file"), kAuthFields},
        {QStringLiteral("jump_host"), HostField::JumpHost}, {QStringLiteral("location"), HostField::Location},
        {QStringLiteral("owner"), HostField::Owner},
        {QStringLiteral("host_key_alias"), HostField::HostKeyAlias},
        {QStringLiteral("known_hosts_file"), HostField::KnownHostsFile},
        {QStringLiteral("reachability_check"), HostField::ReachabilityCheck},
        {QStringLiteral("mac_address"), HostField::MacAddress},
        {QStringLiteral("session_log"), HostField::SessionLog},
        {QStringLiteral("port_forwards"), HostField::PortForwards},
        {QStringLiteral("remote_desktop"), HostField::RemoteDesktop},
        {QStringLiteral("ssh_options"), HostField::SshOptions},
    };
    HostFields stated;
    for (const QString &column : records.first().fields)
        stated |= byColumn.value(column.trimmed().toLower());
    for (ImportedHost &imported : result->hosts)
        imported.stated = stated;
}

// Ansible INI: the connection variables always; a Werkbank field (wb_*) when
// the file gives it a value.
void markAnsibleFields(ImportResult *result)
{
    for (ImportedHost &imported : result->hosts) {
        const Host &h = imported.host;
        HostFields stated = HostFields(HostField::Name) | HostField::Address | HostField::Port | HostField::SshUser;
        stated.setFlag(HostField::Kind, h.kind != HostKind::Server);
        stated.setFlag(HostField::Os, !h.os.isEmpty());
        stated.setFlag(HostField::Tags, !h.tags.isEmpty());
        stated.setFlag(HostField::Notes, !h.notes.isEmpty());
        stated.setFlag(HostField::Location, !h.location.isEmpty());
        stated.setFlag(HostField::Owner, !h.owner.isEmpty());
        stated.setFlag(HostField::HostKeyAlias, !h.hostKeyAlias.isEmpty());
        stated.setFlag(HostField::KnownHostsFile, !h.knownHostsFile.isEmpty());
        stated.setFlag(HostField::ReachabilityCheck, !h.reachabilityCheck.isEmpty());
        stated.setFlag(HostField::MacAddress, !h.macAddress.isEmpty());
        stated.setFlag(HostField::SessionLog, !h.sessionLog.isEmpty());
        stated.setFlag(HostField::PortForwards, !h.portForwards.isEmpty());
        stated.setFlag(HostField::RemoteDesktop, !h.remoteDesktop.isEmpty());
        stated.setFlag(HostField::SshOptions, !h.sshOptions.isEmpty());
        stated.setFlag(HostField::JumpHost, !imported.jumpHostName.isEmpty());
        if (!h.identityFile.isEmpty() || h.authMethod != AuthMethod::Agent)
            stated |= kAuthFields;
        imported.stated = stated;
    }
}

} // namespace

ImportResult Importers::importFile(ImportFormat format, const QString &path, const std::atomic<bool> *cancel)
{
    ImportResult result;
    switch (format) {
    case ImportFormat::SshConfig:
        result = readSshConfig(path, cancel);
        markSshConfigFields(&result);
        break;
    case ImportFormat::Csv:
        result = readCsv(path, cancel);
        markCsvFields(path, &result);
        break;
    case ImportFormat::Ansible:
        result = readAnsible(path, cancel);
        markAnsibleFields(&result);
        break;
    }
    return result;
}

ImportResult Importers::readSshConfig(const QString &path, const std::atomic<bool> *cancel)
{
    return SshConfigReader::read(path, cancel);
}

ImportResult Importers::readCsv(const QString &path, const std::atomic<bool> *cancel)
{
    return CsvReader::read(path, cancel);
}

ImportResult Importers::readAnsible(const QString &path, const std::atomic<bool> *cancel)
{
    return AnsibleReader::read(path, cancel);
}

} // namespace wb
