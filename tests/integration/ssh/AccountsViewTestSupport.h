#pragma once
// What the tests of the Accounts GUI share: the real main window on a fresh
// workspace, with the fixture's admin host in its inventory twice (root by
// key as "admin", carol through sudo as "admin-carol"), alice and bob at
// known starting points, and the steps a user takes in the Accounts view.
// A test class derives from AccountsWindowTest, calls setUpWindow() from its
// initTestCase() and tearDownWindow() from its cleanupTestCase().
#include "tests/integration/ssh/AccountTestSupport.h"
#include "tests/integration/ssh/SshFixture.h"
#include "tests/support/WidgetTestSupport.h"

#include "core/audit/AuditLog.h"
#include "core/i18n/Translations.h"
#include "core/inventory/Inventory.h"
#include "core/jobs/PendingWork.h"
#include "core/ssh/KnownHosts.h"
#include "core/ssh/SshPool.h"
#include "core/storage/Workspace.h"
#include "core/targets/SshSettings.h"
#include "models/accounts/AccountModel.h"
#include "tests/support/TestServices.h"
#include "widgets/accounts/AccountsView.h"
#include "widgets/accounts/ClipboardGuard.h"
#include "widgets/accounts/PasswordRevealDialog.h"
#include "widgets/inventory/InventoryPanel.h"
#include "app/WindowAssembly.h"
#include "widgets/main/MainWindow.h"
#include "widgets/main/SessionArea.h"

#include <QAction>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <memory>

namespace wbtest {

// The account names the view shows, in its order (filtered and sorted).
inline QStringList names(const wb::AccountsView *view)
{
    QStringList list;
    const QAbstractItemModel *model = wbtest::partOf<QSortFilterProxyModel>(view, "accountProxy");
    for (int row = 0; row < model->rowCount(); ++row)
        list << model->index(row, wb::AccountModel::NameColumn).data().toString();
    return list;
}

inline wb::AccountStatus shown(const wb::AccountsView *view, const QString &name)
{
    const int row = wbtest::partOf<wb::AccountModel>(view, "accountModel")->rowOf(name);
    return row < 0 ? wb::AccountStatus{} : wbtest::partOf<wb::AccountModel>(view, "accountModel")->accountAt(row);
}

template<typename T>
T *visibleChild(QObject *parent, const QString &name = {})
{
    for (T *child : parent->findChildren<T *>(name))
        if (child->isVisible())
            return child;
    return nullptr;
}

class AccountsWindowTest
{
protected:
    SshFixture fx;
    QTemporaryDir m_dir;
    QString m_knownHosts;
    std::unique_ptr<wb::AppServices> m_services; // the app's composition root
    std::unique_ptr<wb::Workspace> m_workspace; // the test's own connection, for reading back
    wb::Inventory *m_inventory = nullptr;
    wb::SshPool *m_pool = nullptr;         // the composition root's, as in the app
    wb::PendingWork *m_pending = nullptr; // so is the tracker closing waits on
    std::unique_ptr<wb::MainWindow> m_window;
    wb::HostId m_admin = 0;
    wb::HostId m_adminAsCarol = 0;
    QStringList m_secrets; // every password set here: none may reach a file

    wb::SessionArea *area() const { return m_window->sessionArea(); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    QList<wb::AuditRecord> audit() const { return wb::readBack([&] { return wb::AuditLog(m_workspace->database()).list(); }); }

    // The offscreen platform does not hand activation back to the window when
    // a dialog closes, as a desktop would; shortcuts need it. On Xvfb without
    // a window manager the X server may never confirm it: Qt's own idea of
    // the active window is what shortcuts go by.
    void activate()
    {
        QApplication::setActiveWindow(m_window.get());
        (void)QTest::qWaitForWindowActive(m_window.get(), 1000); // no window manager on Xvfb: may stay inactive
        QCOMPARE(QApplication::activeWindow(), m_window.get());
    }

    wb::HostId addAdminHost(const QString &name, const QString &login)
    {
        wb::Host host = fx.keyHost(name, QStringLiteral("127.0.0.1"), fx.adminPort);
        host.sshUser = login;
        QString error;
        if (!wb::test::InventoryEdits(*m_services).addHost(&host, &error))
            qFatal("%s", qPrintable(error));
        return host.id;
    }

    // Selects the host in the inventory and chooses Accounts → Manage Accounts….
    wb::AccountsView *openAccounts(wb::HostId id)
    {
        activate();
        m_window->inventoryPanel()->selectHost(id);
        action("manageAccounts")->trigger();
        return qobject_cast<wb::AccountsView *>(area()->tabs()->currentWidget());
    }

    static bool settles(wb::AccountsView *view) { return QTest::qWaitFor([view] { return !view->isBusy(); }, 30000); }

    void clickRow(wb::AccountsView *view, const QString &name)
    {
        QTableView *table = partOf<QTableView>(view, "accountsTable");
        const int row = int(names(view).indexOf(name));
        QVERIFY2(row >= 0, qPrintable(name + QStringLiteral(" not in ") + names(view).join(QLatin1Char(' '))));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(wbtest::partOf<QSortFilterProxyModel>(view, "accountProxy")->index(row, 0)).center());
        QCOMPARE(view->selectedAccount(), name);
    }

    // A key on the accounts table, as the user presses it with the table focused.
    void press(wb::AccountsView *view, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        activate();
        partOf<QTableView>(view, "accountsTable")->setFocus();
        QTest::keyClick(partOf<QTableView>(view, "accountsTable"), key, modifiers);
    }

    wb::PasswordRevealDialog *waitForReveal(wb::AccountsView *view)
    {
        wb::PasswordRevealDialog *reveal = nullptr;
        (void)QTest::qWaitFor([&] { return (reveal = visibleChild<wb::PasswordRevealDialog>(view)) != nullptr; }, 30000);
        return reveal;
    }

    // The whole of initTestCase(): the window on its own workspace, and the accounts where the tests expect them.
    void setUpWindow()
    {
        QVERIFY2(fx.present() && fx.adminPort != 0, "the sshd fixture is not running: run the tests through ./scripts/test");
        wb::installTranslations(*qApp, QStringLiteral("en"));
        QSettings().remove(QStringLiteral("accounts"));
        m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        writeKnownHosts(m_knownHosts, {{wb::KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.adminPort).toUtf8(),
                                        fx.hostKeyLine(QStringLiteral("admin"))}});
        m_services = std::make_unique<wb::AppServices>();
        m_workspace = wb::test::openServices(*m_services, m_dir.filePath(QStringLiteral("accounts.sqlite")));
        QVERIFY(m_workspace);
        m_inventory = &m_services->inventory();
        wb::SshSettings settings;
        settings.knownHostsPath = m_knownHosts;
        const QString error = wb::test::saveConnectionSettings(m_services->services(), settings);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_admin = addAdminHost(QStringLiteral("admin"), QStringLiteral("root"));
        m_adminAsCarol = addAdminHost(QStringLiteral("admin-carol"), QStringLiteral("carol"));
        m_window = wb::assembleMainWindow(m_services->services());
        m_pool = m_services->services().connectionPool;
        m_pending = m_services->services().pendingWork;
        m_window->resize(1500, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // Known starting points whatever ran before on this host: alice and bob
        // unlocked, enabled, bob in no extra group, alice to change at the next login.
        QVERIFY(asRootOnAdmin(fx, m_knownHosts, QStringLiteral(
            "for u in alice bob; do usermod -U $u 2>/dev/null; chage -E -1 $u; done; gpasswd -d bob helpdesk >/dev/null 2>&1; "
            "chage -d $(( $(date +%s) / 86400 )) bob && chage -d 0 alice")).succeeded());
    }

    // The whole of cleanupTestCase(). `secretsSet` is how many passwords this
    // executable's tests set, so that the search is known to have had them all.
    void tearDownWindow(qsizetype secretsSet)
    {
        m_window.reset();
        // No password set here reached a file: workspace, its WAL, settings, anything under HOME or XDG.
        int read = 0;
        for (const QString &secret : std::as_const(m_secrets)) {
            const QStringList found = filesContaining(secret.toUtf8(), m_dir.path(), &read);
            QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char(' '))));
        }
        QVERIFY(read > 0);
        QVERIFY(m_secrets.size() >= secretsSet);
    }
};

} // namespace wbtest
