// Where an import puts what the file does not say: a new contact's language and zone, a new
// stage among the rep's (importplaces.h).
#include "importplaces.h"

#include "importvalues.h"
#include "names.h"
#include "zonecatalog.h"

#include <QRegularExpression>

#include <algorithm>
#include <tuple>

namespace NineTouch::ImportPlaces {

using namespace ImportValues;

namespace {

QStringList stageWords(const QString &name)
{
    static const QRegularExpression split(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return name.toCaseFolded().split(split, Qt::SkipEmptyParts);
}

// The stages of the CRMs' default pipelines, in their order, as their exports name them: a
// new stage from one goes where its pipeline puts it among the rep's.
const QList<QStringList> &crmPipelines()
{
    static const QList<QStringList> pipelines {
        { QStringLiteral("Lead In"), QStringLiteral("Qualified"), QStringLiteral("Contact Made"),
          QStringLiteral("Needs Defined"), QStringLiteral("Demo Scheduled"),
          QStringLiteral("Proposal Made"), QStringLiteral("Negotiations Started") }, // Pipedrive
        { QStringLiteral("Appointment Scheduled"), QStringLiteral("Qualified To Buy"),
          QStringLiteral("Presentation Scheduled"), QStringLiteral("Decision Maker Bought-In"),
          QStringLiteral("Contract Sent") }, // HubSpot
        { QStringLiteral("Prospecting"), QStringLiteral("Qualification"),
          QStringLiteral("Needs Analysis"), QStringLiteral("Value Proposition"),
          QStringLiteral("Id. Decision Makers"), QStringLiteral("Perception Analysis"),
          QStringLiteral("Proposal/Price Quote"), QStringLiteral("Negotiation/Review") }, // SF
    };
    return pipelines;
}

} // namespace

Placement placeContact(Contact &c, const DealImport::Plan &plan, bool germanFile)
{
    Placement p;
    const QString phone = c.phone.isEmpty() ? c.mobile : c.phone;
    From countryFrom = From::Country;
    if (c.region.isEmpty()) {
        c.region = regionOfPhone(phone);
        countryFrom = From::Phone;
    }
    if (c.tz.isEmpty()) {
        const QString countryZone =
            c.region.isEmpty() ? QString() : ZoneCatalog::zoneOfCountry(c.region);
        if (!countryZone.isEmpty()) {
            c.tz = countryZone;
            p.zone = countryFrom;
        } else if (!plan.tz.isEmpty()) {
            c.tz = plan.tz;
            p.zone = From::Chosen;
        } else {
            p.zone =
                !c.region.isEmpty() || northAmerican(phone) ? From::SeveralZones : From::Nothing;
        }
    }
    if (!c.language.isEmpty())
        return p;
    static const QStringList germanCountries { QStringLiteral("DE"), QStringLiteral("AT"),
                                               QStringLiteral("CH"), QStringLiteral("LI") };
    if (!c.region.isEmpty() || northAmerican(phone)) {
        const bool german = germanCountries.contains(c.region);
        c.language = german ? QStringLiteral("de") : QStringLiteral("en");
        p.language = german ? countryFrom : From::OtherCountry;
    } else if (!plan.language.isEmpty()) {
        c.language = plan.language;
        p.language = From::Chosen;
    } else if (germanFile) {
        c.language = QStringLiteral("de");
        p.language = From::GermanHeaders;
    } else {
        c.language = QStringLiteral("en");
        p.language = From::Nothing;
    }
    return p;
}

// A CRM's stage that reads as one of the rep's: "Proposal Made" and "Proposal/Price Quote"
// are the rep's "Proposal", "Negotiations Started" is "Negotiation", "Qualified To Buy" is
// "Qualified" (each word of the rep's starts the CRM's words in order, three letters at least).
QString similarStage(const QString &crm, const QList<Stage> &stages)
{
    // A starting stage by its German name ("Angebot"), as a German spreadsheet writes it.
    if (const QString starting = startingStageOf(crm); !starting.isEmpty()) {
        for (const Stage &s : stages) {
            if (s.name == starting)
                return s.name;
        }
    }
    const QStringList theirs = stageWords(crm);
    for (const Stage &s : stages) {
        const QStringList mine = stageWords(s.name);
        if (mine.isEmpty() || mine.size() > theirs.size())
            continue;
        // A word of the rep's starts the CRM's ("Proposal" in "Proposal Made"), or the two share
        // a stem of six letters or more ("Qualified", Salesforce's "Qualification").
        const auto stem = [](const QString &a, const QString &b) {
            qsizetype n = 0;
            while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
                ++n;
            return n;
        };
        bool same = true;
        for (int i = 0; i < mine.size() && same; ++i)
            same = (mine.at(i).size() >= 3 && theirs.at(i).startsWith(mine.at(i)))
                || stem(mine.at(i), theirs.at(i)) >= 6;
        if (same)
            return s.name;
    }
    return {};
}

// Every stage in its order once the new ones are in: a new stage follows the stage its CRM's
// pipeline has before it (the rep's stage that one reads as, or a new one), else precedes the
// one after it; a stage no known pipeline has goes last.
QStringList stageOrderWith(const QStringList &newStages, const QList<Stage> &stages)
{
    QStringList order;
    for (const Stage &s : stages)
        order << s.name;
    const auto placeOf = [&](const QString &crm) -> qsizetype {
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (DealImport::looseName(order.at(i)) == DealImport::looseName(crm))
                return i;
        }
        if (const QString mine = similarStage(crm, stages); !mine.isEmpty())
            return order.indexOf(mine);
        return -1;
    };
    const auto positionIn = [](const QString &name) -> std::pair<int, qsizetype> {
        const auto &pipelines = crmPipelines();
        for (int p = 0; p < pipelines.size(); ++p) {
            for (qsizetype i = 0; i < pipelines.at(p).size(); ++i) {
                if (DealImport::looseName(pipelines.at(p).at(i)) == DealImport::looseName(name))
                    return { p, i };
            }
        }
        return { -1, -1 };
    };
    QStringList pending = newStages;
    std::stable_sort(pending.begin(), pending.end(), [&](const QString &a, const QString &b) {
        // Known stages first, by pipeline and place; the others as met.
        const auto key = [&](const QString &name) {
            const auto [p, i] = positionIn(name);
            return p < 0 ? std::tuple(1, 0, qsizetype(0)) : std::tuple(0, p, i);
        };
        return key(a) < key(b);
    });
    for (const QString &name : std::as_const(pending)) {
        const auto [p, i] = positionIn(name);
        qsizetype at = order.size();
        if (p >= 0) {
            const QStringList &pipeline = crmPipelines().at(p);
            bool placed = false;
            for (qsizetype j = i - 1; j >= 0 && !placed; --j) {
                if (const qsizetype before = placeOf(pipeline.at(j)); before >= 0) {
                    at = before + 1;
                    placed = true;
                }
            }
            for (qsizetype j = i + 1; j < pipeline.size() && !placed; ++j) {
                if (const qsizetype after = placeOf(pipeline.at(j)); after >= 0) {
                    at = after;
                    placed = true;
                }
            }
        }
        order.insert(at, name);
    }
    return order;
}

} // namespace NineTouch::ImportPlaces
