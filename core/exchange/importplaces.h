// Where an import puts what the file does not say: a new contact's language and zone (by what
// the file says of it, else the rep's choice for the file, else English and the rep's zone),
// and a stage the rep does not have (where its CRM's pipeline puts it). For DealImport's steps
// (dealimport.cpp); not an API.
#pragma once

#include "dealimport.h"
#include "names.h"

#include <QHash>

namespace NineTouch::ImportPlaces {

// Where a new contact's language and zone came from, where its row gives none.
enum class From {
    File,
    Chosen, // the rep's choice for the file
    Country, // the country column
    Phone, // the phone number's country
    OtherCountry, // a country that does not speak German: English
    GermanHeaders, // German column names: German
    SeveralZones, // a country of several zones (the United States, a +1 number): the rep's
    Nothing, // nothing said: English, the rep's zone
};
struct Placement
{
    From language = From::File;
    From zone = From::File;
};

// A new contact's language and zone where its row gives none. What the file says about the
// contact comes first: its country (the country column, else its phone number's country) gives
// the language (German for Germany, Austria, Switzerland, Liechtenstein; else English) and, for
// a country of one clock, the zone. Only where it says nothing does the rep's choice for the
// file decide; then German column names; then English and the rep's own zone.
Placement placeContact(Contact &c, const DealImport::Plan &plan, bool germanFile);

// How the new contacts the file says nothing about were placed, for the summary.
class Placed
{
public:
    void add(Placement p)
    {
        ++m_language[p.language];
        ++m_zone[p.zone];
    }

    QStringList notes(const DealImport::Plan &plan, const QTimeZone &repZone) const
    {
        QStringList out;
        const auto count = [](const QHash<From, int> &h, From f) {
            return h.value(f);
        };
        if (const int n = count(m_language, From::Chosen))
            out << DealImport::tr("%n new contact(s) read %1, as chosen for this file.", nullptr, n)
                       .arg(languageLabel(plan.language));
        if (const int n = count(m_language, From::Country) + count(m_language, From::Phone))
            out << DealImport::tr("%n new contact(s) read German: their country (or their phone "
                                  "number's) speaks it.",
                                  nullptr, n);
        if (const int n = count(m_language, From::OtherCountry))
            out << DealImport::tr("%n new contact(s) read English: their country does not speak "
                                  "German.",
                                  nullptr, n);
        if (const int n = count(m_language, From::GermanHeaders))
            out << DealImport::tr("%n new contact(s) read German: the file's column names are "
                                  "German.",
                                  nullptr, n);
        if (const int n = count(m_language, From::Nothing))
            out << DealImport::tr("%n new contact(s) read English: the file gives no language or "
                                  "German-speaking country for them.",
                                  nullptr, n);
        if (const int n = count(m_zone, From::Chosen))
            out << DealImport::tr("%n new contact(s) in %1, as chosen for this file.", nullptr, n)
                       .arg(plan.tz);
        if (const int n = count(m_zone, From::Country))
            out << DealImport::tr("%n new contact(s) placed in a time zone by their country.",
                                  nullptr, n);
        if (const int n = count(m_zone, From::Phone))
            out << DealImport::tr("%n new contact(s) placed in a time zone by the country of "
                                  "their phone number.",
                                  nullptr, n);
        if (const int n = count(m_zone, From::SeveralZones))
            out << DealImport::tr("%n new contact(s) in your own time zone (%1) for now: their "
                                  "country has several; set each one's zone in the deal.",
                                  nullptr, n)
                       .arg(QString::fromUtf8(repZone.id()));
        if (const int n = count(m_zone, From::Nothing))
            out << DealImport::tr("%n new contact(s) in your own time zone (%1): the file gives "
                                  "no zone, country or phone number that says another.",
                                  nullptr, n)
                       .arg(QString::fromUtf8(repZone.id()));
        return out;
    }

private:
    QHash<From, int> m_language;
    QHash<From, int> m_zone;
};

// A CRM's stage that reads as one of the rep's: "Proposal Made" and "Proposal/Price Quote" are
// the rep's "Proposal", "Negotiations Started" is "Negotiation", "Qualification" is
// "Qualified", "Angebot" is the German name of Proposal. Empty when none.
QString similarStage(const QString &crm, const QList<Stage> &stages);

// Every stage in its order once the new ones are in: a new stage follows the stage its CRM's
// pipeline has before it (the rep's stage that one reads as, or a new one), else precedes the
// one after it; a stage no known pipeline has goes last.
QStringList stageOrderWith(const QStringList &newStages, const QList<Stage> &stages);

} // namespace NineTouch::ImportPlaces
