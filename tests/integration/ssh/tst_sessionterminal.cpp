// The session terminal with a real bash behind it (the sshd fixture): a long
// command that wrapped is copied back whole, resizing the window reflows the
// output while the shell's prompt and cursor stay usable, and pastes either
// ask first or, bracketed, run nothing.
#include "tests/integration/ssh/SessionTestSupport.h"
#include "tests/integration/ssh/SshFixture.h"
#include "tests/support/TestServices.h"
#include "tests/support/WidgetTestSupport.h"

#include "app/WindowAssembly.h"
#include "core/i18n/Translations.h"
#include "core/inventory/Inventory.h"
#include "core/storage/Workspace.h"
#include "widgets/inventory/InventoryPanel.h"
#include "widgets/main/MainWindow.h"
#include "widgets/main/SessionArea.h"
#include "widgets/session/SessionController.h"
#include "widgets/session/SessionTab.h"
#include "widgets/terminal/PasteConfirmDialog.h"
#include "widgets/terminal/TerminalView.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>

using namespace wb;
using namespace wbtest;

class TestSessionTerminal : public QObject
{
    Q_OBJECT

    SshFixture fx;
    QTemporaryDir m_dir;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    HostId m_host = 0;

    SessionArea *area() const { return m_window->sessionArea(); }

    // A session to the fixture with a prompt waiting for input; the key is trusted once.
    SessionTab *openSession()
    {
        whenModal<QDialog>([](QDialog *dialog) {
            if (auto *once = dialog->findChild<QPushButton *>(QStringLiteral("acceptOnce")))
                once->click();
        });
        wbtest::partOf<SessionController>(m_window.get(), "sessionController")->openSession(m_host);
        SessionTab *tab = area()->currentSession();
        if (!tab || !QTest::qWaitFor([&] { return tab->state() == SessionTab::State::Connected && promptIsLast(tab); }, 15000))
            return nullptr;
        return tab;
    }

    // The cursor is on a line that ends with the prompt: bash waits for input.
    static bool promptIsLast(SessionTab *tab)
    {
        const TerminalScreen *s = tab->screen();
        return s->lineText(s->scrollbackSize() + s->cursor().line).endsWith(QLatin1String("$"));
    }

    // The whole wrapped line (over scrollback and screen) whose text contains `part`; its first line in `first`.
    static QString logicalLineWith(const TerminalScreen *s, const QString &part, int *first = nullptr)
    {
        for (int i = 0; i < s->lineCount(); i = s->logicalLine(i).second + 1) {
            const auto [from, to] = s->logicalLine(i);
            const QString text = s->text({from, 0}, {to, s->cols()});
            if (text.contains(part)) {
                if (first)
                    *first = from;
                return text;
            }
        }
        return {};
    }

    static bool hasLogicalLine(const TerminalScreen *s, const QString &text)
    {
        for (int i = 0; i < s->lineCount(); i = s->logicalLine(i).second + 1) {
            const auto [from, to] = s->logicalLine(i);
            if (s->text({from, 0}, {to, s->cols()}) == text)
                return true;
        }
        return false;
    }

    static QPoint cellLeftEdge(const TerminalView *view, int row, int col)
    {
        const QSizeF cell = view->cellSize();
        return QPoint(int(col * cell.width()) + 1, int((row + 0.5) * cell.height()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present(), "the sshd fixture is not running: run the tests through ./scripts/test");
        installTranslations(*qApp, QStringLiteral("en"));
        m_services = std::make_unique<AppServices>();
        m_workspace = test::openServices(*m_services, m_dir.filePath(QStringLiteral("terminal.sqlite")));
        QVERIFY(m_workspace);
        Host host = fx.keyHost(QStringLiteral("shell"), QStringLiteral("127.0.0.1"), fx.port);
        QString error;
        QVERIFY2(wb::test::InventoryEdits(*m_services).addHost(&host, &error), qPrintable(error));
        m_host = host.id;
        m_window = assembleMainWindow(test::withoutConnectionReuse(m_services->services()));
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        while (area()->tabs()->count() > 0) {
            if (SessionTab *tab = area()->sessionAt(0); tab && tab->isLive())
                whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Close)->click(); });
            area()->closeTab(0);
        }
        m_window->resize(1200, 800);
    }

    void aWrappedCommandIsCopiedBackWhole()
    {
        SessionTab *tab = openSession();
        QVERIFY(tab);
        const TerminalScreen *s = tab->screen();
        QString digits;
        while (digits.size() < s->cols() * 2 + 17)
            digits += QStringLiteral("0123456789");
        const QString command = QStringLiteral("echo ") + digits;
        // Typed key by key: readline echoes it and wraps it at the edge as it goes.
        QTest::keyClicks(tab->view(), command);
        int first = -1;
        QVERIFY2(QTest::qWaitFor([&] { return logicalLineWith(s, command, &first).endsWith(command); }, 10000),
                 qPrintable(screenText(s)));
        const int last = s->logicalLine(first).second;
        QVERIFY2(last >= first + 2, "the command did not wrap");
        // Dragged from its first letter to its end, on the screen as shown.
        const int topRow = first - s->scrollbackSize();
        const int startCol = int(s->lineText(first).indexOf(QLatin1String("echo ")));
        const int endCol = int(s->lineText(last).size());
        QVERIFY(topRow >= 0 && startCol >= 0 && endCol < s->cols());
        QWidget *vp = tab->view()->viewport();
        const int lastRow = last - s->scrollbackSize();
        QTest::mousePress(vp, Qt::LeftButton, {}, cellLeftEdge(tab->view(), topRow, startCol));
        QTest::mouseMove(vp, cellLeftEdge(tab->view(), lastRow, endCol));
        QTest::mouseRelease(vp, Qt::LeftButton, {}, cellLeftEdge(tab->view(), lastRow, endCol));
        QApplication::clipboard()->clear();
        QTest::keyClick(tab->view(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::clipboard()->text(), command);

        // The shell got it as one line too: its output is the digits as one wrapped line.
        QTest::keyClick(tab->view(), Qt::Key_Return);
        QVERIFY2(QTest::qWaitFor([&] { return hasLogicalLine(s, digits) && promptIsLast(tab); }, 10000),
                 qPrintable(screenText(s)));
        saveScreenshot(m_window.get(), QStringLiteral("terminal-wrapped-copy"));
    }

    void resizingReflowsOutputAndKeepsThePrompt()
    {
        SessionTab *tab = openSession();
        QVERIFY(tab);
        const TerminalScreen *s = tab->screen();
        QStringList numbers;
        for (int i = 1; i <= 300; ++i)
            numbers << QString::number(i);
        const QString expected = numbers.join(QLatin1Char('-'));
        typeLine(tab->view(), QStringLiteral("seq -s- 1 300"));
        QVERIFY2(QTest::qWaitFor([&] { return hasLogicalLine(s, expected) && promptIsLast(tab); }, 10000),
                 qPrintable(screenText(s)));
        const int cols = s->cols();

        for (int width : {700, 1000}) {
            m_window->resize(width, 800);
            QVERIFY(QTest::qWaitFor([&] { return s->cols() != cols; }, 5000));
            // bash redraws its prompt on SIGWINCH; wait for that to settle.
            QTest::qWait(300);
            QVERIFY2(promptIsLast(tab), qPrintable(screenText(s)));
            QVERIFY2(hasLogicalLine(s, expected), qPrintable(screenText(s)));
        }
        // Typing lands after the prompt, and its output on the next line.
        typeLine(tab->view(), QStringLiteral("echo after-resize"));
        QVERIFY2(QTest::qWaitFor([&] { return rowStartingWith(s, QStringLiteral("after-resize")) >= 0 && promptIsLast(tab); }, 10000),
                 qPrintable(screenText(s)));
        const int row = rowStartingWith(s, QStringLiteral("after-resize"));
        QVERIFY2(s->lineText(s->scrollbackSize() + row - 1).endsWith(QLatin1String("$ echo after-resize")),
                 qPrintable(screenText(s)));
        // One prompt line for the seq command, not one per redraw.
        int seqPrompts = 0;
        for (int i = 0; i < s->lineCount(); ++i)
            seqPrompts += s->lineText(i).endsWith(QLatin1String("$ seq -s- 1 300")) ? 1 : 0;
        QCOMPARE(seqPrompts, 1);
    }

    void aMultiLinePasteAsksWhenBashDoesNotBracket()
    {
        SessionTab *tab = openSession();
        QVERIFY(tab);
        const TerminalScreen *s = tab->screen();
        typeLine(tab->view(), QStringLiteral("bind 'set enable-bracketed-paste off'"));
        QVERIFY(QTest::qWaitFor([&] { return !s->bracketedPaste() && promptIsLast(tab); }, 10000));
        QApplication::clipboard()->setText(QStringLiteral("echo first-$((6*7))\necho second-$((6*8))\n"));
        QString lines;
        whenModal<PasteConfirmDialog>([&](PasteConfirmDialog *dialog) {
            lines = partOf<QPlainTextEdit>(dialog, "pasteLines")->toPlainText();
            QTest::qWait(100); // drawn on the screen
            saveScreenScreenshot(m_window.get(), QStringLiteral("terminal-paste-question"));
            partOf<QPushButton>(dialog, "pasteButton")->click();
        });
        QTest::keyClick(tab->view(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(lines, QStringLiteral("echo first-$((6*7))\necho second-$((6*8))"));
        QVERIFY2(QTest::qWaitFor([&] { return rowStartingWith(s, QStringLiteral("first-42")) >= 0
                                              && rowStartingWith(s, QStringLiteral("second-48")) >= 0; }, 10000),
                 qPrintable(screenText(s)));
    }

    void aBracketedPasteRunsNothingAndCannotBeEndedEarly()
    {
        SessionTab *tab = openSession();
        QVERIFY(tab);
        const TerminalScreen *s = tab->screen();
        // bash 5.2 (readline 8.2) turns bracketed paste on by itself.
        QVERIFY2(s->bracketedPaste(), "the fixture's bash did not turn on bracketed paste");
        QApplication::clipboard()->setText(QStringLiteral("echo x\x1b[201~touch ~/pasted-and-run\n"));
        ModalWatch<PasteConfirmDialog> question([](PasteConfirmDialog *dialog) { dialog->reject(); });
        QTest::keyClick(tab->view(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::qWait(500);
        QVERIFY(!question.seen()); // the shell asked for pastes: it runs nothing by itself
        // On the command line, its ESC left out and its line break inserted, not run; Ctrl+C drops it.
        QVERIFY2(screenText(s).contains(QLatin1String("$ echo x[201~touch ~/pasted-and-run")), qPrintable(screenText(s)));
        QTest::keyClick(tab->view(), Qt::Key_C, Qt::ControlModifier);
        typeLine(tab->view(), QStringLiteral("test -e ~/pasted-and-run && echo RAN || echo NOT-RUN"));
        QVERIFY2(QTest::qWaitFor([&] { return rowStartingWith(s, QStringLiteral("NOT-RUN")) >= 0; }, 10000),
                 qPrintable(screenText(s)));
        QCOMPARE(rowStartingWith(s, QStringLiteral("RAN")), -1);
    }
};

QTEST_MAIN(TestSessionTerminal)
#include "tst_sessionterminal.moc"
