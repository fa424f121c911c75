#include "Importers.h"

#include "AnsibleReader.h"
#include "CsvReader.h"
#include "SshConfigReader.h"

namespace wb {

ImportResult Importers::importFile(ImportFormat format, const QString &path, const std::atomic<bool> *cancel)
{
    switch (format) {
    case ImportFormat::SshConfig:
        return readSshConfig(path, cancel);
    case ImportFormat::Csv:
        return readCsv(path, cancel);
    case ImportFormat::Ansible:
        return readAnsible(path, cancel);
    }
    return {};
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
