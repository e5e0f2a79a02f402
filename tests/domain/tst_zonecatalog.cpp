// The time-zone field finds a zone by the names a rep uses: a city (the zone's own or a business
// city without one), a country with one clock, in English or German, with or without accents.
#include "zonecatalog.h"

#include <QTest>

using namespace NineTouch;

class TestZoneCatalog : public QObject
{
    Q_OBJECT

private slots:
    void typedNamesFindTheirZone_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("zone");
        QTest::newRow("a zone id is itself") << "Asia/Singapore"
                                             << "Asia/Singapore";
        QTest::newRow("a zone id in another case") << "europe/vienna"
                                                   << "Europe/Vienna";
        QTest::newRow("a zone's city, with a space") << "New York"
                                                     << "America/New_York";
        QTest::newRow("any letter case") << "new york"
                                         << "America/New_York";
        QTest::newRow("a city in another city's zone") << "Munich"
                                                       << "Europe/Berlin";
        QTest::newRow("its German name") << "München"
                                         << "Europe/Berlin";
        QTest::newRow("umlaut written out") << "Muenchen"
                                            << "Europe/Berlin";
        QTest::newRow("umlaut left off") << "Munchen"
                                         << "Europe/Berlin";
        QTest::newRow("a zone's city in German") << "Wien"
                                                 << "Europe/Vienna";
        QTest::newRow("Cologne in German") << "Köln"
                                           << "Europe/Berlin";
        QTest::newRow("Geneva in German") << "Genf"
                                          << "Europe/Zurich";
        QTest::newRow("a US business city") << "San Francisco"
                                            << "America/Los_Angeles";
        QTest::newRow("India's business city") << "Bangalore"
                                               << "Asia/Kolkata";
        QTest::newRow("a country with one zone") << "Austria"
                                                 << "Europe/Vienna";
        QTest::newRow("in German") << "Österreich"
                                   << "Europe/Vienna";
        QTest::newRow("a country with one clock in two zones") << "Germany"
                                                               << "Europe/Berlin";
        QTest::newRow("the same in German") << "Deutschland"
                                            << "Europe/Berlin";
        QTest::newRow("surrounding spaces") << "  Singapore "
                                            << "Asia/Singapore";
    }
    void typedNamesFindTheirZone()
    {
        QFETCH(QString, typed);
        QFETCH(QString, zone);
        QCOMPARE(ZoneCatalog::resolve(typed), zone);
    }

    void namesThatAreNotOneZoneFindNone_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("a country of many clocks") << "United States";
        QTest::newRow("another") << "Australia";
        QTest::newRow("no place") << "Atlantis";
        QTest::newRow("a part of a name") << "Mun";
        QTest::newRow("a zone id that does not exist") << "Europe/Munich";
        QTest::newRow("nothing") << "";
    }
    void namesThatAreNotOneZoneFindNone()
    {
        QFETCH(QString, typed);
        QCOMPARE(ZoneCatalog::resolve(typed), QString());
    }

    // The popup lists places in the rep's language and finds them by a part of any name.
    void placesAreNamedInTheRepsLanguage()
    {
        const auto find = [](const QString &language, const QString &zone) {
            for (const ZonePlace &p : ZoneCatalog::places(language)) {
                if (p.zone == zone)
                    return p;
            }
            return ZonePlace {};
        };
        const ZonePlace de = find("de", "Europe/Vienna");
        QCOMPARE(de.city, "Wien");
        QCOMPARE(de.country, "Österreich");
        const ZonePlace en = find("en", "Europe/Vienna");
        QCOMPARE(en.city, "Vienna");
        QCOMPARE(en.country, "Austria");
        const ZonePlace berlin = find("de", "Europe/Berlin");
        QVERIFY(berlin.alsoCities.contains("München"));
        QVERIFY(find("en", "Europe/Berlin").alsoCities.contains("Munich"));
        // A part of a name, folded as the rep types it.
        QVERIFY(berlin.search.contains(ZoneCatalog::searchKey("Münch")));
        QVERIFY(berlin.search.contains(ZoneCatalog::searchKey("munic")));
        QVERIFY(berlin.search.contains(ZoneCatalog::searchKey("Deutschl")));
        QVERIFY(berlin.search.contains(ZoneCatalog::searchKey("europe/ber")));
        QVERIFY(!berlin.search.contains(ZoneCatalog::searchKey("Wien")));
    }

    void everyBusinessCityNamesAZoneOfThisMachine()
    {
        // The list's zones exist: a city whose zone were missing would find nothing.
        int cities = 0;
        for (const ZonePlace &p : ZoneCatalog::places("en"))
            cities += int(p.alsoCities.size());
        QVERIFY2(cities >= 120, qPrintable(QString::number(cities)));
    }
};

QTEST_GUILESS_MAIN(TestZoneCatalog)
#include "tst_zonecatalog.moc"
