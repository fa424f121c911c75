// What may travel to a host as account data: user and group names, passwords,
// dates, and the password generator.
#include "tests/core/AccountCorpus.h"

#include "core/accounts/AccountInput.h"
#include "core/accounts/PasswordGenerator.h"

#include <QSet>
#include <QTest>

using namespace wb;

class TestAccountInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validUserNamesAreAccepted_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"alice", "_svc", "bob-2", "a", "user_name", "x1234567890123456789012345678901"})
            QTest::newRow(name) << QString::fromLatin1(name);
        QTest::newRow("32 characters") << QStringLiteral("a").repeated(32);
    }
    void validUserNamesAreAccepted()
    {
        QFETCH(QString, name);
        QVERIFY(AccountInput::isValidUsername(name));
        QVERIFY(AccountInput::isValidGroupName(name));
    }

    void hostileUserNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names = wbtest::hostileUserNames(QStringLiteral("/tmp/werkbank-mark"));
        QVERIFY(names.size() >= 50);
        for (int i = 0; i < names.size(); ++i)
            QTest::addRow("%d %s", i, qPrintable(QString(names.at(i)).replace(QLatin1Char('\n'), QLatin1String("\\n"))))
                << names.at(i);
    }
    void hostileUserNamesAreRefused()
    {
        QFETCH(QString, name);
        QVERIFY(!AccountInput::isValidUsername(name));
        QVERIFY(!AccountInput::isValidGroupName(name));
    }

    void awkwardPasswordsAreAccepted_data()
    {
        QTest::addColumn<QString>("password");
        const QStringList passwords = wbtest::awkwardPasswords(QStringLiteral("/tmp/werkbank-mark"));
        for (int i = 0; i < passwords.size(); ++i)
            QTest::addRow("%d", i) << passwords.at(i);
    }
    void awkwardPasswordsAreAccepted()
    {
        QFETCH(QString, password);
        QCOMPARE(AccountInput::passwordProblem(password), QString());
    }

    void passwordsThatWouldSplitARecordAreRefused_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("message");
        const QStringList refused = wbtest::refusedPasswords();
        const QStringList messages = {QStringLiteral("The password is empty."), QStringLiteral("The password contains a line break."),
                                      QStringLiteral("The password contains a line break."), QStringLiteral("The password contains a line break."),
                                      QStringLiteral("The password contains a NUL character."),
                                      QStringLiteral("The password is longer than 256 bytes."),
                                      QStringLiteral("The password is longer than 256 bytes.")};
        QCOMPARE(refused.size(), messages.size());
        for (int i = 0; i < refused.size(); ++i)
            QTest::addRow("%d", i) << refused.at(i) << messages.at(i);
    }
    void passwordsThatWouldSplitARecordAreRefused()
    {
        QFETCH(QString, password);
        QFETCH(QString, message);
        QCOMPARE(AccountInput::passwordProblem(password), message);
    }

    void datesMustBeRealCalendarDays_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("2030-01-31") << true;
        QTest::newRow("leap day") << QStringLiteral("2028-02-29") << true;
        QTest::newRow("not a leap year") << QStringLiteral("2027-02-29") << false;
        QTest::newRow("month 13") << QStringLiteral("2030-13-01") << false;
        QTest::newRow("day 32") << QStringLiteral("2030-01-32") << false;
        QTest::newRow("no padding") << QStringLiteral("2030-1-31") << false;
        QTest::newRow("slashes") << QStringLiteral("2030/01/31") << false;
        QTest::newRow("injection") << QStringLiteral("2030-01-31;id") << false;
        QTest::newRow("arabic digits") << QStringLiteral("٢٠٣٠-01-31") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("chage's -1") << QStringLiteral("-1") << false;
    }
    void datesMustBeRealCalendarDays()
    {
        QFETCH(QString, date);
        QFETCH(bool, valid);
        QCOMPARE(AccountInput::isValidDate(date), valid);
    }

    void generatedPasswordsHaveEveryChosenClass_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("easy");
        QTest::newRow("default") << 16 << false;
        QTest::newRow("read aloud") << 16 << true;
        QTest::newRow("short is raised to 8") << 3 << false;
        QTest::newRow("long") << 64 << true;
        QTest::newRow("too long is capped") << 1000 << false;
    }
    void generatedPasswordsHaveEveryChosenClass()
    {
        QFETCH(int, length);
        QFETCH(bool, easy);
        PasswordGenerator generator;
        generator.length = length;
        generator.easyToReadAloud = easy;
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString password = generator.generate();
            QCOMPARE(password.size(), std::clamp(length, PasswordGenerator::minLength, PasswordGenerator::maxLength));
            QCOMPARE(AccountInput::passwordProblem(password), QString());
            for (int characterClass = 0; characterClass < 4; ++characterClass) {
                const QString alphabet = generator.alphabet(characterClass);
                QVERIFY(std::any_of(password.begin(), password.end(), [&](QChar c) { return alphabet.contains(c); }));
            }
            if (easy) {
                for (const QChar c : QStringLiteral("0Oo1lIi|5S2Z8B`'\""))
                    QVERIFY2(!password.contains(c), qPrintable(password));
            }
            seen << password;
        }
        QCOMPARE(seen.size(), 200); // from the system's random source: no repeats
    }

    void generatorWithOnlyDigits()
    {
        PasswordGenerator generator;
        generator.lower = generator.upper = generator.symbols = false;
        const QString password = generator.generate();
        QCOMPARE(password.size(), 16);
        QVERIFY(std::all_of(password.begin(), password.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }));
        generator.digits = false; // nothing chosen: lower case rather than nothing
        const QString fallback = generator.generate();
        QVERIFY(std::all_of(fallback.begin(), fallback.end(), [](QChar c) { return c >= u'a' && c <= u'z'; }));
    }
};

QTEST_GUILESS_MAIN(TestAccountInput)
#include "tst_accountinput.moc"
