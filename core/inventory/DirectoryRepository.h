#pragma once

#include "core/inventory/InventoryRepository.h"
#include "core/inventory/InventoryTypes.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace wb {

// SQL for the directories table. Stateless, like InventoryRepository: each
// call runs on the connection it is given, in the caller's transaction.
namespace DirectoryRepository {

bool loadAll(QSqlDatabase db, QList<Directory> *directories, QString *error);
// The directory as stored now; *directory is empty when there is none.
bool read(QSqlDatabase db, DirectoryId id, std::optional<Directory> *directory, QString *error);
bool findByName(QSqlDatabase db, const QString &name, std::optional<Directory> *directory, QString *error);
// id == 0 lets the database choose (written back); a non-zero id is kept (undo).
bool insert(QSqlDatabase db, Directory *directory, QString *error);
// Only while the stored row still has directory->rowVersion.
InventoryRepository::WriteResult update(QSqlDatabase db, Directory *directory, QString *error);
bool remove(QSqlDatabase db, DirectoryId id, QString *error);
// The tickets linked to these directories or accounts in them; a delete
// cascades them away, so it keeps them for undo to put back.
bool readTicketLinks(QSqlDatabase db, const QList<Directory> &directories, QList<DirectoryTicketLink> *links,
                     QString *error);
bool insertTicketLinks(QSqlDatabase db, const QList<DirectoryTicketLink> &links, QString *error);

} // namespace DirectoryRepository

// What a directory must be before it is stored: one sentence per problem.
class DirectoryValidator
{
    Q_DECLARE_TR_FUNCTIONS(wb::DirectoryValidator)
public:
    static QStringList problems(const Directory &directory);
    // host[:port] (a DNS name, IPv4, or [IPv6]); the port 1–65535.
    static bool isValidServer(const QString &server);
};

} // namespace wb
