#include "Importers.h"

#include "AnsibleReader.h"
#include "CsvReader.h"
#include "SshConfigReader.h"

namespace wb {

ImportResult Importers::importFile(ImportFormat format, const QString &path)
{
    switch (format) {
    case ImportFormat::SshConfig:
        return readSshConfig(path);
    case ImportFormat::Csv:
        return readCsv(path);
    case ImportFormat::Ansible:
        return readAnsible(path);
    }
    return {};
}

ImportResult Importers::readSshConfig(const QString &path)
{
    return SshConfigReader::read(path);
}

ImportResult Importers::readCsv(const QString &path)
{
    return CsvReader::read(path);
}

ImportResult Importers::readAnsible(const QString &path)
{
    return AnsibleReader::read(path);
}

} // namespace wb
