#include "zonecatalog.h"

#include "reptext.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QTimeZone>

#include <unicode/locid.h>
#include <unicode/tznames.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>

#include <memory>
#include <system_error>
#include <utility>

namespace NineTouch::ZoneCatalog {

namespace {

// Business cities a rep names that are not a zone's own city. English, German, zone.
struct City
{
    const char *en;
    const char *de;
    const char *zone;
};
constexpr City extraCities[] = {
    { "Munich", "München", "Europe/Berlin" },
    { "Hamburg", "Hamburg", "Europe/Berlin" },
    { "Frankfurt", "Frankfurt am Main", "Europe/Berlin" },
    { "Cologne", "Köln", "Europe/Berlin" },
    { "Düsseldorf", "Düsseldorf", "Europe/Berlin" },
    { "Stuttgart", "Stuttgart", "Europe/Berlin" },
    { "Leipzig", "Leipzig", "Europe/Berlin" },
    { "Dresden", "Dresden", "Europe/Berlin" },
    { "Hanover", "Hannover", "Europe/Berlin" },
    { "Nuremberg", "Nürnberg", "Europe/Berlin" },
    { "Bremen", "Bremen", "Europe/Berlin" },
    { "Essen", "Essen", "Europe/Berlin" },
    { "Dortmund", "Dortmund", "Europe/Berlin" },
    { "Bonn", "Bonn", "Europe/Berlin" },
    { "Mannheim", "Mannheim", "Europe/Berlin" },
    { "Karlsruhe", "Karlsruhe", "Europe/Berlin" },
    { "Graz", "Graz", "Europe/Vienna" },
    { "Linz", "Linz", "Europe/Vienna" },
    { "Salzburg", "Salzburg", "Europe/Vienna" },
    { "Innsbruck", "Innsbruck", "Europe/Vienna" },
    { "Geneva", "Genf", "Europe/Zurich" },
    { "Basel", "Basel", "Europe/Zurich" },
    { "Bern", "Bern", "Europe/Zurich" },
    { "Lausanne", "Lausanne", "Europe/Zurich" },
    { "Manchester", "Manchester", "Europe/London" },
    { "Birmingham", "Birmingham", "Europe/London" },
    { "Edinburgh", "Edinburgh", "Europe/London" },
    { "Glasgow", "Glasgow", "Europe/London" },
    { "Leeds", "Leeds", "Europe/London" },
    { "Bristol", "Bristol", "Europe/London" },
    { "Liverpool", "Liverpool", "Europe/London" },
    { "Cambridge", "Cambridge", "Europe/London" },
    { "Oxford", "Oxford", "Europe/London" },
    { "Cork", "Cork", "Europe/Dublin" },
    { "Lyon", "Lyon", "Europe/Paris" },
    { "Marseille", "Marseille", "Europe/Paris" },
    { "Toulouse", "Toulouse", "Europe/Paris" },
    { "Nice", "Nizza", "Europe/Paris" },
    { "Milan", "Mailand", "Europe/Rome" },
    { "Turin", "Turin", "Europe/Rome" },
    { "Naples", "Neapel", "Europe/Rome" },
    { "Florence", "Florenz", "Europe/Rome" },
    { "Barcelona", "Barcelona", "Europe/Madrid" },
    { "Valencia", "Valencia", "Europe/Madrid" },
    { "Seville", "Sevilla", "Europe/Madrid" },
    { "Rotterdam", "Rotterdam", "Europe/Amsterdam" },
    { "The Hague", "Den Haag", "Europe/Amsterdam" },
    { "Utrecht", "Utrecht", "Europe/Amsterdam" },
    { "Eindhoven", "Eindhoven", "Europe/Amsterdam" },
    { "Antwerp", "Antwerpen", "Europe/Brussels" },
    { "Ghent", "Gent", "Europe/Brussels" },
    { "Krakow", "Krakau", "Europe/Warsaw" },
    { "Wroclaw", "Breslau", "Europe/Warsaw" },
    { "Gdansk", "Danzig", "Europe/Warsaw" },
    { "Poznan", "Posen", "Europe/Warsaw" },
    { "Brno", "Brünn", "Europe/Prague" },
    { "Gothenburg", "Göteborg", "Europe/Stockholm" },
    { "Malmö", "Malmö", "Europe/Stockholm" },
    { "Aarhus", "Aarhus", "Europe/Copenhagen" },
    { "Bergen", "Bergen", "Europe/Oslo" },
    { "Espoo", "Espoo", "Europe/Helsinki" },
    { "Tampere", "Tampere", "Europe/Helsinki" },
    { "Ankara", "Ankara", "Europe/Istanbul" },
    { "Izmir", "Izmir", "Europe/Istanbul" },
    { "Saint Petersburg", "Sankt Petersburg", "Europe/Moscow" },
    { "Washington", "Washington", "America/New_York" },
    { "Boston", "Boston", "America/New_York" },
    { "Philadelphia", "Philadelphia", "America/New_York" },
    { "Atlanta", "Atlanta", "America/New_York" },
    { "Miami", "Miami", "America/New_York" },
    { "Pittsburgh", "Pittsburgh", "America/New_York" },
    { "Charlotte", "Charlotte", "America/New_York" },
    { "Houston", "Houston", "America/Chicago" },
    { "Dallas", "Dallas", "America/Chicago" },
    { "Austin", "Austin", "America/Chicago" },
    { "San Antonio", "San Antonio", "America/Chicago" },
    { "Minneapolis", "Minneapolis", "America/Chicago" },
    { "St. Louis", "St. Louis", "America/Chicago" },
    { "Kansas City", "Kansas City", "America/Chicago" },
    { "Nashville", "Nashville", "America/Chicago" },
    { "New Orleans", "New Orleans", "America/Chicago" },
    { "Salt Lake City", "Salt Lake City", "America/Denver" },
    { "Albuquerque", "Albuquerque", "America/Denver" },
    { "San Francisco", "San Francisco", "America/Los_Angeles" },
    { "Seattle", "Seattle", "America/Los_Angeles" },
    { "San Diego", "San Diego", "America/Los_Angeles" },
    { "San Jose", "San José", "America/Los_Angeles" },
    { "Portland", "Portland", "America/Los_Angeles" },
    { "Las Vegas", "Las Vegas", "America/Los_Angeles" },
    { "Sacramento", "Sacramento", "America/Los_Angeles" },
    { "Montreal", "Montreal", "America/Toronto" },
    { "Ottawa", "Ottawa", "America/Toronto" },
    { "Quebec City", "Québec", "America/Toronto" },
    { "Calgary", "Calgary", "America/Edmonton" },
    { "Guadalajara", "Guadalajara", "America/Mexico_City" },
    { "Rio de Janeiro", "Rio de Janeiro", "America/Sao_Paulo" },
    { "Brasília", "Brasília", "America/Sao_Paulo" },
    { "Mumbai", "Mumbai", "Asia/Kolkata" },
    { "New Delhi", "Neu-Delhi", "Asia/Kolkata" },
    { "Delhi", "Delhi", "Asia/Kolkata" },
    { "Bangalore", "Bangalore", "Asia/Kolkata" },
    { "Bengaluru", "Bengaluru", "Asia/Kolkata" },
    { "Chennai", "Chennai", "Asia/Kolkata" },
    { "Hyderabad", "Hyderabad", "Asia/Kolkata" },
    { "Pune", "Pune", "Asia/Kolkata" },
    { "Beijing", "Peking", "Asia/Shanghai" },
    { "Guangzhou", "Guangzhou", "Asia/Shanghai" },
    { "Shenzhen", "Shenzhen", "Asia/Shanghai" },
    { "Osaka", "Osaka", "Asia/Tokyo" },
    { "Yokohama", "Yokohama", "Asia/Tokyo" },
    { "Kyoto", "Kyoto", "Asia/Tokyo" },
    { "Busan", "Busan", "Asia/Seoul" },
    { "Hanoi", "Hanoi", "Asia/Ho_Chi_Minh" },
    { "Canberra", "Canberra", "Australia/Sydney" },
    { "Wellington", "Wellington", "Pacific/Auckland" },
    { "Abu Dhabi", "Abu Dhabi", "Asia/Dubai" },
    { "Jeddah", "Dschidda", "Asia/Riyadh" },
    { "Tel Aviv", "Tel Aviv", "Asia/Jerusalem" },
    { "Cape Town", "Kapstadt", "Africa/Johannesburg" },
    { "Durban", "Durban", "Africa/Johannesburg" },
    { "Pretoria", "Pretoria", "Africa/Johannesburg" },
    { "Alexandria", "Alexandria", "Africa/Cairo" },
};

QString fromIcu(const icu::UnicodeString &s)
{
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(s.getBuffer()), s.length());
}

QString icuCountryName(const QString &code, const char *language)
{
    if (code.isEmpty())
        return {};
    const QByteArray locale = "und_" + code.toLatin1();
    UChar buffer[128];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length =
        uloc_getDisplayCountry(locale.constData(), language, buffer, 128, &status);
    if (U_FAILURE(status) || length <= 0)
        return {};
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(buffer), qMin(length, 128));
}

struct Catalog
{
    QList<ZonePlace> en;
    QList<ZonePlace> de;
    QHash<QString, QStringList> zonesByName; // folded city or country name → zones
    QHash<QString, QString> codeByCountry; // folded country name (English, German) → code
    QHash<QString, QString> zoneByCode; // country code → its zone, for a country of one clock
};

void addName(Catalog &c, const QString &name, const QString &zone)
{
    for (const QString &k : RepText::searchKey(name).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QStringList &zones = c.zonesByName[k];
        if (!zones.contains(zone))
            zones << zone;
    }
}

// A zone's offsets from UTC in mid-winter and mid-summer of this year: two zones with the same
// pair tell the same time all year (Berlin and Büsingen).
using Clock = std::pair<int, int>;
Clock clockOf(const QTimeZone &zone)
{
    const int year = QDate::currentDate().year();
    return { zone.offsetFromUtc(QDateTime(QDate(year, 1, 15), QTime(12, 0), Qt::UTC)),
             zone.offsetFromUtc(QDateTime(QDate(year, 7, 15), QTime(12, 0), Qt::UTC)) };
}

// One clock: the zones tell the same time all year (their clocks read once each, as a zone
// is made from its file).
bool sameClock(const QStringList &zones, const QHash<QString, Clock> &clocks)
{
    const Clock first = clocks.value(zones.first());
    for (const QString &z : zones) {
        if (clocks.value(z) != first)
            return false;
    }
    return true;
}

Catalog build()
{
    Catalog c;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::TimeZoneNames> enNames(
        icu::TimeZoneNames::createInstance(icu::Locale("en"), status));
    std::unique_ptr<icu::TimeZoneNames> deNames(
        icu::TimeZoneNames::createInstance(icu::Locale("de"), status));
    const auto cityOf = [](icu::TimeZoneNames *names, const QString &zone, const QTimeZone &tz) {
        QString city;
        if (names) {
            icu::UnicodeString out;
            names->getExemplarLocationName(icu::UnicodeString::fromUTF8(zone.toStdString()), out);
            city = fromIcu(out);
        }
        if (city.isEmpty())
            city = RepText::place(tz);
        return city;
    };

    QHash<QString, QList<const City *>> extras;
    for (const City &city : extraCities)
        extras[QString::fromLatin1(city.zone)] << &city;

    QHash<QString, QStringList> zonesOfCountry; // folded country name → zones
    QHash<QString, QStringList> zonesOfCode; // country code → zones
    QHash<QString, Clock> clocks; // zone → its clock over the year
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (!id.contains('/') || id.startsWith("Etc/"))
            continue;
        const QString zone = QString::fromUtf8(id);
        const QTimeZone tz(id); // read from its file once
        clocks.insert(zone, clockOf(tz));
        const QString code = QLocale::territoryToCode(tz.territory());
        ZonePlace en { zone, cityOf(enNames.get(), zone, tz), icuCountryName(code, "en"), {}, {} };
        ZonePlace de { zone, cityOf(deNames.get(), zone, tz), icuCountryName(code, "de"), {}, {} };
        QStringList names {
            zone, zone.section(QLatin1Char('/'), -1).replace(QLatin1Char('_'), QLatin1Char(' ')),
            en.city, de.city
        };
        addName(c, en.city, zone);
        addName(c, de.city, zone);
        for (const City *city : extras.value(zone)) {
            en.alsoCities << QString::fromUtf8(city->en);
            de.alsoCities << QString::fromUtf8(city->de);
            names << en.alsoCities.last() << de.alsoCities.last();
            addName(c, en.alsoCities.last(), zone);
            addName(c, de.alsoCities.last(), zone);
        }
        names << en.country << de.country;
        if (!code.isEmpty()) {
            zonesOfCode[code] << zone;
            for (const QString &country : { en.country, de.country }) {
                for (const QString &k :
                     RepText::searchKey(country).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                    c.codeByCountry.insert(k, code);
            }
        }
        for (const QString &country : { en.country, de.country }) {
            for (const QString &k :
                 RepText::searchKey(country).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                if (!zonesOfCountry[k].contains(zone))
                    zonesOfCountry[k] << zone;
            }
        }
        QStringList search;
        for (const QString &n : std::as_const(names)) {
            if (!n.isEmpty())
                search << RepText::searchKey(n);
        }
        en.search = de.search = search.join(QLatin1Char('\n'));
        c.en << en;
        c.de << de;
    }
    // A country stands for a zone when it has one clock; a city of the same name wins.
    for (auto it = zonesOfCountry.cbegin(); it != zonesOfCountry.cend(); ++it) {
        if (c.zonesByName.contains(it.key()) || !sameClock(it.value(), clocks))
            continue;
        QStringList zones = it.value();
        zones.sort();
        c.zonesByName.insert(it.key(), { zones.first() });
    }
    for (auto it = zonesOfCode.cbegin(); it != zonesOfCode.cend(); ++it) {
        if (!sameClock(it.value(), clocks))
            continue;
        QStringList zones = it.value();
        zones.sort();
        c.zoneByCode.insert(it.key(), zones.first());
    }
    return c;
}

const Catalog &catalog()
{
    // Made once, by whichever thread asks first; another asking meanwhile waits for it.
    static const Catalog c = build();
    return c;
}

} // namespace

std::future<void> prepare()
{
    try {
        return std::async(std::launch::async, [] { (void)catalog(); });
    } catch (const std::system_error &) {
        // No thread to be had: the first use builds it, as without prepare().
        std::promise<void> done;
        done.set_value();
        return done.get_future();
    }
}

const QList<ZonePlace> &places(const QString &language)
{
    return language == QLatin1String("de") ? catalog().de : catalog().en;
}

QString searchKey(const QString &typed)
{
    return RepText::queryKey(typed);
}

QString resolve(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (t.contains(QLatin1Char('/')) && QTimeZone::isTimeZoneIdAvailable(t.toUtf8()))
        return t;
    // An id typed in another case ("europe/vienna").
    if (t.contains(QLatin1Char('/'))) {
        for (const ZonePlace &p : catalog().en) {
            if (p.zone.compare(t, Qt::CaseInsensitive) == 0)
                return p.zone;
        }
    }
    const QStringList zones = catalog().zonesByName.value(searchKey(t));
    return zones.size() == 1 ? zones.first() : QString();
}

QString countryName(const QString &code, const QString &language)
{
    return icuCountryName(code, language == QLatin1String("de") ? "de" : "en");
}

QString countryCode(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() == 2) {
        const QString code = t.toUpper();
        if (QLocale::codeToTerritory(code) != QLocale::AnyTerritory)
            return code;
    }
    return catalog().codeByCountry.value(searchKey(t));
}

QString zoneOfCountry(const QString &code)
{
    return catalog().zoneByCode.value(code.trimmed().toUpper());
}

} // namespace NineTouch::ZoneCatalog
