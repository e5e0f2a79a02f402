// Time zones as a rep looks for them: by a city or a country, in English or German. The zone
// field stores an IANA id ("Europe/Berlin"); the rep types "Munich", "München", "Wien",
// "New York" or "Deutschland" and finds it. Names come from ICU's CLDR data (zone cities and
// countries, in both languages) and from a short list of business cities that have no zone of
// their own (Munich, Hamburg, Boston, Mumbai…).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <future>

namespace NineTouch {

struct ZonePlace
{
    QString zone; // IANA id, what the field stores
    QString city; // the zone's city in the asked language: "Wien"
    QString country; // its country in the asked language, empty for a zone without one
    QStringList alsoCities; // business cities in that zone, in the asked language
    QString search; // every name it answers to, in both languages, as RepText::searchKey folds
};

namespace ZoneCatalog {

// Every place zone a rep can pick ("Region/City", not Etc/), in the order of their ids, named
// in `language` ("en", "de"; another language reads English).
const QList<ZonePlace> &places(const QString &language);

// Builds the catalog on a thread of its own, for a program that shows a zone field soon (the
// app's deal form): the first call below then takes it ready, or waits for the rest. The
// future is done when the catalog is; keep it until then (its destructor waits).
std::future<void> prepare();

// What the rep typed, folded the way `ZonePlace::search` is ("münchen" → "munchen").
QString searchKey(const QString &typed);

// The zone `text` means: a zone id as it is, or the one zone a city or country of that exact
// name (in English or German, case and accents aside) stands for. Empty when the text names no
// zone, or several ("United States", "Australia").
QString resolve(const QString &text);

// A country's name in `language` ("DE" → "Deutschland"), empty for an unknown code.
QString countryName(const QString &code, const QString &language);

// The two-letter code of a country named in English or German ("Germany", "Österreich",
// "united states"), or of a code as it is ("de"); empty when the text names no country.
QString countryCode(const QString &text);

// The zone a country keeps ("AT" → "Europe/Vienna"), empty for a country of several clocks
// ("US", "AU") or an unknown code.
QString zoneOfCountry(const QString &code);

} // namespace ZoneCatalog
} // namespace NineTouch
