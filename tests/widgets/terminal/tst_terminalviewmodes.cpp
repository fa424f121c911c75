// The terminal view and what a program or a paste asks of it: the paste
// question, focus reports, synchronized output, the program's cursor shape.
#include "tests/support/WidgetTestSupport.h"
#include "tests/widgets/terminal/TerminalHarness.h"

#include "core/i18n/Translations.h"
#include "widgets/terminal/PasteConfirmDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QScopeGuard>
#include <QUrl>
#include <QElapsedTimer>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace wb;
using namespace wbtest;

// Stands for the desktop's browser (QDesktopServices::setUrlHandler).
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

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

    void aLinkUnderTheMouseIsUnderlinedAndCtrlClickOpensIt()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        h.screen.feed(QByteArray("docs at https://example.org/guide. more"));
        QWidget *vp = h.view->viewport();
        QTest::qWait(50); // painted
        const QImage before = vp->grab().toImage();
        QTest::mouseMove(vp, h.cellCenter(0, 12));
        QTRY_COMPARE(h.view->hoveredLink(), QStringLiteral("https://example.org/guide")); // a real display moves the pointer later
        QCOMPARE(vp->cursor().shape(), Qt::PointingHandCursor);
        QVERIFY(vp->toolTip().contains(QLatin1String("https://example.org/guide")));
        QTRY_VERIFY(vp->grab().toImage() != before); // underlined

        UrlCatcher browser;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
        const auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); });
        QTest::mouseClick(vp, Qt::LeftButton, Qt::ControlModifier, h.cellCenter(0, 12));
        QCOMPARE(browser.urls, QList<QUrl>{QUrl(QStringLiteral("https://example.org/guide"))});
        // A plain click opens nothing; away from it, no link.
        QTest::mouseClick(vp, Qt::LeftButton, {}, h.cellCenter(0, 12));
        QCOMPARE(browser.urls.size(), 1);
        QTest::mouseMove(vp, h.cellCenter(0, 2));
        QTRY_COMPARE(h.view->hoveredLink(), QString());
        QCOMPARE(vp->cursor().shape(), Qt::IBeamCursor);

        // A link that wrapped is one link from either row.
        h.screen.feed("\r\n" + QByteArray(h.screen.cols() - 10, 'x') + " https://example.org/a-long-wrapped-path");
        const int row = h.screen.cursor().line;
        QTest::mouseMove(vp, h.cellCenter(row, 3));
        QTRY_COMPARE(h.view->hoveredLink(), QStringLiteral("https://example.org/a-long-wrapped-path"));
        saveScreenshot(&h.window, QStringLiteral("terminal-link-hover"));
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
