#include "drafts.h"

#include "names.h"

#include <QLocale>
#include <QTimeZone>

namespace NineTouch {

namespace {

const Meeting *scheduledMeeting(const DealHistory &h)
{
    for (const Meeting &m : h.meetings) {
        if (m.status == MeetingStatus::Scheduled)
            return &m;
    }
    return nullptr;
}

const Meeting *lastWith(const DealHistory &h, MeetingStatus status)
{
    const Meeting *found = nullptr;
    for (const Meeting &m : h.meetings) {
        if (m.status == status && (!found || m.start >= found->start))
            found = &m;
    }
    return found;
}

} // namespace

EmailMessage Draft::message(const QDateTime &now) const
{
    EmailMessage m { fromName, fromEmail, toName, toEmail, subject, body, now, {}, {} };
    if (invite) {
        if (auto ics = IcsWriter::write(*invite)) {
            m.calendar = *ics;
            m.calendarMethod = invite->method == Invite::Method::Cancel ? QStringLiteral("CANCEL")
                                                                        : QStringLiteral("REQUEST");
        }
    }
    return m;
}

const QList<StepKind> &DraftBuilder::emailSteps()
{
    static const QList<StepKind> all { StepKind::Recap, StepKind::Reminder, StepKind::MissedCall,
                                       StepKind::Breakup, StepKind::Reengage };
    return all;
}

QHash<QString, QString> DraftBuilder::values(const DealHistory &h, const Cadence &c, StepKind step,
                                             const QDateTime &now) const
{
    const Deal &d = h.deal;
    const Settings &s = m_pipeline.settings();
    const QLocale locale(d.contact.language);
    QTimeZone contactZone(d.contact.tz.toUtf8());
    if (!contactZone.isValid())
        contactZone = s.zone();
    auto date = [&](const QDateTime &t) {
        return locale.toString(t.toTimeZone(contactZone).date(), QLocale::LongFormat);
    };
    auto time = [&](const QDateTime &t) {
        return locale.toString(t.toTimeZone(contactZone).time(), QLocale::ShortFormat);
    };
    auto zone = [&](const QDateTime &t) {
        // "CET" reads better than "GMT+1"; numeric abbreviations ("+08") are not names.
        const QString name = contactZone.displayName(t, QTimeZone::ShortName, locale);
        const QString abbreviation = contactZone.abbreviation(t);
        const bool alphabetic = !abbreviation.isEmpty() && abbreviation.at(0).isLetter();
        return name.startsWith(QLatin1String("GMT")) && alphabetic ? abbreviation : name;
    };

    QHash<QString, QString> v;
    v.insert(QStringLiteral("contact.first_name"), d.contact.firstName());
    v.insert(QStringLiteral("contact.name"), d.contact.name);
    v.insert(QStringLiteral("contact.email"), d.contact.email);
    v.insert(QStringLiteral("organization.name"), d.organization);
    v.insert(QStringLiteral("deal.title"), d.title);
    v.insert(QStringLiteral("deal.value_summary"), d.valueSummary);
    v.insert(QStringLiteral("rep.name"), s.repName);
    v.insert(QStringLiteral("rep.email"), s.repEmail);
    v.insert(QStringLiteral("rep.signature"),
             s.repSignature.isEmpty() ? s.repName : s.repSignature);

    const Meeting *next = scheduledMeeting(h);
    const Meeting *missed = lastWith(h, MeetingStatus::Missed);
    // After a missed call the scheduled meeting is the proposed slot, and the agenda carries over.
    const Meeting *meeting = next ? next : (step == StepKind::MissedCall ? missed : nullptr);
    if (meeting) {
        v.insert(QStringLiteral("meeting.date"), date(meeting->start));
        v.insert(QStringLiteral("meeting.time"), time(meeting->start));
        v.insert(QStringLiteral("meeting.timezone"), zone(meeting->start));
        v.insert(QStringLiteral("meeting.agenda"), meeting->agenda);
    }
    if (missed) {
        v.insert(QStringLiteral("meeting.missed_date"), date(missed->start));
        v.insert(QStringLiteral("meeting.missed_time"), time(missed->start));
    }
    if (next && missed) {
        v.insert(QStringLiteral("slot.date"), date(next->start));
        v.insert(QStringLiteral("slot.time"), time(next->start));
        v.insert(QStringLiteral("slot.timezone"), zone(next->start));
    }
    // The deadline a break-up states: the one already sent, or the one it would set now.
    const CadencePolicy policy = d.policy.appliedTo(s.policy);
    const QDateTime deadline = c.deadline.isValid()
        ? c.deadline
        : m_pipeline.engine().decisionDeadline(now, policy.deadlineDays);
    v.insert(QStringLiteral("decision.deadline"),
             locale.toString(deadline.toTimeZone(contactZone).date(), QLocale::LongFormat));
    return v;
}

Result<Draft> DraftBuilder::build(qint64 dealId, StepKind step, const QDateTime &now) const
{
    auto d = m_pipeline.deal(dealId);
    if (!d)
        return d.error();
    auto tpl = m_templates.get(step, d->contact.language);
    if (!tpl)
        return tpl.error();
    return build(dealId, *tpl, now);
}

Result<Draft> DraftBuilder::build(qint64 dealId, const EmailTemplate &tpl,
                                  const QDateTime &now) const
{
    if (!emailSteps().contains(tpl.step))
        return inputError(
            tr("There is no email for the step '%1'; drafts exist for recap, reminder, "
               "missed-call, breakup and reengage.")
                .arg(toString(tpl.step)));
    auto h = m_pipeline.history(dealId);
    if (!h)
        return h.error();
    const Cadence c = m_pipeline.engine().evaluate(*h, now);
    const auto values = this->values(*h, c, tpl.step, now);
    const Settings &s = m_pipeline.settings();

    Draft draft;
    draft.dealId = dealId;
    draft.step = tpl.step;
    draft.language = tpl.language;
    draft.fromName = s.repName;
    draft.fromEmail = s.repEmail;
    draft.toName = h->deal.contact.name;
    draft.toEmail = h->deal.contact.email;
    const Rendered subject = TemplateRenderer::render(tpl.subject, values, tr("subject"));
    const Rendered body = TemplateRenderer::render(tpl.body, values, tr("body"));
    draft.subject = subject.text;
    draft.body = body.text;
    // The rule's own problems first: they say best what to do.
    if (s.repEmail.isEmpty())
        draft.problems << tr("Your email address is not set: add it in the settings.");
    if (tpl.step == StepKind::Breakup) {
        // Cost, value, action: never an empty "just checking in".
        if (h->deal.valueSummary.trimmed().isEmpty())
            draft.problems << tr(
                "A break-up email restates the value: add the deal's value summary first.");
        else if (!tpl.body.contains(QLatin1String("deal.value_summary")))
            draft.problems << tr(
                "A break-up email restates the value: put {{deal.value_summary}} in it.");
        if (!tpl.body.contains(QLatin1String("decision.deadline"))
            && !tpl.subject.contains(QLatin1String("decision.deadline")))
            draft.problems << tr("A break-up email asks for a decision by a deadline: put "
                                 "{{decision.deadline}} in it.");
    }
    draft.problems << subject.problems << body.problems;
    // Invite steps carry the invite; a break-up that called a meeting off carries its CANCEL.
    if (tpl.step == StepKind::Recap || tpl.step == StepKind::MissedCall) {
        if (auto inv = invite(dealId, Invite::Method::Request, now))
            draft.invite = *inv;
    } else if (tpl.step == StepKind::Breakup) {
        if (auto inv = invite(dealId, Invite::Method::Cancel, now))
            draft.invite = *inv;
    }
    return draft;
}

Result<Invite> DraftBuilder::invite(qint64 dealId, Invite::Method method,
                                    const QDateTime &now) const
{
    auto h = m_pipeline.history(dealId);
    if (!h)
        return h.error();
    const Meeting *m = scheduledMeeting(*h);
    if (method == Invite::Method::Cancel && !m)
        m = lastWith(*h, MeetingStatus::Cancelled);
    if (!m)
        return refusal(method == Invite::Method::Request
                           ? tr("Deal %1 has no meeting scheduled: set one first.").arg(dealId)
                           : tr("Deal %1 has no meeting to cancel.").arg(dealId));
    const Settings &s = m_pipeline.settings();
    const auto found = m_templates.get(StepKind::Invite, h->deal.contact.language);
    if (!found)
        return found.error();
    const EmailTemplate &tpl = *found;
    const Cadence c = m_pipeline.engine().evaluate(*h, now);
    auto v = values(*h, c, StepKind::Invite, now);
    // An invite never shows a raw placeholder: without an agenda it names the deal.
    v.insert(QStringLiteral("meeting.agenda"), m->agenda.isEmpty() ? h->deal.title : m->agenda);

    Invite inv;
    inv.method = method;
    inv.uid = m->uid;
    // A CANCEL must outrank everything the prospect has seen: the cancelled meeting's
    // sequence was raised when it was called off.
    inv.sequence = m->sequence;
    inv.start = m->start;
    inv.minutes = m->minutes;
    inv.summary = TemplateRenderer::render(tpl.subject, v, tr("invite subject")).text;
    inv.description = TemplateRenderer::render(tpl.body, v, tr("invite text")).text;
    inv.organizerName = s.repName;
    inv.organizerEmail = s.repEmail;
    inv.attendeeName = h->deal.contact.name;
    inv.attendeeEmail = h->deal.contact.email;
    inv.stamp = now;
    return inv;
}

} // namespace NineTouch
