// systemErrorText: the system's words for errno values, the same from many
// threads at once (strerror() may share one buffer between them).
#include "core/text/SystemError.h"

#include <QTest>
#include <QThread>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <vector>

using namespace wb;

class TestSystemError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesTheError()
    {
        QCOMPARE(systemErrorText(ENOENT), QString::fromLocal8Bit(std::strerror(ENOENT)));
        QCOMPARE(systemErrorText(ECONNREFUSED), QString::fromLocal8Bit(std::strerror(ECONNREFUSED)));
        QVERIFY(!systemErrorText(ENOENT).isEmpty());
        QVERIFY(systemErrorText(ENOENT) != systemErrorText(EACCES));
    }

    void anUnknownNumberStillSaysSomething()
    {
        QVERIFY(!systemErrorText(987654).isEmpty());
    }

    void manyThreadsEachGetTheirOwnText()
    {
        const QList<int> codes = {ENOENT, EACCES, ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH, EPIPE};
        QList<QString> expected;
        for (int code : codes)
            expected << systemErrorText(code);
        std::atomic<int> wrong = 0;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < 6; ++t) {
            threads.emplace_back(QThread::create([&, t] {
                for (int i = 0; i < 20000; ++i) {
                    const int which = (t + i) % codes.size();
                    if (systemErrorText(codes[which]) != expected[which])
                        ++wrong;
                }
            }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(60000));
        QCOMPARE(wrong.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSystemError)
#include "tst_systemerror.moc"
