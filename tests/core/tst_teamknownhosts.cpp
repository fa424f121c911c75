// The team known-hosts store: the verdict of the team's keys and how it
// combines with the person's known_hosts (a stop from either wins), and the
// store in the workspace on both engines (a changed key refused, not replaced).
#include "core/ssh/TeamKnownHosts.h"
#include "core/storage/Workspace.h"
#include "core/targets/TeamHostKeyStore.h"

#include "tests/support/TestWorkspaces.h"

#include <QTest>
#include <QTimeZone>

using namespace wb;
using wbtest::TestWorkspaces;

Q_DECLARE_METATYPE(wb::KnownHosts::Match)

namespace {
const HostKey ed25519{QStringLiteral("ssh-ed25519"), QByteArray(32, '\x01')};
const HostKey otherEd25519{QStringLiteral("ssh-ed25519"), QByteArray(32, '\x02')};
const HostKey ecdsa{QStringLiteral("ecdsa-sha2-nistp256"), QByteArray(65, '\x03')};

TeamKnownHosts::Entry entry(const QString &host, quint16 port, const HostKey &key)
{
    return {host, port, key, QStringLiteral("bert"), QDateTime(QDate(2026, 12, 1), QTime(9, 30), QTimeZone::utc())};
}
} // namespace

class TestTeamKnownHosts : public QObject
{
    Q_OBJECT
    TestWorkspaces m_workspaces;

private Q_SLOTS:
    void theTeamsVerdictForAKey()
    {
        TeamKnownHosts team;
        team.reset({entry(QStringLiteral("web01.example.org"), 22, ed25519), entry(QStringLiteral("db01"), 2222, ecdsa)});
        QCOMPARE(team.check(QStringLiteral("WEB01.example.org"), 22, ed25519).match, KnownHosts::Match::Known);
        QCOMPARE(team.check(QStringLiteral("web01.example.org"), 22, otherEd25519).match, KnownHosts::Match::Changed);
        QCOMPARE(team.check(QStringLiteral("web01.example.org"), 22, ecdsa).match, KnownHosts::Match::OtherType);
        QCOMPARE(team.check(QStringLiteral("web01.example.org"), 2222, ed25519).match, KnownHosts::Match::Unknown);
        QCOMPARE(team.check(QStringLiteral("db01"), 2222, ecdsa).match, KnownHosts::Match::Known);
        QCOMPARE(team.check(QStringLiteral("web01.example.org"), 22, otherEd25519).listed.size(), 1);
        QCOMPARE(team.listedTypes(QStringLiteral("db01"), 2222), QStringList{QStringLiteral("ecdsa-sha2-nistp256")});
        QVERIFY(team.acceptedText(QStringLiteral("db01"), 2222, ecdsa).startsWith(QStringLiteral("accepted for the team by bert on ")));
        QVERIFY(team.acceptedText(QStringLiteral("db01"), 22, ecdsa).isEmpty());
        team.add(entry(QStringLiteral("new01"), 22, ecdsa));
        QCOMPARE(team.check(QStringLiteral("new01"), 22, ecdsa).match, KnownHosts::Match::Known);
        QCOMPARE(team.entries().size(), 3);
    }

    void aStopFromEitherStoreWins_data()
    {
        using M = KnownHosts::Match;
        QTest::addColumn<M>("personal");
        QTest::addColumn<M>("team");
        QTest::addColumn<M>("combined");
        QTest::addColumn<bool>("fromTeam");
        QTest::newRow("only the team knows it") << M::Unknown << M::Known << M::Known << true;
        QTest::newRow("only the person knows it") << M::Known << M::Unknown << M::Known << false;
        QTest::newRow("the team lists another key") << M::Known << M::Changed << M::Changed << true;
        QTest::newRow("the person lists another key") << M::Changed << M::Known << M::Changed << false;
        QTest::newRow("the person revoked it") << M::Revoked << M::Known << M::Revoked << false;
        QTest::newRow("the team lists another type") << M::Unknown << M::OtherType << M::OtherType << true;
        QTest::newRow("another type, but the team knows this one") << M::OtherType << M::Known << M::Known << true;
        QTest::newRow("neither") << M::Unknown << M::Unknown << M::Unknown << false;
    }
    void aStopFromEitherStoreWins()
    {
        QFETCH(KnownHosts::Match, personal);
        QFETCH(KnownHosts::Match, team);
        QFETCH(KnownHosts::Match, combined);
        QFETCH(bool, fromTeam);
        bool teamsVerdict = !fromTeam;
        QCOMPARE(TeamKnownHosts::combined({personal, {}}, {team, {}}, &teamsVerdict).match, combined);
        QCOMPARE(teamsVerdict, fromTeam);
    }

    void theStoreKeepsKeysAndRefusesAChangedOne()
    {
        Workspace ws;
        QVERIFY(ws.open(m_workspaces.forCurrentTest()));
        QCOMPARE(TeamHostKeyStore::isShared(ws.database()), TestWorkspaces::onPostgres());
        TeamHostKeyStore store(ws.database());
        TeamKnownHosts::Entry first{QStringLiteral("Web01.Example.org"), 22, ed25519, {}, {}};
        QString error;
        QVERIFY2(store.add(&first, &error), qPrintable(error));
        QCOMPARE(first.host, QStringLiteral("web01.example.org"));
        QVERIFY(!first.acceptedBy.isEmpty());
        QVERIFY(first.acceptedAt.isValid());
        TeamKnownHosts::Entry again{QStringLiteral("web01.example.org"), 22, ed25519, {}, {}};
        QVERIFY2(store.add(&again, &error), qPrintable(error)); // trusted already: nothing changes
        TeamKnownHosts::Entry changed{QStringLiteral("web01.example.org"), 22, otherEd25519, {}, {}};
        QVERIFY(!store.add(&changed, &error));
        QCOMPARE(error, QStringLiteral("The team already trusts another ssh-ed25519 key for web01.example.org; "
                                       "remove it first if the server's key really changed."));
        TeamKnownHosts::Entry otherPort{QStringLiteral("web01.example.org"), 2222, otherEd25519, {}, {}};
        QVERIFY2(store.add(&otherPort, &error), qPrintable(error));
        TeamKnownHosts::Entry hostile{QStringLiteral("a;rm -rf /'); DROP TABLE hosts; --"), 22, ecdsa, {}, {}};
        QVERIFY2(store.add(&hostile, &error), qPrintable(error));

        QList<TeamKnownHosts::Entry> entries;
        QVERIFY2(store.load(&entries, &error), qPrintable(error));
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).key.blob, ed25519.blob);
        QCOMPARE(entries.at(0).key.type, ed25519.type);
        QCOMPARE(entries.at(1).port, quint16(2222));
        QCOMPARE(entries.at(2).host, QStringLiteral("a;rm -rf /'); drop table hosts; --"));
        int removed = 0;
        QVERIFY2(store.remove(QStringLiteral("WEB01.example.org"), 22, &removed, &error), qPrintable(error));
        QCOMPARE(removed, 1);
        QVERIFY2(store.load(&entries, &error), qPrintable(error));
        QCOMPARE(entries.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTeamKnownHosts)
#include "tst_teamknownhosts.moc"
