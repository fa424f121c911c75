// The run report shared by werkbank-cli and the window's export: the same
// keys everywhere, values typed, states and steps never translated (even with
// the Dutch translation loaded), and CSV cells safe for a spreadsheet.
#include "core/i18n/Translations.h"
#include "core/ssh/RunReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace wb;

namespace {
SshTarget target(const QString &name, const QString &host, quint16 port)
{
    SshTarget t;
    t.endpoint.name = name;
    t.endpoint.host = host;
    t.endpoint.port = port;
    return t;
}
} // namespace

class TestRunReport : public QObject
{
    Q_OBJECT

    QList<QJsonObject> m_hosts;

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*qApp, QStringLiteral("nl"));
        HostRun done;
        done.state = HostRun::State::Done;
        done.hasExitStatus = true;
        done.exitStatus = 0;
        done.out = "=cmd|' /C calc'!A0\n";
        done.durationMs = 42;
        HostRun killed;
        killed.state = HostRun::State::Done;
        killed.exitSignal = QStringLiteral("KILL");
        HostRun failed;
        failed.state = HostRun::State::Failed;
        failed.failure.step = SshStep::Authenticate;
        failed.failure.reason = QStringLiteral("no method left");
        m_hosts = {RunReport::hostObject(target(QStringLiteral("web01"), QStringLiteral("10.0.0.1"), 22), done),
                   RunReport::hostObject(target(QStringLiteral("web02"), QStringLiteral("10.0.0.2"), 2222), killed),
                   RunReport::hostObject(target(QStringLiteral("db01"), QStringLiteral("10.0.0.3"), 22), failed)};
    }

    void keysAndTypesAreTheDocumentedOnes()
    {
        const QJsonObject &ok = m_hosts.at(0);
        QCOMPARE(ok.value(QStringLiteral("state")).toString(), QStringLiteral("done")); // not "klaar"
        QVERIFY(ok.value(QStringLiteral("ok")).toBool());
        QVERIFY(ok.value(QStringLiteral("exit_status")).isDouble());
        QVERIFY(ok.value(QStringLiteral("port")).isDouble());
        QCOMPARE(ok.value(QStringLiteral("duration_ms")).toInteger(), 42);
        QVERIFY(!ok.contains(QStringLiteral("step")));
        const QJsonObject &killed = m_hosts.at(1);
        QVERIFY(!killed.contains(QStringLiteral("exit_status")));
        QCOMPARE(killed.value(QStringLiteral("exit_signal")).toString(), QStringLiteral("KILL"));
        QVERIFY(!killed.value(QStringLiteral("ok")).toBool());
        const QJsonObject &failed = m_hosts.at(2);
        QCOMPARE(failed.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(failed.value(QStringLiteral("step")).toString(), QStringLiteral("authenticate"));
        QVERIFY(failed.value(QStringLiteral("error")).toString().contains(QStringLiteral("no method left")));
        for (const QJsonObject &host : m_hosts) {
            for (const QString &key : host.keys())
                QVERIFY2(RunReport::columns().contains(key), qPrintable(key));
        }
    }

    void jsonLinesAndArrayCarryTheSameObjects()
    {
        const QList<QByteArray> lines = RunReport::jsonLines(m_hosts).split('\n');
        QCOMPARE(lines.size(), 4); // three and the last line end
        QCOMPARE(QJsonDocument::fromJson(lines.at(2)).object(), m_hosts.at(2));
        const QJsonArray array = QJsonDocument::fromJson(RunReport::jsonArray(m_hosts)).array();
        QCOMPARE(array.size(), 3);
        QCOMPARE(array.at(0).toObject(), m_hosts.at(0));
    }

    void csvHasTheSameColumnsAndNoLiveFormula()
    {
        const QByteArray csv = RunReport::csv(m_hosts);
        const QList<QByteArray> rows = csv.split('\r');
        QCOMPARE(rows.at(0), "host,address,port,ok,state,exit_status,exit_signal,duration_ms,stdout,stderr,step,error");
        QVERIFY2(csv.contains("web01,10.0.0.1,22,true,done,0,,42,\"'=cmd|' /C calc'!A0\n\",,,\r\n"), csv.constData());
        QVERIFY2(csv.contains("web02,10.0.0.2,2222,false,done,,KILL,0,,,,\r\n"), csv.constData());
        QVERIFY2(csv.contains("db01,10.0.0.3,22,false,failed,,,0,,,authenticate,"), csv.constData());
    }
};

QTEST_GUILESS_MAIN(TestRunReport)
#include "tst_runreport.moc"
