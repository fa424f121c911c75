#pragma once

// Widget tests build the window on the app's own composition root
// (AppServices); these adjust what it hands over.
#include "app/AppServices.h"
#include "core/inventory/InventoryEditor.h"
#include "core/storage/Workspace.h"
#include "core/targets/ConnectionSettings.h"
#include "core/worklog/SshWorkFactory.h"
#include "widgets/main/Services.h"

#include <QTest>

#include <memory>

namespace wb::test {

// Opens `services` on `path` as the app does and waits until the workspace
// thread has opened (and migrated) the file; then opens a connection of the
// test's own on it, for reading back what the window stored (readBack).
// Null when the workspace cannot be opened.
inline std::unique_ptr<Workspace> openServices(AppServices &services, const QString &path)
{
    services.open(path);
    bool answered = false;
    QString error;
    QObject asker;
    services.whenOpen(&asker, [&](const QString &refusal) {
        answered = true;
        error = refusal;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 10000) || !error.isEmpty()) {
        qWarning("the workspace did not open: %s", qPrintable(error));
        return nullptr;
    }
    auto own = std::make_unique<Workspace>();
    if (!own->open(path))
        return nullptr;
    return own;
}

// For tests that count logins or close sessions and expect them gone: no
// connection is kept for reuse, by anything these services make from now on.
inline Services withoutConnectionReuse(Services services)
{
    services.connectionPool = nullptr;
    services.sshWork->setPool(nullptr);
    return services;
}

// Stores connection settings the way the window's dialog does (so the
// window uses them too) and waits until they are stored; the error, if any.
inline QString saveConnectionSettings(const Services &services, const SshSettings &settings)
{
    QString result;
    bool answered = false;
    QObject asker;
    services.connectionSettings->save(&asker, settings, [&](const QString &error) {
        answered = true;
        result = error;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 10000))
        return QStringLiteral("no answer within 10 seconds");
    return result;
}

// Changes the window's inventory as the window does, on the workspace thread,
// through its editor; each call waits until the window's replica shows the
// outcome and returns whether the change held (*error says why not).
class InventoryEdits
{
public:
    explicit InventoryEdits(AppServices &services) : m_editor(&services.inventoryEditor()) {}

    bool run(const InventoryEditor::Edit &edit, QString *error)
    {
        bool answered = false;
        bool held = false;
        QObject asker;
        m_editor->edit(&asker, edit, [&](bool ok, const QString &refusal) {
            answered = true;
            held = ok;
            *error = refusal;
        });
        if (!QTest::qWaitFor([&] { return answered; }, 10000))
            *error = QStringLiteral("no answer within 10 seconds");
        return held;
    }
    // The pointers are written on the workspace thread while this waits.
    bool addGroup(Group *group, QString *error)
    {
        return run([group](Inventory &inventory, QString *e) { return inventory.addGroup(group, e); }, error);
    }
    bool addHost(Host *host, QString *error)
    {
        return run([host](Inventory &inventory, QString *e) { return inventory.addHost(host, e); }, error);
    }
    bool addDirectory(Directory *directory, QString *error)
    {
        return run([directory](Inventory &inventory, QString *e) { return inventory.addDirectory(directory, e); }, error);
    }
    bool updateHost(const Host &host, QString *error)
    {
        return run([host](Inventory &inventory, QString *e) { return inventory.updateHost(host, e); }, error);
    }
    bool remove(const QList<GroupId> &groups, const QList<HostId> &hosts, RemovedItems *removed, QString *error)
    {
        return run([=](Inventory &inventory, QString *e) { return inventory.remove(groups, hosts, removed, e); }, error);
    }

private:
    InventoryEditor *m_editor;
};

} // namespace wb::test
