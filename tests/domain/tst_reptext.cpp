// What the rep reads in the app: times without seconds in the rep's locale, a meeting's own
// zone named when its clock differs, and search that ignores case and accents.
#include "reptext.h"

#include <QTest>

using namespace NineTouch;

class TestRepText : public QObject
{
    Q_OBJECT

private slots:
    void timesHaveNoSeconds_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("the C locale writes HH:mm:ss; the app does not") << "C"
                                                                        << "09:05";
        QTest::newRow("English in the US") << "en_US"
                                           << "9:05 AM";
        QTest::newRow("English in Britain") << "en_GB"
                                            << "09:05";
        QTest::newRow("German") << "de_DE"
                                << "09:05";
    }
    void timesHaveNoSeconds()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(RepText::time(QTime(9, 5, 30), QLocale(locale)).replace(QChar(0x202f), ' '),
                 expected);
    }

    void daysInTheLocalesOrder()
    {
        QCOMPARE(RepText::day(QDate(2026, 3, 5), QLocale("en_US")), "Thu Mar 5");
        QCOMPARE(RepText::day(QDate(2026, 3, 5), QLocale("en_GB")), "Thu 5 Mar");
        // German writes the day as an ordinal: "Do. 5. März".
        QCOMPARE(RepText::day(QDate(2026, 3, 5), QLocale("de_DE")), "Do. 5. März");
    }

    void placesOfZones_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("place");
        QTest::newRow("a city") << QByteArray("Europe/Berlin") << "Berlin";
        QTest::newRow("underscores are spaces") << QByteArray("America/New_York") << "New York";
        QTest::newRow("three parts")
            << QByteArray("America/Argentina/Buenos_Aires") << "Buenos Aires";
        QTest::newRow("UTC") << QByteArray("UTC") << "UTC";
    }
    void placesOfZones()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, place);
        QCOMPARE(RepText::place(QTimeZone(zone)), place);
    }

    void aMeetingsZoneIsNamedWhenItsClockDiffers_data()
    {
        QTest::addColumn<QByteArray>("meeting");
        QTest::addColumn<QByteArray>("rep");
        QTest::addColumn<bool>("withDay");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Berlin for a rep in New York")
            << QByteArray("Europe/Berlin") << QByteArray("America/New_York") << false
            << "10:00 Berlin · 04:00 here";
        QTest::newRow("the same clock: one time")
            << QByteArray("Europe/Paris") << QByteArray("Europe/Berlin") << false << "10:00";
        QTest::newRow("with the day")
            << QByteArray("Europe/Berlin") << QByteArray("America/New_York") << true
            << "Thu 5 Mar, 10:00 Berlin · Thu 5 Mar, 04:00 here";
        QTest::newRow("another day there: the day is named")
            << QByteArray("Asia/Tokyo") << QByteArray("Europe/Berlin") << false
            << "Fri 6 Mar, 04:00 Tokyo · 20:00 here";
    }
    void aMeetingsZoneIsNamedWhenItsClockDiffers()
    {
        QFETCH(QByteArray, meeting);
        QFETCH(QByteArray, rep);
        QFETCH(bool, withDay);
        QFETCH(QString, expected);
        const QTimeZone meetingZone(meeting);
        // 10:00 in the meeting's zone, except Tokyo: 20:00 in Berlin.
        const QDateTime start = meeting == "Asia/Tokyo"
            ? QDateTime(QDate(2026, 3, 5), QTime(20, 0), QTimeZone("Europe/Berlin"))
            : QDateTime(QDate(2026, 3, 5), QTime(10, 0), meetingZone);
        QCOMPARE(RepText::meetingTime(start, meetingZone, QTimeZone(rep), withDay, QLocale::c()),
                 expected);
    }

    void searchIgnoresCaseAndAccents_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("matches");
        QTest::newRow("case") << "Jana Müller"
                              << "JANA" << true;
        QTest::newRow("an umlaut typed without its dots") << "Jana Müller"
                                                          << "jana muller" << true;
        QTest::newRow("an umlaut spelled out") << "Jana Müller"
                                               << "mueller" << true;
        QTest::newRow("ß as ss") << "Hauptstraße"
                                 << "strasse" << true;
        QTest::newRow("French accents") << "Société Générale"
                                        << "societe generale" << true;
        QTest::newRow("the accent typed too") << "Jana Müller"
                                              << "müller" << true;
        QTest::newRow("no match") << "Jana Müller"
                                  << "schmidt" << false;
    }
    void searchIgnoresCaseAndAccents()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QFETCH(bool, matches);
        const QString q = RepText::searchKey(query).section('\n', 0, 0);
        QCOMPARE(RepText::searchKey(text).contains(q), matches);
    }
};

QTEST_GUILESS_MAIN(TestRepText)
#include "tst_reptext.moc"
