// A host's forwards as the Tunnels tab shows them: each kind's texts, where
// a program points (the address only while it listens), the warning for one
// that listens beyond this computer, counters, a failure, and the signals a
// status change sends (through QAbstractItemModelTester).
#include "core/i18n/Translations.h"
#include "models/tunnels/TunnelTableModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace wb;

namespace {

PortForward parsed(const QString &text)
{
    PortForward forward;
    if (!PortForward::parse(text, &forward))
        qFatal("not a forward: %s", qPrintable(text));
    return forward;
}

QString cell(const TunnelTableModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestTunnelTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCOMPARE(installTranslations(*QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en")); }

    void forwardsAndTheirStates()
    {
        TunnelTableModel model(QStringLiteral("web01"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setForwards({parsed(QStringLiteral("-L 8080:db.internal:5432")), parsed(QStringLiteral("-R 9000:localhost:22")),
                           parsed(QStringLiteral("-D 0.0.0.0:1080")), parsed(QStringLiteral("-L [::1]:8443:[2001:db8::5]:443"))});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(TunnelTableModel::ColumnCount));
        QCOMPARE(cell(model, 0, TunnelTableModel::KindColumn), QStringLiteral("Local"));
        QCOMPARE(cell(model, 0, TunnelTableModel::ListensColumn), QStringLiteral("127.0.0.1:8080"));
        QCOMPARE(cell(model, 0, TunnelTableModel::TargetColumn), QStringLiteral("db.internal:5432 via web01"));
        QCOMPARE(cell(model, 0, TunnelTableModel::StateColumn), QStringLiteral("Stopped"));
        QCOMPARE(cell(model, 1, TunnelTableModel::KindColumn), QStringLiteral("Remote"));
        QCOMPARE(cell(model, 1, TunnelTableModel::ListensColumn), QStringLiteral("9000 on web01"));
        QCOMPARE(cell(model, 1, TunnelTableModel::TargetColumn), QStringLiteral("localhost:22 from here"));
        QCOMPARE(cell(model, 2, TunnelTableModel::KindColumn), QStringLiteral("SOCKS proxy"));
        QCOMPARE(cell(model, 2, TunnelTableModel::ListensColumn), QStringLiteral("0.0.0.0:1080 (not only this computer)"));
        QCOMPARE(model.index(2, 0).data(TunnelTableModel::WarningRole).toBool(), true);
        QVERIFY(model.index(2, TunnelTableModel::ListensColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("other computers")));
        QCOMPARE(model.index(0, 0).data(TunnelTableModel::WarningRole).toBool(), false);
        QCOMPARE(cell(model, 3, TunnelTableModel::ListensColumn), QStringLiteral("[::1]:8443"));
        QCOMPARE(cell(model, 3, TunnelTableModel::TargetColumn), QStringLiteral("[2001:db8::5]:443 via web01"));
        // Nowhere to point a program until it listens.
        QCOMPARE(model.index(0, 0).data(TunnelTableModel::AddressRole).toString(), QString());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        TunnelStatus active;
        active.state = TunnelStatus::State::Active;
        active.boundPort = 8080;
        active.connections = 2;
        active.connectionsTotal = 5;
        active.bytesIn = 2048;
        active.bytesOut = 512;
        model.setStatus(0, active);
        QCOMPARE(changed.size(), 1);
        model.setStatus(0, active); // the same again: no signal
        QCOMPARE(changed.size(), 1);
        QCOMPARE(cell(model, 0, TunnelTableModel::StateColumn), QStringLiteral("Active"));
        QCOMPARE(cell(model, 0, TunnelTableModel::ConnectionsColumn), QStringLiteral("2 (5 in all)"));
        QCOMPARE(cell(model, 0, TunnelTableModel::TrafficColumn), QStringLiteral("2.00 KiB in, 512 bytes out"));
        QCOMPARE(model.index(0, 0).data(TunnelTableModel::AddressRole).toString(), QStringLiteral("127.0.0.1:8080"));
        QCOMPARE(model.connectionCount(), 2);

        TunnelStatus remote;
        remote.state = TunnelStatus::State::Active;
        remote.boundPort = 9000;
        model.setStatus(1, remote);
        QCOMPARE(model.index(1, 0).data(TunnelTableModel::AddressRole).toString(), QString()); // it listens on the server
        QCOMPARE(cell(model, 1, TunnelTableModel::ConnectionsColumn), QStringLiteral("0"));

        TunnelStatus failed;
        failed.state = TunnelStatus::State::Failed;
        failed.error = QStringLiteral("port 1080 on 0.0.0.0 is in use by another program");
        model.setStatus(2, failed);
        QCOMPARE(cell(model, 2, TunnelTableModel::StateColumn), QStringLiteral("Failed"));
        QCOMPARE(cell(model, 2, TunnelTableModel::ProblemColumn), failed.error);
        QCOMPARE(model.index(2, TunnelTableModel::StateColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("<p>") + failed.error + QStringLiteral("</p>"));
        // What a SOCKS client or a server said is shown as text, never as HTML.
        failed.error = QStringLiteral("the server could not connect to <img src=\"/dev/zero\">:80");
        model.setStatus(2, failed);
        QCOMPARE(model.index(2, TunnelTableModel::ProblemColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("<p>the server could not connect to &lt;img src=&quot;/dev/zero&quot;&gt;:80</p>"));
        QVERIFY(model.index(2, TunnelTableModel::ProblemColumn).data(Qt::ForegroundRole).value<QColor>().isValid());
        QCOMPARE(model.connectionCount(), 2);

        model.setStatus(7, failed); // no such row: ignored
        QCOMPARE(model.headerData(TunnelTableModel::ListensColumn, Qt::Horizontal).toString(), QStringLiteral("Listens on"));
    }
};

QTEST_GUILESS_MAIN(TestTunnelTableModel)
#include "tst_tunneltablemodel.moc"
