// Alt keys that never clash, in English and in Dutch (issue 14): every
// place where several items can be reached with Alt at the same time is
// walked, and two items there that share an Alt key fail the test. Such a
// place is one window's menu bar titles with the labels and buttons it shows
// (the current tab's, the docks'), each dialog (each page of its tabs), and
// the items of one menu among themselves, context menus included. A terminal
// with focus takes Alt itself and is left out. A label with an Alt key but no
// buddy fails too: its Alt key does nothing and its “&” shows. Questions
// (delete, quit with unsaved work, remove an old host key) are walked as they
// ask, and the host dialog also as it shows a row changed or deleted
// elsewhere. Not walked: a live session tab's bar (it needs a server) and the
// message boxes that only report an error with OK.
#include "tests/widgets/MainWindowFixture.h"

#include "core/jobs/PendingWork.h"
#include "core/ssh/CommandRunner.h"
#include "core/targets/SshSettings.h"
#include "core/terminal/TerminalScreen.h"
#include "widgets/fleet/ApplyUpdatesDialog.h"
#include "widgets/fleet/LogSourceDialog.h"
#include "widgets/accounts/AccountController.h"
#include "widgets/accounts/AccountGroupDialog.h"
#include "widgets/accounts/AccountsView.h"
#include "widgets/accounts/AuditLogDialog.h"
#include "widgets/accounts/ClipboardGuard.h"
#include "widgets/accounts/ExpiryDialog.h"
#include "widgets/accounts/PasswordRevealDialog.h"
#include "widgets/accounts/ResetPasswordDialog.h"
#include "widgets/inventory/GroupDialog.h"
#include "widgets/inventory/HostDialog.h"
#include "widgets/main/QuitWaitDialog.h"
#include "widgets/files/FileBrowser.h"
#include "widgets/main/SessionArea.h"
#include "widgets/run/RunCommandDialog.h"
#include "widgets/run/RunHostKeysDialog.h"
#include "widgets/run/RunView.h"
#include "widgets/run/SaveSnippetDialog.h"
#include "widgets/run/SnippetLibraryDialog.h"
#include "widgets/preferences/PreferencesDialog.h"
#include "widgets/session/HostKeyDialog.h"
#include "widgets/session/SecretDialog.h"
#include "widgets/session/SessionController.h"
#include "widgets/session/SessionTab.h"
#include "widgets/terminal/TerminalView.h"
#include "widgets/tickets/KnowledgeBaseDialog.h"
#include "widgets/tickets/TicketController.h"
#include "widgets/tickets/TicketPanel.h"
#include "widgets/tickets/TicketSettingsDialog.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QTreeView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

using namespace wb;
using namespace wbtest;

namespace {

// "Alt+T" for "Hosts &tegelijk"; empty when the text has no Alt key.
QString altKey(const QString &text)
{
    return QKeySequence::mnemonic(text).toString(QKeySequence::PortableText).toUpper();
}

// What clashes among `texts`, as lines that name the place and the items.
// The places where items with an Alt key were looked at: a walk that found
// none, or skipped the dialogs, would pass.
QSet<QString> placesSeen;

// WERKBANK_LIST_ALT_KEYS=1 lists each place's items, for choosing a free key.
QStringList clashesIn(const QString &place, const QStringList &texts)
{
    if (qEnvironmentVariableIsSet("WERKBANK_LIST_ALT_KEYS"))
        qInfo("%s: %s", qPrintable(place), qPrintable(texts.filter(QRegularExpression(QStringLiteral("&[^&]"))).join(QStringLiteral(" | "))));
    QMap<QString, QStringList> byKey;
    for (const QString &text : texts)
        if (const QString key = altKey(text); !key.isEmpty()) {
            byKey[key] << text;
            placesSeen.insert(place);
        }
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (it->size() > 1)
            clashes << QStringLiteral("%1: %2: “%3”").arg(place, it.key(), it->join(QStringLiteral("” / “")));
    return clashes;
}

bool insideTerminal(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget())
        if (qobject_cast<const TerminalView *>(w))
            return true;
    return false;
}

// Labels that show their “&”: an Alt key in a label without a buddy does
// nothing, and QLabel then draws the ampersand itself.
QStringList literalAmpersands(QWidget *window, const QString &place)
{
    QStringList found;
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->window() == window && label->isVisibleTo(window) && !label->buddy() && !altKey(label->text()).isEmpty()
            && label->textFormat() != Qt::RichText && !Qt::mightBeRichText(label->text()))
            found << QStringLiteral("%1: “%2” has no buddy, so its & shows").arg(place, label->text());
    }
    return found;
}

// The texts with an Alt key that `window` shows now: its menu bar's titles and
// the buttons, labels with a buddy, group boxes and tabs that are visible.
QStringList shownTexts(QWidget *window)
{
    QStringList texts;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisibleTo(window) || insideTerminal(w))
            continue;
        if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *action : bar->actions())
                if (action->isVisible())
                    texts << action->text();
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            texts << button->text();
        } else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy()) {
            texts << label->text();
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            texts << box->title();
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i))
                    texts << tabs->tabText(i);
        }
    }
    return texts;
}

// The menu's items among themselves, and each submenu's.
QStringList menuClashes(const QMenu *menu, const QString &place)
{
    QStringList texts;
    QStringList clashes;
    for (QAction *action : menu->actions()) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        texts << action->text();
        if (action->menu())
            clashes << menuClashes(action->menu(), place + QStringLiteral(" › ") + action->text());
    }
    return clashes << clashesIn(place, texts);
}

// A dialog as it opens, and each page of its tab widgets.
QStringList dialogClashes(QWidget *dialog, const QString &place)
{
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog))
        return {place + QStringLiteral(": did not show")};
    QStringList clashes = clashesIn(place, shownTexts(dialog)) << literalAmpersands(dialog, place);
    for (QTabWidget *tabs : dialog->findChildren<QTabWidget *>()) {
        for (int page = 1; page < tabs->count(); ++page) {
            tabs->setCurrentIndex(page);
            const QString pagePlace = place + QStringLiteral(" › ") + tabs->tabText(page);
            clashes << clashesIn(pagePlace, shownTexts(dialog)) << literalAmpersands(dialog, pagePlace);
        }
    }
    dialog->close();
    return clashes;
}

} // namespace

class TestAccelerators : public QObject, public MainWindowFixture
{
    Q_OBJECT

    // The window's own place with the current tab, and the context menu that `open` brings up.
    QStringList contextMenuClashes(const QString &place, const std::function<void()> &open)
    {
        QStringList clashes;
        bool opened = false;
        whenPopup([&](QMenu *menu) {
            clashes = menuClashes(menu, place);
            opened = true;
            menu->close();
        });
        open();
        if (!QTest::qWaitFor([&] { return opened; }, 5000))
            clashes << place + QStringLiteral(": did not open");
        return clashes;
    }

    QStringList windowClashes(const QString &place)
    {
        return clashesIn(place, shownTexts(m_window.get())) << literalAmpersands(m_window.get(), place);
    }

    // The language the walk is in: the one asked for, or the test stops.
private Q_SLOTS:
    void initTestCase() { setUpApplication("tst_accelerators"); }
    void cleanup() { closeWindow(); }

    void noTwoItemsReachableTogetherShareAnAltKey_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Dutch") << QStringLiteral("nl");
    }

    void noTwoItemsReachableTogetherShareAnAltKey()
    {
        QFETCH(QString, language);
        QCOMPARE(useLanguage(language), language); // not English again for want of a translation
        placesSeen.clear();
        openWindow();
        const GroupId site = addGroup(QStringLiteral("site-") + language); // one workspace file for both languages
        // Port 1 on loopback refuses: the tabs for this host show their failure quickly.
        Host host;
        host.name = QStringLiteral("web01");
        host.address = QStringLiteral("127.0.0.1");
        host.port = 1;
        host.groupId = site;
        QString error;
        QVERIFY2(wb::test::InventoryEdits(*m_services).addHost(&host, &error), qPrintable(error));
        QTRY_VERIFY(m_inventory->host(host.id));
        panel()->selectHost(host.id);

        QStringList clashes = windowClashes(QStringLiteral("window"));
        for (QAction *title : m_window->menuBar()->actions())
            if (title->menu())
                clashes << menuClashes(title->menu(), title->text());

        // Context menus.
        auto *tree = partOf<QTreeView>(panel(), "inventoryTree");
        const QPoint onHost = tree->visualRect(tree->currentIndex()).center();
        clashes << contextMenuClashes(QStringLiteral("inventory context menu"),
                                      [&] { Q_EMIT tree->customContextMenuRequested(onHost); });
        clashes << menuClashes(partOf<QToolButton>(panel(), "kindFilter")->menu(), QStringLiteral("inventory kinds menu"));
        auto *tickets = partOf<QTableView>(m_window->ticketPanel(), "ticketTable");
        clashes << contextMenuClashes(QStringLiteral("ticket pane context menu"),
                                      [&] { Q_EMIT tickets->customContextMenuRequested(QPoint(5, 5)); });
        clashes << contextMenuClashes(QStringLiteral("ticket pane header menu"),
                                      [&] { Q_EMIT tickets->horizontalHeader()->customContextMenuRequested(QPoint(5, 5)); });

        // The tabs, each as the current one.
        SshTarget target;
        target.endpoint.name = QStringLiteral("web01");
        target.endpoint.host = QStringLiteral("127.0.0.1");
        target.endpoint.port = 1;
        target.endpoint.user = QStringLiteral("nobody");
        target.hostId = host.id;
        RunSpec spec;
        spec.command = QStringLiteral("uptime");
        RunView *run = m_window->sessionArea()->openRun({target}, spec);
        auto *runTable = partOf<QTableView>(run, "runTable");
        QTRY_VERIFY(runTable->model()->rowCount() > 0);
        clashes << windowClashes(QStringLiteral("window with a run tab"));
        clashes << contextMenuClashes(QStringLiteral("run tab context menu"), [&] {
            Q_EMIT runTable->customContextMenuRequested(runTable->visualRect(runTable->model()->index(0, 0)).center());
        });
        auto *runViews = partOf<QTabWidget>(run, "runViews");
        for (int page = 1; page < runViews->count(); ++page) {
            runViews->setCurrentIndex(page);
            clashes << windowClashes(QStringLiteral("window with a run tab › ") + runViews->tabText(page));
        }

        partOf<AccountController>(m_window.get(), "accountController")->manageAccounts();
        QTRY_VERIFY(m_window->sessionArea()->findChild<AccountsView *>());
        auto *accounts = m_window->sessionArea()->findChild<AccountsView *>();
        QTRY_VERIFY(!accounts->isBusy());
        clashes << windowClashes(QStringLiteral("window with an accounts tab"));
        auto *accountTable = accounts->findChild<QTableView *>();
        clashes << contextMenuClashes(QStringLiteral("accounts context menu"),
                                      [&] { Q_EMIT accountTable->customContextMenuRequested(QPoint(5, 5)); });

        // A file tab (its host does not answer: the menu is there all the same, Edit as Root too).
        m_window->sessionArea()->openFiles(QStringLiteral("web01"), target);
        auto *files = m_window->sessionArea()->findChild<FileBrowser *>();
        QVERIFY(files);
        clashes << windowClashes(QStringLiteral("window with a file tab"));
        auto *fileList = partOf<QTreeView>(files, "filesList");
        clashes << contextMenuClashes(QStringLiteral("file tab context menu"),
                                      [&] { Q_EMIT fileList->customContextMenuRequested(QPoint(5, 5)); });

        partOf<TicketController>(m_window.get(), "ticketController")->newTicket();
        clashes << windowClashes(QStringLiteral("window with a ticket editor"));

        // A session the server refused: its banner offers Reconnect beside the menu bar.
        partOf<SessionController>(m_window.get(), "sessionController")->openSession(host.id);
        QTRY_VERIFY(m_window->sessionArea()->currentSession());
        QTRY_VERIFY(partOf<QPushButton>(m_window->sessionArea()->currentSession(), "reconnectButton")->isVisible());
        clashes << windowClashes(QStringLiteral("window with a session banner"));

        // A question: Delete asks first.
        panel()->selectHost(host.id);
        bool asked = false;
        whenModal<QMessageBox>([&](QMessageBox *box) {
            asked = true;
            clashes << clashesIn(QStringLiteral("delete question"), shownTexts(box)) << literalAmpersands(box, QStringLiteral("delete question"));
            box->button(QMessageBox::Cancel)->click();
        });
        partOf<QAction>(panel(), "delete")->trigger();
        QVERIFY(asked);
        QVERIFY(m_inventory->host(host.id)); // Cancel: still there

        // Quitting with a ticket that is not saved asks first.
        QTest::keyClicks(partOf<QLineEdit>(m_window->sessionArea(), "ticketTitle"), QStringLiteral("Printer on fire"));
        bool askedToQuit = false;
        whenModal<QMessageBox>([&](QMessageBox *box) {
            askedToQuit = true;
            clashes << clashesIn(QStringLiteral("quit question"), shownTexts(box)) << literalAmpersands(box, QStringLiteral("quit question"));
            box->button(QMessageBox::Cancel)->click();
        });
        m_window->close();
        QVERIFY(askedToQuit);
        QVERIFY(m_window->isVisible()); // Cancel: not quitting

        TerminalScreen screen(24, 80);
        TerminalView terminal(&screen);
        terminal.show();
        clashes << contextMenuClashes(QStringLiteral("terminal context menu"), [&] {
            QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(5, 5), terminal.mapToGlobal(QPoint(5, 5)));
            QCoreApplication::sendEvent(terminal.viewport(), &event);
        });

        // The dialogs, on their own.
        const Services services = m_services->services();
        QWidget *parent = m_window.get();
        HostDialog hostDialog(m_inventory, host, parent);
        clashes << dialogClashes(&hostDialog, QStringLiteral("host dialog"));
        Host storedNow = host; // saved elsewhere meanwhile: the dialog shows it beside what was typed
        storedNow.address = QStringLiteral("10.0.0.9");
        ++storedNow.rowVersion;
        hostDialog.showStored(&storedNow);
        clashes << dialogClashes(&hostDialog, QStringLiteral("host dialog, changed elsewhere"));
        hostDialog.showStored(nullptr);
        clashes << dialogClashes(&hostDialog, QStringLiteral("host dialog, deleted elsewhere"));
        GroupDialog groupDialog(QStringLiteral("Add Group"), QStringLiteral("site"), QString(), parent);
        clashes << dialogClashes(&groupDialog, QStringLiteral("group dialog"));
        ImportDialog importDialog(services.inventoryEditor, 0, parent);
        clashes << dialogClashes(&importDialog, QStringLiteral("import dialog"));
        RunCommandDialog runDialog(services.snippets, 3, parent);
        clashes << dialogClashes(&runDialog, QStringLiteral("run command dialog"));
        SnippetLibraryDialog library(services.snippets, 3, parent);
        clashes << dialogClashes(&library, QStringLiteral("snippet library"));
        SaveSnippetDialog saveSnippet(services.snippets, QStringLiteral("uptime"), parent);
        clashes << dialogClashes(&saveSnippet, QStringLiteral("save snippet dialog"));
        HostKeyQuestion question;
        question.endpoint = target.endpoint;
        RunHostKeysDialog runKeys({question}, {0}, parent);
        clashes << dialogClashes(&runKeys, QStringLiteral("run host keys dialog"));
        HostKeyDialog hostKey(question, parent);
        clashes << dialogClashes(&hostKey, QStringLiteral("host key dialog"));
        question.match = KnownHosts::Match::Changed;
        HostKeyDialog changedKey(question, parent);
        clashes << dialogClashes(&changedKey, QStringLiteral("changed host key dialog"));
        bool askedToRemove = false;
        QString yes;
        whenModal<QMessageBox>([&](QMessageBox *box) {
            askedToRemove = true;
            yes = box->button(QMessageBox::Yes)->text();
            clashes << clashesIn(QStringLiteral("remove old host key question"), shownTexts(box))
                    << literalAmpersands(box, QStringLiteral("remove old host key question"));
            box->button(QMessageBox::Cancel)->click();
        });
        partOf<QPushButton>(&changedKey, "removeOldKey")->click();
        QVERIFY(askedToRemove);
        // Qt's own buttons speak the window's language too (Debian's qt6-translations-l10n).
        QCOMPARE(yes, language == QLatin1String("nl") ? QStringLiteral("&Ja") : QStringLiteral("&Yes"));
        SecretRequest request;
        request.endpoint = target.endpoint;
        SecretDialog secret(request, parent);
        clashes << dialogClashes(&secret, QStringLiteral("password dialog"));
        QAction ticketSettingsAction(QStringLiteral("Ticket S&ettings…"));
        PreferencesDialog preferences(PreferenceValues{}, &ticketSettingsAction, parent);
        for (int page = 0; page <= int(PreferencesDialog::Page::Workspace); ++page) {
            preferences.showPage(PreferencesDialog::Page(page));
            clashes << dialogClashes(&preferences, QStringLiteral("preferences, page %1").arg(page));
        }
        ResetPasswordDialog reset(QStringLiteral("alice"), QStringLiteral("web01"), parent);
        clashes << dialogClashes(&reset, QStringLiteral("reset password dialog"));
        ClipboardGuard clipboard;
        PasswordRevealDialog reveal(QStringLiteral("alice"), QStringLiteral("web01"), QStringLiteral("s3cret"), &clipboard, parent);
        clashes << dialogClashes(&reveal, QStringLiteral("password reveal dialog"));
        ExpiryDialog expiry(QStringLiteral("alice"), QStringLiteral("web01"), QDate(2027, 1, 1), parent);
        clashes << dialogClashes(&expiry, QStringLiteral("expiry dialog"));
        AccountGroupDialog addToGroup(AccountGroupDialog::Mode::Add, QStringLiteral("alice"), QStringLiteral("web01"),
                                      {QStringLiteral("sudo")}, parent);
        clashes << dialogClashes(&addToGroup, QStringLiteral("add to group dialog"));
        AccountGroupDialog removeFromGroup(AccountGroupDialog::Mode::Remove, QStringLiteral("alice"), QStringLiteral("web01"),
                                           {QStringLiteral("sudo")}, parent);
        clashes << dialogClashes(&removeFromGroup, QStringLiteral("remove from group dialog"));
        AuditLogDialog audit(services.audit, parent);
        clashes << dialogClashes(&audit, QStringLiteral("audit log"));
        KnowledgeBaseDialog knowledgeBase(services.knowledgeBase, parent);
        clashes << dialogClashes(&knowledgeBase, QStringLiteral("knowledge base"));
        TicketSettingsDialog ticketSettings(services.tickets, parent);
        clashes << dialogClashes(&ticketSettings, QStringLiteral("ticket settings"));
        LogSourceDialog logSource({QStringLiteral("web01")}, parent);
        clashes << dialogClashes(&logSource, QStringLiteral("log source dialog"));
        ApplyUpdatesDialog applyUpdates({}, parent);
        clashes << dialogClashes(&applyUpdates, QStringLiteral("apply updates dialog"));
        PendingWork pending;
        QuitWaitDialog quitWait(&pending, parent);
        clashes << dialogClashes(&quitWait, QStringLiteral("quit wait dialog"));

        // 37 places with Alt keys in each language today.
        QVERIFY2(placesSeen.size() >= 35, qPrintable(QStringList(placesSeen.cbegin(), placesSeen.cend()).join(QStringLiteral(", "))));
        for (const QString &clash : std::as_const(clashes))
            qWarning("%s", qPrintable(clash)); // all of them: a failure message is cut short
        QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("%1 clashes").arg(clashes.size())));
    }
};

QTEST_MAIN(TestAccelerators)
#include "tst_accelerators.moc"
