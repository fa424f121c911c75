#include "tests/support/WidgetTestSupport.h"
#include "tests/widgets/terminal/TerminalHarness.h"

#include "core/terminal/TerminalScreen.h"
#include "widgets/terminal/TerminalView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace wb;
using namespace wbtest;


class TestTerminalView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysSendXtermBytes_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("up") << int(Qt::Key_Up) << 0 << QByteArray("\x1b[A");
        QTest::newRow("right") << int(Qt::Key_Right) << 0 << QByteArray("\x1b[C");
        QTest::newRow("ctrl left") << int(Qt::Key_Left) << int(Qt::ControlModifier) << QByteArray("\x1b[1;5D");
        QTest::newRow("home") << int(Qt::Key_Home) << 0 << QByteArray("\x1b[H");
        QTest::newRow("delete") << int(Qt::Key_Delete) << 0 << QByteArray("\x1b[3~");
        QTest::newRow("page down") << int(Qt::Key_PageDown) << 0 << QByteArray("\x1b[6~");
        QTest::newRow("f1") << int(Qt::Key_F1) << 0 << QByteArray("\x1bOP");
        QTest::newRow("f5") << int(Qt::Key_F5) << 0 << QByteArray("\x1b[15~");
        QTest::newRow("f12") << int(Qt::Key_F12) << 0 << QByteArray("\x1b[24~");
        QTest::newRow("ctrl c") << int(Qt::Key_C) << int(Qt::ControlModifier) << QByteArray("\x03");
        QTest::newRow("ctrl d") << int(Qt::Key_D) << int(Qt::ControlModifier) << QByteArray("\x04");
        QTest::newRow("alt x") << int(Qt::Key_X) << int(Qt::AltModifier) << QByteArray("\x1bx");
        QTest::newRow("tab") << int(Qt::Key_Tab) << 0 << QByteArray("\t");
        QTest::newRow("backtab") << int(Qt::Key_Backtab) << int(Qt::ShiftModifier) << QByteArray("\x1b[Z");
        QTest::newRow("backspace is del") << int(Qt::Key_Backspace) << 0 << QByteArray("\x7f");
        QTest::newRow("enter") << int(Qt::Key_Return) << 0 << QByteArray("\r");
        QTest::newRow("escape") << int(Qt::Key_Escape) << 0 << QByteArray("\x1b");
        QTest::newRow("letter") << int(Qt::Key_A) << 0 << QByteArray("a");
    }
    void keysSendXtermBytes()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        Harness h;
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        QTest::keyClick(h.view, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QTEST(h.sent, "expected");
        QCOMPARE(QApplication::focusWidget(), h.view); // Tab stays in the terminal
    }

    void typedTextIsSentAsIs()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        QTest::keyClicks(h.view, QStringLiteral("ls -la ~/A"));
        QTest::keyClick(h.view, 'B', Qt::ShiftModifier);
        QCOMPARE(h.sent, QByteArray("ls -la ~/AB"));
    }

    void composedInputIsSent()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        QInputMethodEvent compose;
        compose.setCommitString(QStringLiteral("é"));
        QApplication::sendEvent(h.view, &compose);
        QCOMPARE(h.sent, QByteArray("\xc3\xa9"));
    }

    void terminalKeysBeatApplicationShortcuts()
    {
        Harness h;
        QAction newHost(&h.window);
        newHost.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
        h.window.addAction(&newHost);
        QSignalSpy triggered(&newHost, &QAction::triggered);
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        QTest::keyClick(h.view, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(h.sent, QByteArray("\x0e"));
        QCOMPARE(triggered.count(), 0);
    }

    void copyCopiesTheMouseSelection()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        h.screen.feed(QByteArray("first line\r\nhello world\r\n"));
        QWidget *vp = h.view->viewport();
        QTest::mousePress(vp, Qt::LeftButton, {}, h.cellLeftEdge(1, 0));
        QTest::mouseMove(vp, h.cellLeftEdge(1, 5));
        QTest::mouseRelease(vp, Qt::LeftButton, {}, h.cellLeftEdge(1, 5));
        QVERIFY(h.view->hasSelection());
        QApplication::clipboard()->clear();
        QTest::keyClick(h.view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("hello"));
        QVERIFY(h.sent.isEmpty()); // the copy shortcut reaches no remote program

        // Across lines, trailing blanks dropped.
        QTest::mousePress(vp, Qt::LeftButton, {}, h.cellLeftEdge(0, 6));
        QTest::mouseMove(vp, h.cellLeftEdge(1, 11));
        QTest::mouseRelease(vp, Qt::LeftButton, {}, h.cellLeftEdge(1, 11));
        QTest::keyClick(h.view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("line\nhello world"));
    }

    void aWrappedLineIsCopiedWhole()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        const int cols = h.screen.cols();
        const QByteArray command = "echo " + QByteArray(cols + 10, 'a') + " tail";
        h.screen.feed("$ " + command + "\r\n$ ");
        const int end = 2 + int(command.size());
        QVERIFY(end % cols != 0);
        QWidget *vp = h.view->viewport();
        QTest::mousePress(vp, Qt::LeftButton, {}, h.cellLeftEdge(0, 2));
        QTest::mouseMove(vp, h.cellLeftEdge(end / cols, end % cols));
        QTest::mouseRelease(vp, Qt::LeftButton, {}, h.cellLeftEdge(end / cols, end % cols));
        QApplication::clipboard()->clear();
        QTest::keyClick(h.view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::clipboard()->text(), QString::fromLatin1(command));
    }

    void aFindMatchOverAWrapIsHighlightedOnBothRows()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        const int cols = h.screen.cols();
        h.screen.feed(QByteArray(cols - 3, '.') + "needle and more");
        QVERIFY(h.view->find(QStringLiteral("needle")));
        QTRY_VERIFY(h.view->isVisible());
        const QImage image = h.view->viewport()->grab().toImage();
        const int ch = int(h.view->cellSize().height());
        const auto background = [&](int row, int col) { return image.pixel(h.cellLeftEdge(row, col).x(), row * ch + 1); };
        QCOMPARE(background(0, cols - 2), background(1, 1)); // "nee" on the first row, "dle" on the next
        QVERIFY(background(1, 1) != background(1, 6));
        QVERIFY(background(0, cols - 2) != background(0, cols - 5));
    }

    void aResizeReflowsAndKeepsTheScrolledBackTextInView()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        QByteArray output;
        for (int i = 0; i < 300; ++i)
            output += "line " + QByteArray::number(i) + (i % 2 ? QByteArray(120, '-') : QByteArray()) + "\r\n";
        h.screen.feed(output);
        int line = 0;
        while (line < h.screen.lineCount() && !h.screen.lineText(line).startsWith(QLatin1String("line 101-")))
            ++line;
        QVERIFY(line < h.screen.scrollbackSize());
        QTRY_COMPARE(h.view->verticalScrollBar()->maximum(), h.screen.scrollbackSize()); // the frame is out
        h.view->verticalScrollBar()->setValue(line);
        QCOMPARE(h.view->topLine(), line);
        QWidget *vp = h.view->viewport();
        QTest::mousePress(vp, Qt::LeftButton, {}, h.cellLeftEdge(0, 0));
        QTest::mouseMove(vp, h.cellLeftEdge(0, 8));
        QTest::mouseRelease(vp, Qt::LeftButton, {}, h.cellLeftEdge(0, 8));
        QVERIFY(h.view->hasSelection());
        const int cols = h.screen.cols();
        h.window.resize(h.window.width() - 300, h.window.height());
        QTRY_VERIFY(h.screen.cols() < cols);
        QVERIFY(!h.view->isFollowingOutput());
        QVERIFY2(h.screen.lineText(h.view->topLine()).startsWith(QLatin1String("line 101-")),
                 qPrintable(h.screen.lineText(h.view->topLine())));
        QCOMPARE(h.view->verticalScrollBar()->value(), h.view->topLine());
        QVERIFY(!h.view->hasSelection()); // its columns would name other text now
    }

    void doubleClickSelectsAWord()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        h.screen.feed(QByteArray("cat /etc/hosts now"));
        QTest::mouseDClick(h.view->viewport(), Qt::LeftButton, {}, h.cellCenter(0, 8));
        QCOMPARE(h.view->selectedText(), QStringLiteral("/etc/hosts"));
    }

    void pasteIsBracketedWhenTheRemoteAsks()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        QApplication::clipboard()->setText(QStringLiteral("echo hi\n"));
        // Not bracketed, a line break would run it: asked first (tst_terminalviewmodes), pasted here.
        whenModal<QDialog>([](QDialog *question) { question->accept(); });
        QTest::keyClick(h.view, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(h.sent, QByteArray("echo hi\r"));
        h.sent.clear();
        h.screen.feed(QByteArray("\x1b[?2004h"));
        QTest::keyClick(h.view, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(h.sent, QByteArray("\x1b[200~echo hi\r\x1b[201~"));
    }

    void zoomChangesFontAndGrid()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        QSignalSpy sizes(h.view, &TerminalView::sizeChanged);
        const qreal before = h.view->terminalFont().pointSizeF();
        const int rows = h.screen.rows();
        const int cols = h.screen.cols();
        QTest::keyClick(h.view, Qt::Key_Equal, Qt::ControlModifier);
        QTest::keyClick(h.view, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(h.view->terminalFont().pointSizeF(), before + 2);
        QVERIFY(h.screen.cols() < cols);
        QVERIFY(h.screen.rows() < rows);
        QVERIFY(sizes.count() >= 1);
        QCOMPARE(sizes.last().at(0).toInt(), h.screen.rows());
        QCOMPARE(sizes.last().at(1).toInt(), h.screen.cols());
        QTest::keyClick(h.view, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(h.view->terminalFont().pointSizeF(), before + 1);
        QTest::keyClick(h.view, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(h.view->terminalFont().pointSizeF(), before);
        QCOMPARE(h.screen.cols(), cols);
        QVERIFY(h.sent.isEmpty());
    }

    void resizeEmitsSizeChanged()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        QSignalSpy sizes(h.view, &TerminalView::sizeChanged);
        const QSize grid = h.view->sizeForGrid(30, 100);
        h.window.resize(grid.width() + 40, h.window.height() + 200);
        QTRY_VERIFY(sizes.count() >= 1);
        QCOMPARE(sizes.last().at(0).toInt(), h.screen.rows());
        QCOMPARE(sizes.last().at(1).toInt(), h.screen.cols());
        QVERIFY(h.screen.cols() >= 100);

        // A view made for a grid shows exactly that grid.
        TerminalScreen screen(5, 5);
        TerminalView exact(&screen);
        QSignalSpy exactSizes(&exact, &TerminalView::sizeChanged);
        exact.resize(exact.sizeForGrid(50, 160));
        exact.show();
        QTRY_COMPARE(screen.cols(), 160);
        QCOMPARE(screen.rows(), 50);
        QCOMPARE(exactSizes.last().at(0).toInt(), 50);
        QCOMPARE(exactSizes.last().at(1).toInt(), 160);
    }

    void findScrollsToAMatchInTheScrollback()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        QByteArray output;
        for (int i = 0; i < 300; ++i)
            output += (i == 40 ? QByteArray("the needle is here") : "line " + QByteArray::number(i)) + "\r\n";
        h.screen.feed(output);
        QVERIFY(h.view->isFollowingOutput());
        QVERIFY(h.view->topLine() > 200);

        QTest::keyClick(h.view, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QWidget *edit = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit *>(edit));
        QVERIFY(edit != h.other);
        QTest::keyClicks(edit, QStringLiteral("needle"));
        QVERIFY(!h.view->isFollowingOutput());
        QVERIFY(h.view->topLine() <= 40 && 40 < h.view->topLine() + h.screen.rows());
        QCOMPARE(h.view->verticalScrollBar()->value(), h.view->topLine());
        QVERIFY(h.sent.isEmpty()); // typing in the find bar goes nowhere else

        QTest::keyClick(edit, Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), h.view);
        QTest::keyClick(h.view, Qt::Key_A);
        QCOMPARE(h.sent, QByteArray("a"));
        QVERIFY(h.view->isFollowingOutput()); // typing returns to the bottom
    }

    void shiftPageUpScrollsTheScrollback()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        QByteArray output;
        for (int i = 0; i < 100; ++i)
            output += "line " + QByteArray::number(i) + "\r\n";
        h.screen.feed(output);
        const int bottom = h.view->topLine();
        QTest::keyClick(h.view, Qt::Key_PageUp, Qt::ShiftModifier);
        QCOMPARE(h.view->topLine(), bottom - (h.screen.rows() - 1));
        // New output does not move what one is reading.
        const QString top = h.screen.lineText(h.view->topLine());
        h.screen.feed(QByteArray("more\r\nand more\r\n"));
        QCOMPARE(h.screen.lineText(h.view->topLine()), top);
        QTest::keyClick(h.view, Qt::Key_PageDown, Qt::ShiftModifier);
        QTest::keyClick(h.view, Qt::Key_End, Qt::ShiftModifier);
        QVERIFY(h.view->isFollowingOutput());
        QVERIFY(h.sent.isEmpty());

        // Ctrl+Shift does the same (the keys Konsole and GNOME Terminal use); the window's
        // shortcuts never get them.
        const Qt::KeyboardModifiers ctrlShift = Qt::ControlModifier | Qt::ShiftModifier;
        const int end = h.view->topLine();
        QTest::keyClick(h.view, Qt::Key_PageUp, ctrlShift);
        QCOMPARE(h.view->topLine(), end - (h.screen.rows() - 1));
        QTest::keyClick(h.view, Qt::Key_Home, ctrlShift);
        QCOMPARE(h.view->topLine(), 0);
        QTest::keyClick(h.view, Qt::Key_PageDown, ctrlShift);
        QCOMPARE(h.view->topLine(), h.screen.rows() - 1);
        QTest::keyClick(h.view, Qt::Key_End, ctrlShift);
        QVERIFY(h.view->isFollowingOutput());
        QVERIFY(h.sent.isEmpty());
    }

    void shiftInsertPastesTheSelection()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        QClipboard *clipboard = QApplication::clipboard();
        clipboard->setText(QStringLiteral("from the clipboard"));
        if (clipboard->supportsSelection()) {
            clipboard->setText(QStringLiteral("from the selection"), QClipboard::Selection);
            QTest::keyClick(h.view, Qt::Key_Insert, Qt::ShiftModifier);
            QCOMPARE(h.sent, QByteArray("from the selection"));
            h.sent.clear();
            clipboard->clear(QClipboard::Selection);
        }
        // Without a selection (or a platform without one): the clipboard.
        QTest::keyClick(h.view, Qt::Key_Insert, Qt::ShiftModifier);
        QCOMPARE(h.sent, QByteArray("from the clipboard"));
    }

    void altSendsEscapeUnlessSwitchedOff()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        QTest::keyClick(h.view, Qt::Key_B, Qt::AltModifier);
        QCOMPARE(h.sent, QByteArray("\x1b" "b"));
        h.sent.clear();
        TerminalSettings settings;
        settings.altSendsEscape = false;
        h.view->applySettings(settings);
        QTest::keyClick(h.view, Qt::Key_B, Qt::AltModifier);
        QCOMPARE(h.sent, QByteArray("b"));
    }

    void outputIsPaintedInBatches()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        QTest::qWait(50);
        PaintCounter counter(h.view->viewport());
        for (int i = 0; i < 500; ++i)
            h.screen.feed(QByteArray("x"));
        QCOMPARE(counter.paints, 0); // nothing painted per byte
        QTRY_VERIFY(counter.paints >= 1);
        QTest::qWait(60);
        QCOMPARE(counter.paints, 1); // one frame for the whole batch
    }
};

QTEST_MAIN(TestTerminalView)
#include "tst_terminalview.moc"
