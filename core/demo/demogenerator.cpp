#include "demogenerator.h"

#include "demostory.h"

#include <QRandomGenerator>

namespace NineTouch {

using namespace Demo;

namespace {

const char *const firstNames[] = { "Anna",  "Lukas", "Sophie", "Jonas", "Marie",  "Felix",
                                   "Emma",  "Paul",  "Olivia", "James", "Amelia", "Noah",
                                   "Chloé", "Hugo",  "Lea",    "Mateo", "Priya",  "Kenji",
                                   "Sara",  "David", "Ingrid", "Tomás", "Grace",  "Oskar" };
const char *const lastNames[] = { "Müller",    "Schmidt", "Fischer", "Weber",  "Becker", "Smith",
                                  "Johnson",   "Brown",   "Taylor",  "Martin", "Dubois", "Rossi",
                                  "García",    "Novak",   "Jensen",  "Okafor", "Tanaka", "Kowalski",
                                  "Lindqvist", "O'Brien", "Wagner",  "Schulz", "Moreau", "Silva" };
const char *const orgFirst[] = { "Nordlicht",  "Bluewater", "Alpen",      "Harbor",
                                 "Vektor",     "Granite",   "Lumen",      "Falkenberg",
                                 "Brightpath", "Kestrel",   "Rheinwerk",  "Summit",
                                 "Tideway",    "Ostwind",   "Copperleaf", "Meridian" };
const char *const orgSecond[] = {
    "Logistik GmbH", "Analytics Ltd", "Foods AG",    "Health Inc.",
    "Energie GmbH",  "Retail Group",  "Software SE", "Bank AG",
    "Manufacturing", "Insurance plc", "Labs",        "Mobility GmbH"
};
const char *const products[] = { "CRM rollout",       "Fleet tracking",  "Data platform",
                                 "Security audit",    "Cloud migration", "Support contract",
                                 "Analytics licence", "Pilot project",   "Training programme",
                                 "Warehouse scanners" };
// What the prospect reads, in the contact's language: the topic, the value summary and the
// agendas (the title and the rep's notes are the rep's own, in English).
const char *const productsDe[] = { "CRM-Einführung",     "Flottenortung",   "Datenplattform",
                                   "Sicherheitsaudit",   "Cloud-Migration", "Supportvertrag",
                                   "Analyselizenz",      "Pilotprojekt",    "Schulungsprogramm",
                                   "Lagerscanner-Lösung" };
// Each German topic with its article, as the value summary starts.
const char *const productsDeSubject[] = { "Die CRM-Einführung",    "Die Flottenortung",
                                          "Die Datenplattform",    "Das Sicherheitsaudit",
                                          "Die Cloud-Migration",   "Der Supportvertrag",
                                          "Die Analyselizenz",     "Das Pilotprojekt",
                                          "Das Schulungsprogramm", "Die Lagerscanner-Lösung" };
// English topics as a sentence says them ("about the CRM rollout").
const char *const productsEn[] = { "the CRM rollout",        "fleet tracking",
                                   "the data platform",      "the security audit",
                                   "the cloud migration",    "the support contract",
                                   "the analytics licence",  "the pilot project",
                                   "the training programme", "the warehouse scanners" };
const char *const benefits[] = {
    "will cut order handling time by a third and free two people for customers",
    "will give the finance team a single, trusted view of cash every Monday morning",
    "will replace three spreadsheets with one system the auditors accept",
    "will reduce failed deliveries by a quarter within the first quarter",
    "will let the sales team quote in minutes instead of days",
};
// A contact's numbers in the country of their zone.
QString dialling(const QString &zone)
{
    static const QHash<QString, QString> codes {
        { QStringLiteral("Europe/Berlin"), QStringLiteral("+49 30") },
        { QStringLiteral("Europe/Vienna"), QStringLiteral("+43 1") },
        { QStringLiteral("Europe/London"), QStringLiteral("+44 20") },
        { QStringLiteral("Europe/Paris"), QStringLiteral("+33 1") },
        { QStringLiteral("America/New_York"), QStringLiteral("+1 212") },
        { QStringLiteral("Asia/Singapore"), QStringLiteral("+65 6") },
    };
    return codes.value(zone, QStringLiteral("+49 30"));
}
const char *const benefitsDe[] = {
    "verkürzt die Auftragsbearbeitung um ein Drittel und gibt zwei Mitarbeitern Zeit für Kunden",
    "gibt der Finanzabteilung jeden Montagmorgen einen verlässlichen Blick auf die Liquidität",
    "ersetzt drei Tabellen durch ein System, das die Prüfer akzeptieren",
    "senkt die Zahl der fehlgeschlagenen Zustellungen im ersten Quartal um ein Viertel",
    "lässt den Vertrieb Angebote in Minuten statt Tagen erstellen",
};
struct Agendas
{
    const char *discovery;
    const char *pricing;
    const char *proposal;
};
const Agendas agendasEn { "Discovery and next steps", "Pricing and rollout plan",
                          "Proposal walkthrough" };
const Agendas agendasDe { "Kennenlernen und nächste Schritte", "Preise und Einführungsplan",
                          "Besprechung des Angebots" };
const char *const zones[] = {
    "Europe/Berlin", "Europe/Berlin",    "Europe/Berlin", "Europe/London",
    "Europe/Paris",  "America/New_York", "Europe/Vienna", "Asia/Singapore"
};
const char *const currencies[] = { "EUR", "EUR", "EUR", "EUR", "USD", "GBP" };

template<size_t N> QString pick(QRandomGenerator &rng, const char *const (&items)[N])
{
    return QString::fromUtf8(items[rng.bounded(int(N))]);
}

enum class Scenario {
    Fresh,
    Engaged,
    AfterHeld,
    Silent2,
    Silent3,
    BreakupDue,
    Awaiting,
    PastRule,
    Lost,
    Won
};

Scenario pickScenario(QRandomGenerator &rng)
{
    // A working rep's pipeline: most deals engaged or in a pursuit, a few behind the rule.
    const int r = rng.bounded(100);
    if (r < 6)
        return Scenario::Fresh;
    if (r < 36)
        return Scenario::Engaged;
    if (r < 41)
        return Scenario::AfterHeld;
    if (r < 55)
        return Scenario::Silent2;
    if (r < 64)
        return Scenario::Silent3;
    if (r < 67)
        return Scenario::BreakupDue;
    if (r < 74)
        return Scenario::Awaiting;
    if (r < 77)
        return Scenario::PastRule;
    if (r < 90)
        return Scenario::Lost;
    return Scenario::Won;
}

} // namespace

Result<int> DemoGenerator::generate(int count, const QDateTime &now)
{
    if (count < 1 || count > 100000)
        return inputError(
            QStringLiteral("The demo has 1 to 100000 deals; %1 were asked for.").arg(count));
    QRandomGenerator rng(quint32(m_seed ^ (m_seed >> 32)));
    Settings settings = m_pipeline.settings();
    const WorkCalendar cal = settings.calendar();
    const CadenceEngine engine(settings.policy, cal);
    auto stages = m_pipeline.stages();
    if (!stages)
        return stages.error();
    if (stages->size() < 2)
        return refusal(QStringLiteral("The demo needs at least two stages."));

    // The rep's calendar as the demo fills it: the meetings placed on each of the rep's days.
    QHash<QDate, QList<Meeting>> booked;
    const auto clashes = [&](const QDateTime &t, int minutes) {
        const QList<Meeting> day = booked.value(cal.localDate(t));
        const QDateTime end = t.addSecs(qint64(minutes) * 60);
        return std::any_of(day.cbegin(), day.cend(),
                           [&](const Meeting &m) { return m.start < end && t < m.end(); });
    };
    // A slot days business days from t, free in the rep's calendar when one of a few tries is.
    const auto freeSlot = [&](const QString &tz, const QDateTime &t, int days) {
        QDateTime slot;
        for (int attempt = 0; attempt < 8; ++attempt) {
            slot = slotFrom(cal, rng, tz, t, days);
            if (booked.value(cal.localDate(slot)).size() > 32 || !clashes(slot, 45))
                break;
        }
        return slot;
    };
    // The meetings on the day a proposal lands: what it must not collide with (a proposal
    // pushed to another day is not taken). A day already fuller than a working day can hold (a
    // demo of thousands of deals) is left as it is: no slot there is free, and looking costs a
    // scan per half hour.
    const auto bookedAround = [&](const QDateTime &missed) {
        QList<Meeting> day =
            booked.value(cal.addBusinessDays(cal.localDate(missed), settings.policy.slotDays));
        if (day.size() > 32)
            day.clear();
        return day;
    };

    Status written = m_pipeline.writeHistory([&](HistoryWriter &history) -> Status {
        // A rep to sign the drafts, unless one is set already.
        for (const auto &[key, value] :
             { std::pair { QStringLiteral("rep.name"), QStringLiteral("Alex Morgan") },
               std::pair { QStringLiteral("rep.email"),
                           QStringLiteral("alex.morgan@ninetouch.example") },
               std::pair {
                   QStringLiteral("rep.signature"),
                   QStringLiteral(
                       "Alex Morgan\\nAccount Executive, NineTouch Demo\\n+49 30 5550 1234") } }) {
            if (Status s = history.setDefault(key, value); !s)
                return s;
        }

        for (int i = 0; i < count; ++i) {
            const Scenario scenario = pickScenario(rng);
            Deal d;
            d.contact.name = pick(rng, firstNames) + QLatin1Char(' ') + pick(rng, lastNames);
            d.organization = pick(rng, orgFirst) + QLatin1Char(' ') + pick(rng, orgSecond);
            const int productIndex = rng.bounded(int(std::size(products)));
            const QString product = QString::fromUtf8(products[productIndex]);
            d.title =
                product + QStringLiteral(" – ") + d.organization.section(QLatin1Char(' '), 0, 0);
            // ASCII addresses: accents dropped (García -> garcia), spaces to dots.
            QString local;
            for (const QChar c :
                 d.contact.name.normalized(QString::NormalizationForm_D).toLower()) {
                if (c == QLatin1Char(' '))
                    local += QLatin1Char('.');
                else if (c.unicode() < 0x80 && c.isLetter())
                    local += c;
            }
            d.contact.email = local + QStringLiteral("@")
                + d.organization.section(QLatin1Char(' '), 0, 0).toLower()
                + QStringLiteral(".example");
            d.contact.tz = pick(rng, zones);
            d.contact.language = d.contact.tz.startsWith(QLatin1String("Europe/Berlin"))
                    || d.contact.tz == QLatin1String("Europe/Vienna")
                ? QStringLiteral("de")
                : QStringLiteral("en");
            const bool german = d.contact.language == QLatin1String("de");
            const Agendas &agendas = german ? agendasDe : agendasEn;
            // What the emails call it: never the rep's internal title.
            d.topic =
                QString::fromUtf8(german ? productsDe[productIndex] : productsEn[productIndex]);
            const QString area = dialling(d.contact.tz);
            d.contact.phone = QStringLiteral("%1 %2").arg(area).arg(1000000 + rng.bounded(8999999));
            d.contact.mobile =
                QStringLiteral("%1 %2").arg(area).arg(1000000 + rng.bounded(8999999));
            d.contact.reception =
                QStringLiteral("%1 %2").arg(area).arg(100000 + rng.bounded(899999));
            d.currency = pick(rng, currencies);
            d.valueCents = qint64(2000 + rng.bounded(240) * 500) * 100;
            d.valueSummary = german
                ? QStringLiteral("%1 %2.").arg(QString::fromUtf8(productsDeSubject[productIndex]),
                                               pick(rng, benefitsDe))
                : QStringLiteral("%1 %2.").arg(d.topic.left(1).toUpper() + d.topic.mid(1),
                                               pick(rng, benefits));
            d.cost = rng.bounded(4) == 0 ? FollowUpCost::High : FollowUpCost::Low;
            d.materialDelivered = d.cost == FollowUpCost::High && rng.bounded(2);
            const int stageIndex = scenario == Scenario::Fresh ? 0
                : scenario == Scenario::Won                    ? int(stages->size()) - 1
                                            : 1 + rng.bounded(int(stages->size()) - 1);
            d.stageId = stages->at(stageIndex).id;
            // The present first, laid backwards from now so each scenario lands in its state:
            // when it began (present) and what it holds. Everything earlier ends before it.
            const int hop = settings.policy.slotDays;
            const int cycles = settings.policy.cycles;
            int misses = 0; // a pursuit: calls missed, one every hop business days
            bool breakup = false;
            int daysAgo = 0; // the break-up sent that many business days ago
            switch (scenario) {
            case Scenario::Silent2:
                misses = 1;
                break;
            case Scenario::Silent3:
                misses = 2;
                break;
            case Scenario::BreakupDue:
                misses = cycles;
                break;
            case Scenario::Awaiting:
                misses = cycles;
                breakup = true;
                daysAgo = rng.bounded(3);
                break;
            case Scenario::PastRule:
                misses = cycles;
                breakup = true;
                daysAgo = 8 + rng.bounded(10);
                break;
            case Scenario::Lost:
                misses = cycles;
                breakup = true;
                // One in five was lost about the re-engage delay ago: its task comes due in the
                // demo's first days, months after the loss as the method says.
                daysAgo = rng.bounded(5) == 0 ? settings.policy.reengageDays * 5 / 7
                        - settings.policy.deadlineDays + rng.bounded(8)
                                              : 20 + rng.bounded(60);
                break;
            default:
                break;
            }
            QDateTime present = now; // a fresh lead has only the present
            QDateTime meetingStart; // the present's first meeting
            QDateTime meetingSetAt; // when it was agreed
            if (misses > 0) {
                const bool last = misses >= cycles;
                // The last call missed one to hop business days ago: the next one is spread
                // over today and the days ahead, not all tomorrow.
                const int back = hop * (misses - 1) + (last ? 1 + daysAgo : 1 + rng.bounded(hop));
                meetingStart = freeSlot(d.contact.tz, now, -back);
                meetingSetAt = workedBefore(cal, meetingStart.addDays(-3));
                present = meetingSetAt;
            } else if (scenario == Scenario::Engaged) {
                meetingSetAt = workedBefore(cal, now.addDays(-rng.bounded(3)).addSecs(-3600));
                meetingStart = freeSlot(d.contact.tz, now, 1 + rng.bounded(6));
                present = meetingSetAt;
            } else if (scenario == Scenario::AfterHeld) {
                // Just talked: a meeting held earlier today, or on the last business day.
                const QDateTime earlier = now.addSecs(-3600 - 1800 * rng.bounded(6));
                meetingStart = rng.bounded(10) < 7 && earlier >= cal.workStart(cal.localDate(now))
                        && atWorkThere(d.contact.tz, earlier)
                    ? earlier
                    : slotFrom(cal, rng, d.contact.tz, now, -1);
                meetingSetAt = workedBefore(cal, meetingStart.addDays(-4));
                present = meetingSetAt;
            } else if (scenario == Scenario::Won) {
                d.status = DealStatus::Won;
                d.closedAt = workedBefore(cal, now.addDays(-rng.bounded(20)));
                present = d.closedAt;
            }
            // Fresh leads and deals right after a conversation are recent; the rest have a
            // longer history before the present began.
            const bool recent = scenario == Scenario::Fresh || scenario == Scenario::AfterHeld;
            const int rounds = scenario == Scenario::Fresh ? 0 : 1 + rng.bounded(3);
            d.createdAt = scenario == Scenario::Fresh
                ? std::min(now,
                           workingMoment(cal, rng,
                                         rng.bounded(10) < 7
                                             ? std::max(cal.workStart(cal.localDate(now)),
                                                        now.addSecs(-600 - rng.bounded(3 * 3600)))
                                             : now.addDays(-1).addSecs(-rng.bounded(3 * 3600))))
                : workedBefore(cal,
                               present
                                   .addDays(-(rounds * 7 + 1
                                              + (recent                    ? rng.bounded(6)
                                                     : rng.bounded(6) == 0 ? 60 + rng.bounded(90)
                                                                           : 3 + rng.bounded(30))))
                                   .addSecs(-rng.bounded(86400)));
            // Most deals moved stage recently; some have sat still for weeks.
            d.stageChangedAt = rng.bounded(4) == 0
                ? d.createdAt
                : std::min(
                    now,
                    workingMoment(cal, rng, std::max(d.createdAt, now.addDays(-rng.bounded(25)))));
            d.updatedAt = d.stageChangedAt;
            auto inserted = history.addDeal(d);
            if (!inserted)
                return inserted.error();
            const qint64 id = *inserted;
            Story story(history, cal, rng, id, d.contact.tz, now);
            story.bookInto(&booked);

            // Earlier conversations: held meetings with their preparation and notes, all over
            // (the note written, the weekend past) before the present began.
            QDateTime t = d.createdAt;
            for (int r = 0; r < rounds; ++r) {
                const QDateTime start = story.slot(t, 2 + rng.bounded(3));
                if (start.addDays(4) > present)
                    break;
                if (Status s = story.set(t, start, QString::fromUtf8(agendas.discovery), false); !s)
                    return s;
                if (Status s = story.prepare(t, true); !s)
                    return s;
                if (Status s = story.close(MeetingStatus::Held, start); !s)
                    return s;
                if (Status s = story.touch(TouchKind::MeetingHeld,
                                           start.addSecs(story.meeting().minutes * 60), {},
                                           story.meeting().minutes);
                    !s)
                    return s;
                if (Status s = story.touch(
                        TouchKind::Note, start.addSecs(3600),
                        QStringLiteral("Good call; they want numbers for their board."));
                    !s)
                    return s;
                t = start.addDays(1);
            }

            // The present, as planned above: a pursuit from meetingStart, `misses` calls missed
            // one every slotDays business days, so that the current meeting is ahead of now or
            // the break-up went out daysAgo business days ago.
            auto pursue = [&]() -> Status {
                QDateTime start = meetingStart;
                if (Status s =
                        story.set(meetingSetAt, start, QString::fromUtf8(agendas.proposal), false);
                    !s)
                    return s;
                if (Status s = story.prepare(meetingSetAt, true); !s)
                    return s;
                for (int m = 0; m < misses; ++m) {
                    if (Status s = story.close(MeetingStatus::Missed, start); !s)
                        return s;
                    Touch call;
                    call.kind = TouchKind::Call;
                    call.at = start.addSecs(60);
                    call.outcome = CallOutcome::Missed;
                    call.tried =
                        int(PhoneLine::Direct) | int(PhoneLine::Reception) | int(PhoneLine::Mobile);
                    if (Status s = story.touch(call); !s)
                        return s;
                    if (m == cycles - 1) {
                        if (breakup)
                            return story.touch(TouchKind::Breakup, start.addSecs(1800));
                        return success();
                    }
                    // The power of assumption, as the rule proposes it: same time of day,
                    // around the rep's other meetings where that stays on the day the rule
                    // names (the pursuit is planned day by day) and in the prospect's hours.
                    QDateTime next = engine.proposeSlot(story.meeting(), {}, hop);
                    const QDateTime around = engine.proposeSlot(
                        story.meeting(), bookedAround(story.meeting().start), hop);
                    if (around.isValid() && next.isValid()
                        && cal.localDate(around) == cal.localDate(next)
                        && atWorkThere(d.contact.tz, around))
                        next = around;
                    if (!next.isValid())
                        next = story.slot(start, hop);
                    if (Status s =
                            story.set(start.addSecs(600), next, story.meeting().agenda, true);
                        !s)
                        return s;
                    if (Status s = story.touch(TouchKind::MissedCall, start.addSecs(1200)); !s)
                        return s;
                    if (Status s = story.prepare(start.addSecs(1200), false); !s)
                        return s;
                    start = next;
                }
                return success();
            };

            Status s = success();
            switch (scenario) {
            case Scenario::Fresh:
            case Scenario::Won:
                break;
            case Scenario::AfterHeld: {
                s = story.set(meetingSetAt, meetingStart, QString::fromUtf8(agendas.discovery),
                              false);
                if (s)
                    s = story.prepare(meetingSetAt, true);
                if (s)
                    s = story.close(MeetingStatus::Held, meetingStart);
                if (s)
                    s = story.touch(TouchKind::MeetingHeld,
                                    meetingStart.addSecs(story.meeting().minutes * 60), {},
                                    story.meeting().minutes);
                break;
            }
            case Scenario::Engaged:
                s = story.set(meetingSetAt, meetingStart, QString::fromUtf8(agendas.pricing),
                              false);
                if (s)
                    s = story.prepare(meetingSetAt, true);
                break;
            case Scenario::Silent2:
            case Scenario::Silent3:
            case Scenario::BreakupDue:
            case Scenario::Awaiting:
            case Scenario::PastRule:
                s = pursue();
                break;
            case Scenario::Lost: {
                s = pursue();
                if (!s)
                    break;
                const auto written = m_pipeline.history(id);
                if (!written) {
                    s = written.error();
                    break;
                }
                Deal lost = written->deal;
                const Cadence c = engine.evaluate(*written, now);
                const QDateTime lostAt =
                    std::min(now,
                             workingMoment(cal, rng,
                                           c.deadline.isValid() && c.deadline < now
                                               ? c.deadline.addSecs(3600)
                                               : now.addDays(-1)));
                lost.status = DealStatus::Lost;
                lost.lostReason = Pipeline::breakupLostReason();
                lost.closedAt = lost.updatedAt = lostAt;
                s = history.updateDeal(lost);
                if (s)
                    s = story.touch(TouchKind::Lost, lostAt, lost.lostReason);
                if (s) {
                    Task task;
                    task.dealId = id;
                    // Due about 120 days after the loss (for one lost deal in five, that is in
                    // the demo's first days: see daysAgo above).
                    task.due = engine.reengageDue(lostAt, settings.policy.reengageDays);
                    auto t = history.addTask(task);
                    if (!t)
                        s = t.error();
                }
                break;
            }
            }
            if (!s)
                return s;
            if (scenario == Scenario::Won) {
                if (Status w = story.touch(TouchKind::Won, d.closedAt); !w)
                    return w;
            }
        }
        return success();
    });
    if (!written)
        return written.error();
    return count;
}

} // namespace NineTouch
