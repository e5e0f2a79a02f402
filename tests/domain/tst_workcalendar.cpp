// Wall-clock times in a zone as instants: the gap refused, the doubled hour's first occurrence.
#include "workcalendar.h"

#include <QTest>

using namespace NineTouch;

class TestWorkCalendar : public QObject
{
    Q_OBJECT

private slots:
    void instantAt_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("local");
        QTest::addColumn<QString>("instant"); // ISO with offset; empty: refused
        QTest::newRow("an ordinary morning in Berlin") << "Europe/Berlin"
                                                       << "2026-03-05T10:00"
                                                       << "2026-03-05T10:00:00+01:00";
        QTest::newRow("the spring-forward gap in Berlin is refused") << "Europe/Berlin"
                                                                     << "2026-03-29T02:30"
                                                                     << "";
        QTest::newRow("the spring-forward gap in New York is refused") << "America/New_York"
                                                                       << "2026-03-08T02:30"
                                                                       << "";
        QTest::newRow("New York's fall-back hour: the first 01:30 (daylight time)")
            << "America/New_York"
            << "2026-11-01T01:30"
            << "2026-11-01T01:30:00-04:00";
        QTest::newRow("Berlin's fall-back hour: the first 02:30 (summer time)")
            << "Europe/Berlin"
            << "2026-10-25T02:30"
            << "2026-10-25T02:30:00+02:00";
        QTest::newRow("just after the doubled hour there is one 03:00")
            << "Europe/Berlin"
            << "2026-10-25T03:00"
            << "2026-10-25T03:00:00+01:00";
        QTest::newRow("a zone with no transitions") << "Asia/Tokyo"
                                                    << "2026-11-01T01:30"
                                                    << "2026-11-01T01:30:00+09:00";
    }
    void instantAt()
    {
        QFETCH(QString, zone);
        QFETCH(QString, local);
        QFETCH(QString, instant);
        const QDateTime l = QDateTime::fromString(local, Qt::ISODate);
        const QDateTime got = NineTouch::instantAt(l.date(), l.time(), QTimeZone(zone.toUtf8()));
        if (instant.isEmpty()) {
            QVERIFY(!got.isValid());
            return;
        }
        QVERIFY(got.isValid());
        QCOMPARE(got.toUTC(), QDateTime::fromString(instant, Qt::ISODate).toUTC());
        QCOMPARE(got.toTimeZone(QTimeZone(zone.toUtf8())).time(), l.time());
    }
};

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
