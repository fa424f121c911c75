// The GUI-thread SQL check (-DWERKBANK_CHECK_GUI_SQL=ON, as ./scripts/test
// builds): a store made on a window's GUI thread stops the program and names
// its caller; on a worker thread, or while a test reads back, it is fine.
// The stopping case runs in a child process (this program with --violate DIR);
// it stops, so it works in the parent's temporary directory, which the parent
// removes.
#include "core/storage/GuiThreadCheck.h"
#include "core/storage/Workspace.h"
#include "core/tickets/TicketStore.h"

#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstring>

#include <sys/resource.h>

using namespace wb;

namespace {
int violate(int argc, char **argv, const QString &dir)
{
    const rlimit noCore{0, 0}; // it is meant to stop: no core file left behind
    setrlimit(RLIMIT_CORE, &noCore);
    QGuiApplication app(argc, argv);
    Workspace workspace;
    if (!workspace.open(dir + QStringLiteral("/w.sqlite")))
        return 3;
    TicketStore store(workspace.database()); // stops here
    return 0;
}
} // namespace

class TestGuiThreadCheck : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void aStoreOnTheGuiThreadStopsTheProgramNamingItsCaller()
    {
#ifndef WERKBANK_CHECK_GUI_SQL
        QSKIP("built without -DWERKBANK_CHECK_GUI_SQL=ON");
#endif
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--violate"), m_dir.path()});
        QVERIFY(child.waitForFinished(30000));
        const QString said = QString::fromUtf8(child.readAllStandardError());
        QVERIFY2(child.exitStatus() == QProcess::CrashExit || child.exitCode() != 0, qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("TicketStore made on the GUI thread by")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("violate")), qPrintable(said)); // the caller's name
    }

    void aWorkerThreadAndAReadBackAreFine()
    {
        Workspace workspace;
        QVERIFY(workspace.open(m_dir.filePath(QStringLiteral("fine.sqlite"))));
        TicketQuery all;
        all.view = TicketQuery::View::All;
        const int count = readBack([&] { return TicketStore(workspace.database()).count(all); });
        QCOMPARE(count, 0);
        const QString path = workspace.path();
        int fromWorker = -1;
        QThread *worker = QThread::create([&] {
            Workspace own;
            if (own.open(path))
                fromWorker = TicketStore(own.database()).count(all);
        });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        QCOMPARE(fromWorker, 0);
    }
};

int main(int argc, char **argv)
{
    if (argc > 2 && std::strcmp(argv[1], "--violate") == 0)
        return violate(1, argv, QString::fromLocal8Bit(argv[2]));
    QGuiApplication app(argc, argv);
    TestGuiThreadCheck test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_guithreadcheck.moc"
