#include "jsonview.h"

#include "names.h"
#include "prospectformat.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

namespace NineTouch {

QString JsonView::repTime(const QDateTime &t) const
{
    if (!t.isValid())
        return {};
    return t.toTimeZone(m_pipeline.settings().zone()).toString(Qt::ISODate);
}

QJsonValue JsonView::money(qint64 cents)
{
    if (cents % 100 == 0)
        return QJsonValue(double(cents / 100));
    return QJsonValue(double(cents) / 100.0);
}

QString JsonView::moneyText(qint64 cents, const QString &currency)
{
    const QLocale c = QLocale::c();
    return c.toString(double(cents) / 100.0, 'f', cents % 100 ? 2 : 0) + QLatin1Char(' ')
        + currency;
}

QStringList JsonView::triedNames(int tried)
{
    QStringList lines;
    if (tried & int(PhoneLine::Direct))
        lines << QStringLiteral("direct");
    if (tried & int(PhoneLine::Reception))
        lines << QStringLiteral("reception");
    if (tried & int(PhoneLine::Mobile))
        lines << QStringLiteral("mobile");
    return lines;
}

QString JsonView::meetingTime(const QDateTime &t, const DealHistory &h, qint64 meetingId) const
{
    for (const Meeting &m : h.meetings) {
        if (m.id == meetingId)
            return t.toTimeZone(QTimeZone(m.tz.toUtf8())).toString(Qt::ISODate);
    }
    return repTime(t);
}

QString JsonView::noteOf(const Touch &t, const DealHistory &h) const
{
    // The note as scripts have always read it: a meeting's start, the numbers tried.
    if (!t.note.isEmpty())
        return t.note;
    if (t.slot.isValid())
        return meetingTime(t.slot, h, t.meetingId);
    if (t.isMissedCall() && t.tried)
        return QStringLiteral("Tried: ") + triedNames(t.tried).join(QLatin1Char(','));
    return {};
}

QJsonObject JsonView::step(const Step &s) const
{
    QJsonObject o { { QStringLiteral("kind"), toString(s.kind) },
                    { QStringLiteral("due"), repTime(s.due) } };
    if (s.cancel)
        o.insert(QStringLiteral("method"), QStringLiteral("cancel"));
    return o;
}

QJsonObject JsonView::cadence(const Cadence &c) const
{
    QJsonArray steps;
    for (const Step &s : c.steps)
        steps.append(step(s));
    const auto next = c.nextStep();
    QJsonObject o {
        { QStringLiteral("state"), toString(c.state) },
        { QStringLiteral("cycle"), c.cycle },
        { QStringLiteral("cycles"), c.cycles },
        { QStringLiteral("touches"), c.touches },
        { QStringLiteral("max_touches"), c.maxTouches },
        { QStringLiteral("next_step"),
          next ? QJsonValue(step(*next)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("recommendation"), c.recommendation },
        { QStringLiteral("steps"), steps },
        { QStringLiteral("breakup_now"), c.breakupNow },
        { QStringLiteral("stale"), c.stale },
        { QStringLiteral("missed_calls"), c.missedCalls },
        { QStringLiteral("effort"),
          QJsonObject { { QStringLiteral("touches"), c.effort.touches },
                        { QStringLiteral("call_attempts"), c.effort.callAttempts },
                        { QStringLiteral("call_minutes"), c.effort.callMinutes },
                        { QStringLiteral("meetings_held"), c.effort.meetingsHeld },
                        { QStringLiteral("stakeholders"), c.effort.stakeholders } } },
    };
    o.insert(QStringLiteral("deadline"),
             c.deadline.isValid() ? QJsonValue(repTime(c.deadline)) : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject JsonView::deal(const DealHistory &h, const Cadence &c) const
{
    const Deal &d = h.deal;
    QJsonValue next(QJsonValue::Null);
    for (const Meeting &m : h.meetings) {
        if (m.status != MeetingStatus::Scheduled)
            continue;
        next = QJsonObject {
            { QStringLiteral("start"),
              m.start.toTimeZone(QTimeZone(m.tz.toUtf8())).toString(Qt::ISODate) },
            { QStringLiteral("tz"), m.tz },
            { QStringLiteral("agenda"), m.agenda },
            { QStringLiteral("uid"), m.uid },
            { QStringLiteral("sequence"), m.sequence },
            { QStringLiteral("minutes"), m.minutes },
            { QStringLiteral("channel"), toString(m.channel) },
        };
    }
    QJsonArray timeline;
    for (const Touch &t : h.touches) {
        QJsonObject o { { QStringLiteral("kind"), toString(t.kind) },
                        { QStringLiteral("at"), repTime(t.at) },
                        { QStringLiteral("note"), noteOf(t, h) } };
        if (t.outcome != CallOutcome::None)
            o.insert(QStringLiteral("outcome"), toString(t.outcome));
        if (t.tried)
            o.insert(QStringLiteral("tried"), QJsonArray::fromStringList(triedNames(t.tried)));
        if (t.slot.isValid())
            o.insert(QStringLiteral("slot"), meetingTime(t.slot, h, t.meetingId));
        if (t.proposed)
            o.insert(QStringLiteral("proposed"), true);
        if (!t.messageId.isEmpty())
            o.insert(QStringLiteral("message_id"), t.messageId);
        if (!t.body.isEmpty())
            o.insert(QStringLiteral("text"), t.body);
        if (t.rep && t.rep != m_pipeline.me())
            o.insert(QStringLiteral("by"), m_pipeline.loginOf(t.rep)); // recorded by another rep
        timeline.append(o);
    }
    QJsonObject overrides;
    if (d.policy.cycles)
        overrides.insert(QStringLiteral("cycles"), *d.policy.cycles);
    if (d.policy.reminderDays)
        overrides.insert(QStringLiteral("reminder_days"), *d.policy.reminderDays);
    if (d.policy.deadlineDays)
        overrides.insert(QStringLiteral("deadline_days"), *d.policy.deadlineDays);
    if (d.policy.reengageDays)
        overrides.insert(QStringLiteral("reengage_days"), *d.policy.reengageDays);
    if (d.policy.slotDays)
        overrides.insert(QStringLiteral("slot_days"), *d.policy.slotDays);
    QJsonObject o {
        { QStringLiteral("id"), d.id },
        { QStringLiteral("title"), d.title },
        { QStringLiteral("topic"), d.prospectTopic() },
        { QStringLiteral("organization"), d.organization },
        { QStringLiteral("stage"), d.stage },
        { QStringLiteral("status"), toString(d.status) },
        { QStringLiteral("lost_reason"), d.lostReason },
        { QStringLiteral("value"), money(d.valueCents) },
        { QStringLiteral("currency"), d.currency },
        { QStringLiteral("value_summary"), d.valueSummary },
        { QStringLiteral("cost"), toString(d.cost) },
        { QStringLiteral("material_delivered"), d.materialDelivered },
        { QStringLiteral("external_ref"), d.externalRef },
        { QStringLiteral("policy_overrides"), overrides },
        { QStringLiteral("contact"),
          QJsonObject { { QStringLiteral("name"), d.contact.name },
                        { QStringLiteral("email"), d.contact.email },
                        { QStringLiteral("tz"),
                          d.contact.tz.isEmpty()
                              ? QString::fromUtf8(m_pipeline.settings().zone().id())
                              : d.contact.tz },
                        { QStringLiteral("phone"), d.contact.phone },
                        { QStringLiteral("mobile"), d.contact.mobile },
                        { QStringLiteral("reception"), d.contact.reception },
                        { QStringLiteral("language"), d.contact.language },
                        { QStringLiteral("first_name"), d.contact.greetingName() },
                        { QStringLiteral("region"), d.contact.region },
                        { QStringLiteral("salutation"), d.contact.salutation },
                        { QStringLiteral("address"),
                          d.contact.address == AddressForm::Usual ? QStringLiteral("usual")
                                                                  : toString(d.contact.address) },
                        { QStringLiteral("greeting"), ProspectFormat::greeting(d.contact) },
                        { QStringLiteral("bounced"), d.contact.bounced } } },
        { QStringLiteral("next_meeting"), next },
        { QStringLiteral("cadence"), cadence(c) },
        { QStringLiteral("timeline"), timeline },
    };
    addOwner(o, d.owner);
    return o;
}

void JsonView::addOwner(QJsonObject &o, qint64 owner) const
{
    if (m_pipeline.scope() != Pipeline::Scope::Team)
        return;
    o.insert(QStringLiteral("owner"), m_pipeline.loginOf(owner));
    o.insert(QStringLiteral("mine"), owner == m_pipeline.me());
}

QJsonObject JsonView::report(const PipelineReport &r) const
{
    QJsonObject currencies;
    for (auto it = r.currencies.cbegin(); it != r.currencies.cend(); ++it) {
        QJsonObject byState;
        for (CadenceState s :
             { CadenceState::Engaged, CadenceState::Silent, CadenceState::AwaitingDecision,
               CadenceState::PastRule, CadenceState::NoMeeting }) {
            const StateTotal t = it->byState.value(s);
            byState.insert(toString(s),
                           QJsonObject { { QStringLiteral("count"), t.count },
                                         { QStringLiteral("value"), money(t.valueCents) } });
        }
        currencies.insert(it.key(),
                          QJsonObject { { QStringLiteral("open_value"), money(it->openCents) },
                                        { QStringLiteral("by_state"), byState } });
    }
    QJsonArray stale;
    for (qint64 id : r.staleDeals)
        stale.append(id);
    return QJsonObject { { QStringLiteral("currencies"), currencies },
                         { QStringLiteral("stale_deals"), stale },
                         { QStringLiteral("open_deals"), r.openDeals } };
}

QString JsonView::ownerText(qint64 owner) const
{
    if (m_pipeline.scope() != Pipeline::Scope::Team || owner == m_pipeline.me())
        return QString();
    return QStringLiteral("  owner: ") + m_pipeline.loginOf(owner);
}

QString JsonView::line(const DealCard &d, const Cadence &c) const
{
    const auto next = c.nextStep();
    return QStringLiteral("#%1  %2  %3  [%4]  %5  %6  cycle %7/%8 · touch %9/%10%11%12")
        .arg(d.id)
        .arg(d.title, d.organization, d.stage, toString(c.state),
             moneyText(d.valueCents, d.currency))
        .arg(c.cycle)
        .arg(c.cycles)
        .arg(c.touches)
        .arg(c.maxTouches)
        .arg(next ? QStringLiteral("  next: %1 %2").arg(toString(next->kind), repTime(next->due))
                  : QString(),
             ownerText(d.owner));
}

QString JsonView::text(const DealHistory &h, const Cadence &c) const
{
    const Deal &d = h.deal;
    QString out;
    out += QStringLiteral("#%1 %2\n").arg(d.id).arg(d.title);
    out += tr("  Organization: %1\n  Contact: %2 <%3>  %4\n")
               .arg(d.organization, d.contact.name, d.contact.email, d.contact.tz);
    if (!d.contact.bounced.isEmpty())
        out += tr("  The address bounced: %1\n").arg(d.contact.bounced);
    out += tr("  Stage: %1   Status: %2   Value: %3\n")
               .arg(d.stage, toString(d.status), moneyText(d.valueCents, d.currency));
    if (!d.valueSummary.isEmpty())
        out += tr("  Value summary: %1\n").arg(d.valueSummary);
    out += tr("  Cadence: %1, cycle %2/%3, touch %4/%5\n")
               .arg(toString(c.state))
               .arg(c.cycle)
               .arg(c.cycles)
               .arg(c.touches)
               .arg(c.maxTouches);
    out += tr("  Recommendation: %1\n").arg(c.recommendation);
    for (const Meeting &m : h.meetings) {
        if (m.status == MeetingStatus::Scheduled)
            out += tr("  Next meeting: %1 (%2 min, %3) %4\n")
                       .arg(m.start.toTimeZone(QTimeZone(m.tz.toUtf8())).toString(Qt::ISODate))
                       .arg(m.minutes)
                       .arg(m.tz, m.agenda);
    }
    for (const Step &s : c.steps)
        out += tr("  Due: %1 at %2%3\n")
                   .arg(toString(s.kind), repTime(s.due),
                        s.cancel ? QStringLiteral(" (cancel)") : QString());
    out += tr("  Timeline:\n");
    for (const Touch &t : h.touches) {
        QString line =
            QStringLiteral("    %1  %2  %3").arg(repTime(t.at), toString(t.kind), noteOf(t, h));
        if (t.rep && t.rep != m_pipeline.me())
            line += tr("  (by %1)").arg(m_pipeline.loginOf(t.rep));
        out += line + QLatin1Char('\n');
    }
    return out;
}

QString JsonView::reportText(const PipelineReport &r) const
{
    QString out = tr("Honest pipeline: %1 open deals\n").arg(r.openDeals);
    for (auto it = r.currencies.cbegin(); it != r.currencies.cend(); ++it) {
        out += QStringLiteral("%1  open %2\n").arg(it.key(), moneyText(it->openCents, it.key()));
        for (CadenceState s :
             { CadenceState::Engaged, CadenceState::Silent, CadenceState::AwaitingDecision,
               CadenceState::PastRule, CadenceState::NoMeeting }) {
            const StateTotal t = it->byState.value(s);
            out += QStringLiteral("  %1 %2 deals  %3\n")
                       .arg(toString(s), -18)
                       .arg(t.count, 5)
                       .arg(moneyText(t.valueCents, it.key()));
        }
    }
    out += tr("Stale (30+ days without a stage change, reply or meeting): %1 deals\n")
               .arg(r.staleDeals.size());
    return out;
}

} // namespace NineTouch
