// How often corral-notify may speak: one notification per snap in its interval, a few per
// minute for all snaps together.
#include "notify/ratelimit.h"

#include <QTest>

using corral::notify::RateLimit;
using namespace std::chrono_literals;

class TestRateLimit : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_start = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);

private Q_SLOTS:
    void allow_data()
    {
        // Each step: the snap, seconds after the start, whether it may speak.
        QTest::addColumn<QStringList>("snaps");
        QTest::addColumn<QList<int>>("seconds");
        QTest::addColumn<QList<bool>>("allowed");
        QTest::newRow("a snap speaks once in its interval, then again after it") << QStringList {
            QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("a")
        } << QList<int> { 0, 1, 599, 600 } << QList<bool> { true, false, false, true };
        QTest::newRow("other snaps are not held back by one that spoke")
            << QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a") }
            << QList<int> { 0, 1, 2 } << QList<bool> { true, true, false };
        QTest::newRow("a storm of snaps: three a minute, the next minute three more")
            << QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                   QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("d"),
                   QStringLiteral("e"), QStringLiteral("f"), QStringLiteral("g") }
            << QList<int> { 0, 1, 2, 3, 59, 60, 61, 62, 63 }
            << QList<bool> { true, true, true, false, false, true, true, true, false };
        QTest::newRow("a refused snap is not counted as told")
            << QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                   QStringLiteral("d"), QStringLiteral("d") }
            << QList<int> { 0, 0, 0, 30, 61 } << QList<bool> { true, true, true, false, true };
        QTest::newRow("a clock set back does not silence anyone for long") << QStringList {
            QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")
        } << QList<int> { 3600, 3601, 3602, 0 } << QList<bool> { true, true, true, true };
    }

    void allow()
    {
        QFETCH(QStringList, snaps);
        QFETCH(QList<int>, seconds);
        QFETCH(QList<bool>, allowed);
        RateLimit limit(10min, 3);
        for (qsizetype i = 0; i < snaps.size(); ++i) {
            QCOMPARE(limit.allow(snaps[i], m_start.addSecs(seconds[i])), allowed[i]);
        }
    }
};

QTEST_GUILESS_MAIN(TestRateLimit)
#include "tst_ratelimit.moc"
