// Links in the terminal view: addresses under the mouse (underlined, Ctrl+click
// opens them), hyperlinks a program made with OSC 8 (their target shown before
// anything opens), file paths for the session's Files tab.
#include "tests/support/WidgetTestSupport.h"
#include "tests/widgets/terminal/TerminalHarness.h"

#include <QDesktopServices>
#include <QTextDocument>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace wb;
using namespace wbtest;

class TestTerminalViewLinks : public QObject
{
    Q_OBJECT

    // Ctrl+clicks the cell; the question, if one comes, is answered by `answer` and its text kept.
    static QString ctrlClick(Harness &h, int row, int col, QMessageBox::ButtonRole answer = QMessageBox::RejectRole)
    {
        QString asked;
        ModalWatch<QMessageBox> watch([&](QMessageBox *box) {
            asked = box->objectName() + QLatin1Char('|') + box->informativeText();
            for (QAbstractButton *button : box->buttons())
                if (box->buttonRole(button) == answer)
                    return button->click();
        });
        QTest::mouseClick(h.view->viewport(), Qt::LeftButton, Qt::ControlModifier, h.cellCenter(row, col));
        QTest::qWait(50);
        return asked;
    }

private Q_SLOTS:
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

    void aHyperlinkShowsWhereItGoesBeforeItOpens()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        UrlCatcher browser;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
        const auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); });
        h.screen.feed(QByteArray("\x1b]8;;https://evil.example/login\x1b\\https://bank.example/\x1b]8;;\x1b\\ and "
                                 "\x1b]8;;https://docs.example/\x1b\\https://docs.example/\x1b]8;;\x1b\\"));
        // Hovering names the target, not the text.
        QTest::mouseMove(h.view->viewport(), h.cellCenter(0, 5));
        QTRY_COMPARE(h.view->hoveredLink(), QStringLiteral("https://evil.example/login"));
        QVERIFY(h.view->viewport()->toolTip().contains(QLatin1String("https://evil.example/login")));

        // Text and target differ: asked first, with the target; Cancel opens nothing, Open opens it.
        const QString asked = ctrlClick(h, 0, 5);
        QVERIFY2(asked.startsWith(QLatin1String("openLinkQuestion|")), qPrintable(asked));
        QVERIFY(asked.contains(QLatin1String("https://evil.example/login")));
        QVERIFY(asked.contains(QLatin1String("https://bank.example/")));
        QVERIFY(browser.urls.isEmpty());
        QVERIFY(!ctrlClick(h, 0, 5, QMessageBox::AcceptRole).isEmpty());
        QCOMPARE(browser.urls, QList<QUrl>{QUrl(QStringLiteral("https://evil.example/login"))});

        // Text that is its own target opens at once.
        QCOMPARE(ctrlClick(h, 0, 30), QString());
        QCOMPARE(browser.urls.size(), 2);
        QCOMPARE(browser.urls.last(), QUrl(QStringLiteral("https://docs.example/")));
    }

    void aLinksTextCannotPassForHtml()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        UrlCatcher browser;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
        const auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); });
        // Text that would read as HTML hiding the target ("<!--"), with a link of its own; a target with markup.
        h.screen.feed(QByteArray("\x1b]8;;https://evil.example/<b>x</b><!--\x1b\\<a href=\"smb://x/y\">https://bank.example/</a><!--\x1b]8;;\x1b\\"));
        QString shown;
        ModalWatch<QMessageBox> watch([&](QMessageBox *box) {
            // What the question shows, as a reader sees it.
            QTextDocument document;
            document.setHtml(box->informativeText());
            shown = document.toPlainText();
            box->button(QMessageBox::Cancel)->click();
        });
        QTest::mouseClick(h.view->viewport(), Qt::LeftButton, Qt::ControlModifier, h.cellCenter(0, 3));
        QTRY_VERIFY(watch.seen());
        QVERIFY2(shown.contains(QLatin1String("https://evil.example/<b>x</b><!--")), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("<!--")), qPrintable(shown)); // shown as the characters it is
        QVERIFY(browser.urls.isEmpty());
        QTest::mouseMove(h.view->viewport(), h.cellCenter(0, 3));
        QTRY_VERIFY(!h.view->hoveredLink().isEmpty());
        QTextDocument tip;
        tip.setHtml(h.view->viewport()->toolTip());
        QVERIFY2(tip.toPlainText().startsWith(QLatin1String("https://evil.example/<b>x</b><!--")), qPrintable(tip.toPlainText()));
    }

    void addressesOpenAsTheyAreWrittenButNotAMailThatAttaches()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        UrlCatcher browser;
        for (const char *scheme : {"https", "mailto"})
            QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &browser, "open");
        const auto unset = qScopeGuard([] {
            for (const char *scheme : {"https", "mailto"})
                QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
        });
        // Braces and a bare percent sign are not strict URL syntax, but addresses all the same.
        h.screen.feed(QByteArray("https://prom.example/graph?expr=up{job=x}&p=100%\r\n"
                                 "\x1b]8;;mailto:a@example.org?attach=~/.ssh/id_rsa\x1b\\mailto:a@example.org?attach=~/.ssh/id_rsa\x1b]8;;\x1b\\"));
        QCOMPARE(ctrlClick(h, 0, 10), QString());
        QCOMPARE(browser.urls.size(), 1);
        QCOMPARE(browser.urls[0].host(), QStringLiteral("prom.example"));
        QCOMPARE(ctrlClick(h, 1, 5), QString());
        QCOMPARE(browser.urls.size(), 1); // the mail that would attach a key went nowhere
        QTest::mouseMove(h.view->viewport(), h.cellCenter(1, 6));
        QTRY_VERIFY(h.view->viewport()->toolTip().contains(QLatin1String("Not opened")));
    }

    void onlyWebAndMailLinksOpen()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        UrlCatcher catcher;
        for (const char *scheme : {"javascript", "smb", "file"})
            QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &catcher, "open");
        const auto unset = qScopeGuard([] {
            for (const char *scheme : {"javascript", "smb", "file"})
                QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
        });
        QSignalSpy paths(h.view, &TerminalView::openPathRequested);
        h.screen.feed(QByteArray("\x1b]8;;javascript:alert(1)\x1b\\one\x1b]8;;\x1b\\ \x1b]8;;smb://server/share\x1b\\two\x1b]8;;\x1b\\ "
                                 "\x1b]8;;file://web01/etc/hosts\x1b\\three\x1b]8;;\x1b\\"));
        QCOMPARE(ctrlClick(h, 0, 1), QString()); // no question either: nothing to decide
        QCOMPARE(ctrlClick(h, 0, 5), QString());
        QCOMPARE(ctrlClick(h, 0, 9), QString()); // a file link outside a session: nowhere to show it
        QVERIFY(catcher.urls.isEmpty());
        QCOMPARE(paths.count(), 0);
    }

    void aPathOrAFileHyperlinkGoesToTheFilesTabWhenTheViewOpensPaths()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        QSignalSpy paths(h.view, &TerminalView::openPathRequested);
        h.screen.feed(QByteArray("vi /etc/nginx/nginx.conf\r\n\x1b]8;;file://web01/var/log/sys%20log\x1b\\syslog\x1b]8;;\x1b\\"));
        QTest::mouseMove(h.view->viewport(), h.cellCenter(0, 8));
        QTest::qWait(50);
        QCOMPARE(h.view->hoveredLink(), QString()); // a path is text until the view opens paths
        ctrlClick(h, 0, 8);
        QCOMPARE(paths.count(), 0);

        h.view->setOpensPaths(true);
        QTest::mouseMove(h.view->viewport(), h.cellCenter(0, 9));
        QTRY_COMPARE(h.view->hoveredLink(), QStringLiteral("/etc/nginx/nginx.conf"));
        QVERIFY(h.view->viewport()->toolTip().contains(QLatin1String("Files tab")));
        QCOMPARE(ctrlClick(h, 0, 9), QString());
        QCOMPARE(paths.count(), 1);
        QCOMPARE(paths.at(0).at(0).toString(), QStringLiteral("/etc/nginx/nginx.conf"));
        QCOMPARE(ctrlClick(h, 1, 2), QString());
        QCOMPARE(paths.count(), 2);
        QCOMPARE(paths.at(1).at(0).toString(), QStringLiteral("/var/log/sys log"));
    }
};

QTEST_MAIN(TestTerminalViewLinks)
#include "tst_terminalviewlinks.moc"
