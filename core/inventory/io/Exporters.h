#pragma once

#include "core/inventory/InventoryTypes.h"

#include <QCoreApplication>
#include <QString>

namespace wb {

class Inventory;

enum class ExportFormat { Csv, Ansible };

// Writers for CSV (same columns the CSV importer reads) and Ansible INI.
// `top` limits the export to a group and everything below it (0: everything);
// group paths are written relative to `top`.
class Exporters
{
    Q_DECLARE_TR_FUNCTIONS(wb::Exporters)
public:
    static QString toCsv(const Inventory &inventory, GroupId top = 0);
    static QString toAnsible(const Inventory &inventory, GroupId top = 0);
    static bool exportFile(const Inventory &inventory, ExportFormat format, const QString &path, GroupId top,
                           QString *error);
};

} // namespace wb
