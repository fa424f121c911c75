// The terminal view and what a program or a paste asks of it: the paste
// question, focus reports, synchronized output, the program's cursor shape
// (links: tst_terminalviewlinks).
#include "tests/support/WidgetTestSupport.h"
#include "tests/widgets/terminal/TerminalHarness.h"

#include "core/i18n/Translations.h"
#include "widgets/terminal/PasteConfirmDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QScopeGuard>
#include <QElapsedTimer>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace wb;
using namespace wbtest;

class TestTerminalViewModes : public QObject
{
    Q_OBJECT

    // Pastes the clipboard with Ctrl+Shift+V; the question, if one comes, is answered by `answer`.
    static bool pasteAndAnswer(Harness &h, const std::function<void(PasteConfirmDialog *)> &answer)
    {
        bool asked = false;
        ModalWatch<PasteConfirmDialog> watch([&](PasteConfirmDialog *dialog) {
            asked = true;
            answer(dialog);
        });
        QTest::keyClick(h.view, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::qWait(50);
        return asked;
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*qApp, QStringLiteral("en")); // "%n line(s)"
    }

    void init()
    {
        TerminalSettings defaults;
        QVERIFY(defaults.confirmPaste);
    }

    void aPasteWithLineBreaksAsksFirst()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        QApplication::clipboard()->setText(QStringLiteral("echo one\necho two\n"));
        QString lines;
        QString summary;
        QVERIFY(pasteAndAnswer(h, [&](PasteConfirmDialog *dialog) {
            lines = partOf<QPlainTextEdit>(dialog, "pasteLines")->toPlainText();
            summary = partOf<QLabel>(dialog, "pasteSummary")->text();
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        }));
        QCOMPARE(lines, QStringLiteral("echo one\necho two"));
        QVERIFY2(summary.contains(QLatin1String("2 lines")), qPrintable(summary));
        QCOMPARE(h.sent, QByteArray()); // cancelled: nothing reaches the program
        QVERIFY(pasteAndAnswer(h, [](PasteConfirmDialog *dialog) { partOf<QPushButton>(dialog, "pasteButton")->click(); }));
        QCOMPARE(h.sent, QByteArray("echo one\recho two\r"));
    }

    void controlCharactersAreShownAndLeftOut()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        QApplication::clipboard()->setText(QString::fromLatin1("ls\x1b[201~; rm -rf ~\x07"));
        QString lines;
        QString summary;
        QVERIFY(pasteAndAnswer(h, [&](PasteConfirmDialog *dialog) {
            lines = partOf<QPlainTextEdit>(dialog, "pasteLines")->toPlainText();
            summary = partOf<QLabel>(dialog, "pasteSummary")->text();
            partOf<QPushButton>(dialog, "pasteButton")->click();
        }));
        QCOMPARE(lines, QStringLiteral("ls^[[201~; rm -rf ~^G"));
        QVERIFY2(summary.contains(QLatin1String("left out")), qPrintable(summary));
        QCOMPARE(h.sent, QByteArray("ls[201~; rm -rf ~"));
    }

    void noQuestionForOneLineBracketedPasteOrWhenSwitchedOff()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        const auto never = [](PasteConfirmDialog *dialog) { dialog->reject(); };
        QApplication::clipboard()->setText(QStringLiteral("just one line"));
        QVERIFY(!pasteAndAnswer(h, never));
        QCOMPARE(h.sent, QByteArray("just one line"));

        h.sent.clear();
        h.screen.feed(QByteArray("\x1b[?2004h")); // the shell reads a paste as text, runs nothing
        QApplication::clipboard()->setText(QStringLiteral("a\nb\n"));
        QVERIFY(!pasteAndAnswer(h, never));
        QCOMPARE(h.sent, QByteArray("\x1b[200~a\rb\r\x1b[201~"));

        h.sent.clear();
        h.screen.feed(QByteArray("\x1b[?2004l"));
        TerminalSettings settings = h.view->settings();
        settings.confirmPaste = false;
        h.view->applySettings(settings);
        QVERIFY(!pasteAndAnswer(h, never));
        QCOMPARE(h.sent, QByteArray("a\rb\r"));
    }

    void focusChangesAreReportedWhenTheProgramAsks()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        QTRY_VERIFY(h.view->hasFocus());
        h.other->setFocus();
        h.view->setFocus();
        QCOMPARE(h.sent, QByteArray()); // not asked
        h.screen.feed(QByteArray("\x1b[?1004h"));
        h.other->setFocus();
        QCOMPARE(h.sent, QByteArray("\x1b[O"));
        h.view->setFocus();
        QCOMPARE(h.sent, QByteArray("\x1b[O\x1b[I"));
    }

    void aSynchronizedFrameIsPaintedWhenItEnds()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        QTest::qWait(50);
        PaintCounter counter(h.view->viewport());
        // Only while the hold lasts can "nothing painted" be checked (a loaded machine may sleep longer).
        const auto whileHeld = [](const QElapsedTimer &since) { return since.elapsed() < TerminalScreen::synchronizedTimeoutMs - 20; };
        QElapsedTimer since;
        since.start();
        h.screen.feed(QByteArray("\x1b[?2026h\x1b[2J\x1b[Hhalf a frame"));
        QTest::qWait(80);
        if (whileHeld(since))
            QCOMPARE(counter.paints, 0); // the program is still drawing
        h.screen.feed(QByteArray(" and the rest\x1b[?2026l"));
        QTRY_VERIFY(counter.paints >= 1);

        // A program that never ends its frame is shown after the timeout.
        QTest::qWait(60);
        counter.paints = 0;
        since.start();
        h.screen.feed(QByteArray("\x1b[?2026hnever ended"));
        QTest::qWait(60);
        if (whileHeld(since))
            QCOMPARE(counter.paints, 0);
        QTRY_VERIFY_WITH_TIMEOUT(counter.paints >= 1, 1000);
    }

    void framesEmojiAndCjkKeepToTheirCells()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        TerminalSettings big = h.view->settings();
        big.fontPointSize = 16;
        h.view->applySettings(big);
        h.window.resize(760, 330);
        h.screen.feed(QByteArray("\x1b[?25l\x1b[H\x1b[2J"
                                 "\xe2\x94\x8c\xe2\x94\x80 Left \xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\xac\xe2\x94\x80 Right \xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x90\r\n"
                                 "\xe2\x94\x82 ..          \xe2\x94\x82 etc/        \xe2\x94\x82\r\n"
                                 "\xe2\x94\x82 hosts       \xe2\x94\x82 nginx/      \xe2\x94\x82\r\n"
                                 "\xe2\x95\x9e\xe2\x95\x90\xe2\x95\x90\xe2\x95\x90\xe2\x95\x90\xe2\x95\x90\xe2\x95\x90\xe2\x95\x90\xe2\x95\x90\xe2\x95\x90\xe2\x95\x90\xe2\x95\x90\xe2\x95\x90\xe2\x95\x90\xe2\x95\xaa\xe2\x95\x90\xe2\x95\x90\xe2\x95\x90\xe2\x95\x90\xe2\x95\x90\xe2\x95\x90\xe2\x95\x90\xe2\x95\x90\xe2\x95\x90\xe2\x95\x90\xe2\x95\x90\xe2\x95\x90\xe2\x95\x90\xe2\x95\xa1\r\n"
                                 "\xe2\x95\xb0\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\xb4\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x95\xaf\r\n"
                                 "CPU [\x1b[32m\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x8c\x1b[m     ] 45%\r\n"
                                 "emoji: \xf0\x9f\x98\x80\xf0\x9f\x9a\x80| CJK: \xe4\xb8\xad\xe6\x96\x87| done\r\n"));
        QTest::qWait(100);
        saveScreenshot(&h.window, QStringLiteral("terminal-characters"));
        // The bar of full blocks (row 5, columns 5-8) is one solid green rectangle: no seams.
        const QImage image = h.view->viewport()->grab().toImage();
        const QSizeF cell = h.view->cellSize();
        const QRect bar(int(std::ceil(5 * cell.width())), int(5 * cell.height()), int(4 * cell.width()) - 1, int(cell.height()));
        const QRgb green = image.pixel(bar.topLeft());
        QVERIFY(green != h.view->backgroundColor().rgb());
        for (int y = bar.top(); y <= bar.bottom(); ++y)
            for (int x = bar.left(); x <= bar.right(); ++x)
                QCOMPARE(image.pixel(x, y), green);
    }

    void theProgramsCursorShapeBeatsTheSettingUntilItGivesItBack()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        TerminalSettings settings = h.view->settings();
        settings.cursorShape = TerminalCursorShape::Underline;
        h.view->applySettings(settings);
        QCOMPARE(h.view->cursorShape(), TerminalCursorShape::Underline);
        h.screen.feed(QByteArray("\x1b[6 q")); // vim's insert mode
        QCOMPARE(h.view->cursorShape(), TerminalCursorShape::Bar);
        h.screen.feed(QByteArray("\x1b[2 q"));
        QCOMPARE(h.view->cursorShape(), TerminalCursorShape::Block);
        h.screen.feed(QByteArray("\x1b[0 q")); // on leaving
        QCOMPARE(h.view->cursorShape(), TerminalCursorShape::Underline);
    }
};

QTEST_MAIN(TestTerminalViewModes)
#include "tst_terminalviewmodes.moc"
