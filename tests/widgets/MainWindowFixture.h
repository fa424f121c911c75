#pragma once
// The real main window (offscreen) on the app's own composition root, one
// workspace file per test function: what the window tests share.
#include "core/i18n/Translations.h"
#include "core/inventory/Inventory.h"
#include "core/storage/Workspace.h"
#include "core/tickets/TicketStore.h"
#include "tests/support/StoredInventory.h"
#include "tests/support/TestServices.h"
#include "tests/support/WidgetTestSupport.h"
#include "widgets/inventory/ImportDialog.h"
#include "widgets/inventory/InventoryPanel.h"
#include "app/WindowAssembly.h"
#include "widgets/main/MainWindow.h"
#include "widgets/tickets/TicketController.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <functional>
#include <memory>

namespace wbtest {

using namespace wb;

class MainWindowFixture
{
protected:
    // initTestCase(): the settings of a test program of its own, in English.
    static void setUpApplication(const char *name)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WerkbankTest"));
        QCoreApplication::setApplicationName(QString::fromLatin1(name));
        installTranslations(*qApp, QStringLiteral("en"));
    }

    // The interface in another language (for windows opened after): the
    // translators installed before go, or they would still answer first.
    static QString useLanguage(const QString &language)
    {
        for (QTranslator *old : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
        return installTranslations(*qApp, language);
    }

    // init(): a new workspace and the window on it, shown and active; on
    // `location` when given (a team workspace made by TestWorkspaces).
    void openWindow(const QString &location = QString())
    {
        m_location = location;
        m_services = std::make_unique<AppServices>();
        m_workspace = test::openServices(*m_services, workspaceLocation());
        QVERIFY(m_workspace);
        m_inventory = &m_services->inventory();
        m_window = assembleMainWindow(test::withoutConnectionReuse(m_services->services()));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        activate();
    }

    // cleanup()
    void closeWindow()
    {
        m_window.reset();
        m_services.reset();
    }

    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<AppServices> m_services; // the app's composition root
    std::unique_ptr<Workspace> m_workspace; // the test's own connection, for reading back
    Inventory *m_inventory = nullptr;
    std::unique_ptr<MainWindow> m_window;

    // The offscreen platform does not hand activation back to the window when
    // a modal dialog closes, as a desktop would; window shortcuts need it.
    void activate()
    {
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    InventoryPanel *panel() const { return m_window->inventoryPanel(); }
    // Edit → Undo, as the user does it; the step runs on the workspace thread, so this waits for it.
    void undo() { triggerAndSettle(QStringLiteral("undo")); }
    void redo() { triggerAndSettle(QStringLiteral("redo")); }
    void triggerAndSettle(const QString &name)
    {
        auto *action = m_window->findChild<QAction *>(name);
        QVERIFY2(action && action->isEnabled(), qPrintable(name));
        action->trigger();
        QVERIFY(editsSettled());
    }
    // Waits until the inventory edits the window asked for are done.
    bool editsSettled() { return QTest::qWaitFor([this] { return !m_services->inventoryEditor().isBusy(); }, 10000); }
    QString path() const { return m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())); }
    QString workspaceLocation() const { return m_location.isEmpty() ? path() : m_location; }

    int storedHostCount() { return int(storedInventory(workspaceLocation()).hosts.size()); }

    GroupId addGroup(const QString &name, GroupId parent = 0)
    {
        Group g{0, parent, name};
        QString error;
        if (!wb::test::InventoryEdits(*m_services).addGroup(&g, &error))
            qFatal("%s", qPrintable(error));
        return g.id;
    }
    HostId addHost(const QString &name, GroupId group)
    {
        Host h;
        h.name = name;
        h.address = name + QStringLiteral(".example.org");
        h.groupId = group;
        QString error;
        if (!wb::test::InventoryEdits(*m_services).addHost(&h, &error))
            qFatal("%s", qPrintable(error));
        return h.id;
    }

    // A new ticket about `hosts`, made the one the window logs its work to; its id.
    TicketId activateNewTicket(const QString &title, const QList<HostId> &hosts)
    {
        Ticket ticket;
        ticket.title = title;
        ticket.hostIds = hosts;
        QString error;
        TicketStore tickets = readBack([&] { return TicketStore(m_workspace->database()); });
        if (!readBack([&] { return tickets.add(&ticket, &error); }))
            qFatal("%s", qPrintable(error));
        auto *controller = partOf<TicketController>(m_window.get(), "ticketController");
        controller->setActiveTicket(ticket.id);
        if (!QTest::qWaitFor([&] { return controller->activeTicket() == ticket.id; }, 10000))
            qFatal("the ticket did not become the active one");
        return ticket.id;
    }
    // The texts of a ticket's work log, as stored.
    QStringList workLogTexts(TicketId id)
    {
        TicketStore tickets = readBack([&] { return TicketStore(m_workspace->database()); });
        QStringList texts;
        for (const WorkLogEntry &entry : readBack([&] { return tickets.workLog(id); }))
            texts << entry.text;
        return texts;
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString file = m_dir.filePath(name);
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(file));
        return file;
    }

    // Changes a host through a second connection to the workspace, as
    // werkbank-cli or another window would, behind this window's back.
    void changeElsewhere(HostId id, const std::function<void(Host *)> &change)
    {
        Workspace other;
        QVERIFY(other.open(workspaceLocation()));
        Inventory elsewhere;
        elsewhere.setDatabase(other.database());
        QString error;
        QVERIFY2(elsewhere.load(&error), qPrintable(error));
        Host h = *elsewhere.host(id);
        change(&h);
        QVERIFY2(elsewhere.updateHost(h, &error), qPrintable(error));
    }

    Host storedHost(HostId id)
    {
        for (const Host &h : storedInventory(workspaceLocation()).hosts)
            if (h.id == id)
                return h;
        return {};
    }

    // File → Import with `file`; `act` runs on the dialog once its preview is ready.
    void importThroughTheWindow(const QString &file, const std::function<void(ImportDialog *)> &act)
    {
        whenModal<ImportDialog>([file, act](ImportDialog *dialog) {
            QObject::connect(dialog, &ImportDialog::previewReady, dialog, [dialog, act] { act(dialog); });
            dialog->setFile(file);
        });
        m_window->findChild<QAction *>(QStringLiteral("import"))->trigger();
        activate();
    }
};

// Every name a model shows, depth first.
inline QStringList visibleNames(QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList names;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        names << index.data().toString();
        names << visibleNames(model, index);
    }
    return names;
}

} // namespace wbtest
