#include "drafts.h"

#include "languageguess.h"
#include "names.h"
#include "prospectformat.h"

#include <QLocale>
#include <QTimeZone>

namespace NineTouch {

namespace {

// Whether the template's subject or body names the placeholder.
bool uses(const EmailTemplate &tpl, const char *placeholder)
{
    return tpl.body.contains(QLatin1String(placeholder))
        || tpl.subject.contains(QLatin1String(placeholder));
}

// The value summary ends a sentence in the email: one typed without its full stop gets one.
QString asSentence(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return t;
    // Look past closing quotes and brackets: 'as they said: "fast."' ends a sentence already.
    static const QString closers = QStringLiteral("\"')]»«“”’");
    qsizetype end = t.size();
    while (end > 1 && closers.contains(t.at(end - 1)))
        --end;
    static const QString stops = QStringLiteral(".!?…");
    return stops.contains(t.at(end - 1)) ? t : t + QLatin1Char('.');
}

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

// The last touch of a kind for a meeting (or any meeting when meetingId is 0).
const Touch *lastTouch(const DealHistory &h, TouchKind kind, qint64 meetingId = 0)
{
    const Touch *found = nullptr;
    for (const Touch &t : h.touches) {
        if (t.kind == kind && (meetingId == 0 || t.meetingId == meetingId))
            found = &t;
    }
    return found;
}

// A subject is a sentence: it starts with a capital even when a value leads it ("the fleet
// tracking rollout: worth another look?").
QString capitalized(QString text)
{
    if (!text.isEmpty() && text.at(0).isLower())
        text[0] = text.at(0).toUpper();
    return text;
}

QTimeZone zoneOf(const Meeting &m, const QTimeZone &fallback)
{
    const QTimeZone z(m.tz.toUtf8());
    return z.isValid() ? z : fallback;
}

} // namespace

bool Draft::ready() const
{
    return std::none_of(problems.cbegin(), problems.cend(),
                        [](const Problem &p) { return p.blocking; });
}

QStringList Draft::problemTexts(bool blocking) const
{
    QStringList texts;
    for (const Problem &p : problems) {
        if (p.blocking == blocking)
            texts << p.text;
    }
    return texts;
}

EmailMessage Draft::message(const QDateTime &now) const
{
    EmailMessage m { fromName, fromEmail, toName, toEmail, subject, body, now, {}, {}, {}, true };
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
    const ProspectFormat format(d.contact, s);

    QHash<QString, QString> v;
    v.insert(QStringLiteral("contact.greeting"), ProspectFormat::greeting(d.contact));
    v.insert(QStringLiteral("contact.first_name"), d.contact.greetingName());
    v.insert(QStringLiteral("contact.name"), d.contact.name);
    v.insert(QStringLiteral("contact.email"), d.contact.email);
    v.insert(QStringLiteral("organization.name"), d.organization);
    v.insert(QStringLiteral("deal.title"), d.title);
    v.insert(QStringLiteral("deal.topic"), d.prospectTopic());
    v.insert(QStringLiteral("deal.value_summary"), asSentence(d.valueSummary));
    if (d.valueCents > 0)
        v.insert(QStringLiteral("deal.value"), format.money(d.valueCents, d.currency));
    v.insert(QStringLiteral("invite.note"), format.inviteNote(step == StepKind::MissedCall, true));
    v.insert(QStringLiteral("rep.name"), s.repName);
    v.insert(QStringLiteral("rep.email"), s.repEmail);
    v.insert(QStringLiteral("rep.signature"),
             s.repSignature.isEmpty() ? s.repName : s.repSignature);

    // Every time is the meeting's, in its own zone; the computer's zone never shows.
    const Meeting *next = scheduledMeeting(h);
    const Meeting *missed = lastWith(h, MeetingStatus::Missed);
    // After a missed call the scheduled meeting is the proposed slot, and the agenda carries over.
    const Meeting *meeting = next ? next : (step == StepKind::MissedCall ? missed : nullptr);
    if (meeting) {
        const QTimeZone zone = zoneOf(*meeting, format.contactZone());
        v.insert(QStringLiteral("meeting.date"), format.date(meeting->start, zone));
        v.insert(QStringLiteral("meeting.time"), format.time(meeting->start, zone));
        v.insert(QStringLiteral("meeting.timezone"), format.zoneName(meeting->start, zone));
        v.insert(QStringLiteral("meeting.agenda"), meeting->agenda);
        v.insert(QStringLiteral("meeting.kind"), format.meetingKind(meeting->channel));
        v.insert(QStringLiteral("meeting.how"), format.meetingHow(meeting->channel, s.repName));
        v.insert(QStringLiteral("meeting.promise"), format.meetingPromise(meeting->channel));
        // When it was agreed (the conversation a recap thanks for).
        for (const Touch &t : h.touches) {
            if (t.kind == TouchKind::MeetingSet && t.meetingId == meeting->id) {
                v.insert(QStringLiteral("meeting.agreed_day"),
                         format.dayFromNow(t.at, now, format.contactZone()));
                break;
            }
        }
    }
    if (missed) {
        const QTimeZone zone = zoneOf(*missed, format.contactZone());
        v.insert(QStringLiteral("meeting.missed_date"), format.date(missed->start, zone));
        v.insert(QStringLiteral("meeting.missed_time"), format.time(missed->start, zone));
        // "today" only on the day of the call: an email written the next morning says so.
        v.insert(QStringLiteral("meeting.missed_day"),
                 format.dayFromNow(missed->start, now, format.contactZone()));
    }
    if (next && missed) {
        const QTimeZone zone = zoneOf(*next, format.contactZone());
        v.insert(QStringLiteral("slot.date"), format.date(next->start, zone));
        v.insert(QStringLiteral("slot.time"), format.time(next->start, zone));
        v.insert(QStringLiteral("slot.timezone"), format.zoneName(next->start, zone));
    }
    // A missed-call email opened while the call is still ahead cannot go out, but its preview
    // reads as it would after that call: missed at its time, the slot the rule would propose.
    if (step == StepKind::MissedCall && next && next->start > now
        && (!missed || missed->start < next->start) && !whyNotNow(h, c, step, now).isEmpty()) {
        const QTimeZone zone = zoneOf(*next, format.contactZone());
        v.insert(QStringLiteral("meeting.missed_date"), format.date(next->start, zone));
        v.insert(QStringLiteral("meeting.missed_time"), format.time(next->start, zone));
        v.insert(QStringLiteral("meeting.missed_day"),
                 format.dayFromNow(next->start, next->start, format.contactZone()));
        if (auto slot = m_pipeline.proposedSlot(d.id); slot && slot->isValid()) {
            v.insert(QStringLiteral("slot.date"), format.date(*slot, zone));
            v.insert(QStringLiteral("slot.time"), format.time(*slot, zone));
            v.insert(QStringLiteral("slot.timezone"), format.zoneName(*slot, zone));
        }
    }
    // The deadline a break-up states: the one already sent, or the one it would set now.
    const CadencePolicy policy = d.policy.appliedTo(s.policy);
    const QDateTime deadline = c.deadline.isValid()
        ? c.deadline
        : m_pipeline.engine().decisionDeadline(now, policy.deadlineDays);
    // The rule's day, in the prospect's words: the deadline ends the rep's working day, which
    // in Singapore is already the next morning; "by Thursday" there still means that Thursday.
    v.insert(QStringLiteral("decision.deadline"),
             format.date(deadline, m_pipeline.engine().calendar().zone()));
    return v;
}

QString DraftBuilder::whyNotNow(const DealHistory &h, const Cadence &c, StepKind step,
                                const QDateTime &now) const
{
    const Deal &d = h.deal;
    const WorkCalendar &cal = m_pipeline.engine().calendar();
    const QDateTime endOfToday =
        QDateTime(cal.localDate(now).addDays(1), QTime(0, 0), cal.zone()).toUTC();
    const auto pending = std::find_if(c.steps.cbegin(), c.steps.cend(), [step](const Step &s) {
        return s.kind == step && !s.cancel;
    });
    const bool isPending = pending != c.steps.cend();
    const QLocale locale;
    const auto when = [&](const QDateTime &t) {
        return locale.toString(cal.toLocal(t), QStringLiteral("dddd d MMMM, HH:mm"));
    };
    if (isPending && pending->due < endOfToday)
        return {};
    if (isPending)
        return tr("Not yet: this email is due on %1.").arg(when(pending->due));

    if (step == StepKind::Reengage)
        return d.status == DealStatus::Lost
            ? tr("There is no re-engage task open for this deal.")
            : tr("A re-engage email is for a lost deal, months after it was lost.");
    if (d.status != DealStatus::Open)
        return d.status == DealStatus::Won ? tr("The deal is won: there is nothing to chase.")
                                           : tr("The deal is lost: reopen it first.");
    const Meeting *next = scheduledMeeting(h);
    switch (step) {
    case StepKind::Recap:
        if (!next)
            return tr("There is no meeting to recap: set the next meeting first.");
        if (const Touch *sent = lastTouch(h, TouchKind::Recap, next->id))
            return tr("The recap for this meeting was sent on %1.").arg(when(sent->at));
        if (now >= next->start)
            return tr("The meeting has started: a recap is no longer useful.");
        return tr("This meeting was proposed in the missed-call email, which already stated it.");
    case StepKind::Reminder:
        if (!next)
            return tr("There is no meeting to remind of: set the next meeting first.");
        if (const Touch *sent = lastTouch(h, TouchKind::Reminder, next->id))
            return tr("The reminder for this meeting was sent on %1.").arg(when(sent->at));
        if (now >= next->start)
            return tr("The meeting has started: a reminder is no longer useful.");
        return tr("The meeting is too close for a reminder: call at the agreed time.");
    case StepKind::MissedCall: {
        // The last missed call, and whether its email went out.
        const Touch *miss = nullptr;
        for (const Touch &t : h.touches) {
            if (t.isMissedCall())
                miss = &t;
        }
        const Touch *email = lastTouch(h, TouchKind::MissedCall);
        if (miss && email && email->at >= miss->at)
            return tr("No call was missed since the last missed-call email (%1).")
                .arg(when(email->at));
        if (next && now < next->start)
            return tr("The call is still ahead (%1): a missed-call email is for a call that was "
                      "missed.")
                .arg(when(next->start));
        return tr("No call was missed since the last missed-call email.");
    }
    case StepKind::Breakup:
        if (c.deadline.isValid())
            return tr("The break-up email was already sent; the prospect has until %1 to "
                      "decide.")
                .arg(when(c.deadline));
        // An early break-up, while a pursuit runs: its email says the rep tried to reach the
        // prospect, so at least one call went unanswered since the last sign of life.
        if (c.cycle > 0 && c.missedCalls > 0)
            return {};
        if (c.cycle > 0)
            return tr("The prospect has not missed a call since they last answered: a break-up "
                      "email says you tried to reach them. Call at the agreed time first.");
        return tr("No pursuit is running (the prospect answered, or no meeting was set since): a "
                  "break-up email is only for a prospect who has not answered.");
    default:
        break;
    }
    return {};
}

Result<DueEmail> DraftBuilder::dueEmail(qint64 dealId, const QDateTime &now) const
{
    auto h = m_pipeline.history(dealId);
    if (!h)
        return h.error();
    const Cadence c = m_pipeline.engine().evaluate(*h, now);
    for (const Step &s : c.steps) {
        if (emailSteps().contains(s.kind) && whyNotNow(*h, c, s.kind, now).isEmpty())
            return DueEmail { s.kind, {} };
    }
    if (pendingInvite(c))
        return DueEmail { std::nullopt,
                          tr("The calendar invite has not gone out yet: this email carries it. "
                             "Send it, or save the .ics and attach it to an email of your own."),
                          true };
    const QString advice = m_pipeline.engine().recommend(c, h->deal.lostReason);
    return DueEmail { std::nullopt, tr("Nothing to send now. %1").arg(advice) };
}

const Step *DraftBuilder::pendingInvite(const Cadence &c)
{
    const auto found = std::find_if(c.steps.cbegin(), c.steps.cend(),
                                    [](const Step &s) { return s.kind == StepKind::Invite; });
    return found == c.steps.cend() ? nullptr : &*found;
}

Draft DraftBuilder::base(const DealHistory &h) const
{
    const Settings &s = m_pipeline.settings();
    Draft draft;
    draft.dealId = h.deal.id;
    draft.fromName = s.repName;
    draft.fromEmail = s.repEmail;
    draft.toName = h.deal.contact.name;
    draft.toEmail = h.deal.contact.email;
    draft.language = h.deal.contact.language;
    if (s.repEmail.isEmpty())
        draft.problems << Problem { tr("Your email address is not set: add it in the settings."),
                                    Field::RepEmail, true };
    // A bounce said the address does not take mail: correct it first (that clears the flag).
    if (!h.deal.contact.bounced.isEmpty())
        draft.problems << Problem { tr("%1 bounced (%2): correct the contact's address.")
                                        .arg(h.deal.contact.email, h.deal.contact.bounced),
                                    Field::Email, true };
    return draft;
}

QList<Problem> DraftBuilder::languageProblems(const DealHistory &h, const EmailTemplate &tpl,
                                              const QString &body) const
{
    QList<Problem> out;
    const QString language = h.deal.contact.language;
    const QString reader = h.deal.contact.name;
    const QString languageName = languageLabel(language);
    if (uses(tpl, "deal.value_summary")
        && LanguageGuess::looksLikeAnotherLanguage(h.deal.valueSummary, language))
        out << Problem { tr("The value summary does not read as %1, the language %2 reads.")
                             .arg(languageName, reader),
                         Field::ValueSummary, false };
    if (uses(tpl, "meeting.agenda")) {
        const Meeting *m = scheduledMeeting(h);
        if (!m)
            m = lastWith(h, MeetingStatus::Missed);
        if (m && LanguageGuess::looksLikeAnotherLanguage(m->agenda, language))
            out << Problem { tr("The agenda does not read as %1, the language %2 reads.")
                                 .arg(languageName, reader),
                             Field::Agenda, false };
    }
    // A formal greeting's title in the other language ("Guten Tag Ms Schmidt").
    if (uses(tpl, "contact.greeting") && h.deal.contact.effectiveAddress() == AddressForm::Formal) {
        static const QStringList english { QStringLiteral("mr"), QStringLiteral("mrs"),
                                           QStringLiteral("ms"), QStringLiteral("miss"),
                                           QStringLiteral("mx") };
        static const QStringList german { QStringLiteral("frau"), QStringLiteral("herr") };
        const QString title = h.deal.contact.salutation.section(QLatin1Char(' '), 0, 0)
                                  .toLower()
                                  .remove(QLatin1Char('.'));
        const QStringList &other = language == QLatin1String("de") ? english : german;
        if (other.contains(title))
            out << Problem { tr("The salutation \"%1\" is not %2: the greeting reads \"%3\".")
                                 .arg(h.deal.contact.salutation, languageName,
                                      ProspectFormat::greeting(h.deal.contact)),
                             Field::Salutation, false };
    }
    if (tpl.custom && LanguageGuess::looksLikeAnotherLanguage(body, language))
        out << Problem {
            tr("The text does not read as %1, the language %2 reads.").arg(languageName, reader),
            Field::Language, false
        };
    return out;
}

void DraftBuilder::addRenderProblems(Draft &draft, const Rendered &rendered, bool explained)
{
    const auto add = [&draft](const Problem &p) {
        const bool known =
            std::any_of(draft.problems.cbegin(), draft.problems.cend(), [&p](const Problem &q) {
                return q.text == p.text || (p.fix != Field::None && q.fix == p.fix);
            });
        if (!known)
            draft.problems << p;
    };
    for (const QString &text : rendered.problems) {
        const auto missing = std::find_if(
            rendered.missing.cbegin(), rendered.missing.cend(), [&text](const QString &name) {
                return text.contains(QStringLiteral("{{") + name + QStringLiteral("}}"));
            });
        const QString name = missing == rendered.missing.cend() ? QString() : *missing;
        if (name == QLatin1String("rep.name") || name == QLatin1String("rep.signature"))
            add(Problem { tr("Your name is not set: add it, with your signature, in the "
                             "settings."),
                          Field::RepName, true });
        else if (name == QLatin1String("rep.email"))
            add(Problem { tr("Your email address is not set: add it in the settings."),
                          Field::RepEmail, true });
        else if (name == QLatin1String("deal.value_summary"))
            add(Problem { tr("The deal has no value summary: add what the prospect gains."),
                          Field::ValueSummary, true });
        else if (name == QLatin1String("meeting.agenda") && !explained)
            add(Problem { tr("The next meeting has no agenda: add what you will cover."),
                          Field::Agenda, true });
        else if (name == QLatin1String("organization.name"))
            add(Problem { tr("The deal has no organization: add the prospect's company."),
                          Field::Organization, true });
        else if (name == QLatin1String("contact.name"))
            add(Problem { tr("The contact has no name: add it."), Field::ContactName, true });
        else if (name == QLatin1String("contact.email"))
            add(Problem { tr("The contact has no email address: add it."), Field::Email, true });
        else if (explained
                 && (name.startsWith(QLatin1String("meeting."))
                     || name.startsWith(QLatin1String("slot."))))
            continue; // the rule's own reason says why there is no meeting to state
        else
            add(Problem { text, Field::None, true });
    }
}

Result<Draft> DraftBuilder::build(qint64 dealId, StepKind step, const QDateTime &now) const
{
    auto d = m_pipeline.deal(dealId);
    if (!d)
        return d.error();
    auto tpl = m_templates.get(step, Templates::setFor(d->contact));
    if (!tpl)
        return tpl.error();
    return build(dealId, *tpl, now);
}

Result<Draft> DraftBuilder::build(qint64 dealId, const EmailTemplate &tpl,
                                  const QDateTime &now) const
{
    if (!emailSteps().contains(tpl.step))
        return inputError(
            tr("This step of the rule has no email: there are emails for the "
               "recap, the reminder, the missed call, the break-up and re-engaging."));
    auto h = m_pipeline.history(dealId);
    if (!h)
        return h.error();
    const Cadence c = m_pipeline.engine().evaluate(*h, now);
    const auto values = this->values(*h, c, tpl.step, now);

    Draft draft = base(*h);
    draft.step = tpl.step;
    draft.language = Templates::languageOf(tpl.language);
    const Rendered subject = TemplateRenderer::render(tpl.subject, values, tr("subject"));
    const Rendered body = TemplateRenderer::render(tpl.body, values, tr("body"));
    draft.subject = capitalized(subject.text);
    draft.body = body.text;
    draft.bodyApart = apart(tpl.body, values, *h, tpl.step);
    // The rule's own problems first: they say best what to do.
    if (const QString why = whyNotNow(*h, c, tpl.step, now); !why.isEmpty())
        draft.problems.prepend(Problem { why, Field::None, true });
    // The template as it is, wherever it came from.
    for (const QString &p : Templates::problems(tpl))
        draft.problems << Problem { p, Field::None, true };
    if (draft.subject.size() > Templates::maxSubjectLength)
        draft.problems << Problem { tr("The subject is %1 characters long once filled in; "
                                       "keep it under %2.")
                                        .arg(draft.subject.size())
                                        .arg(Templates::maxSubjectLength),
                                    Field::None, true };
    if (tpl.step == StepKind::Breakup) {
        // Cost, value, action: never an empty "just checking in".
        if (h->deal.valueSummary.trimmed().isEmpty())
            draft.problems << Problem {
                tr("A break-up email restates the value: add the deal's value summary first."),
                Field::ValueSummary, true
            };
        else if (!tpl.body.contains(QLatin1String("deal.value_summary")))
            draft.problems << Problem {
                tr("A break-up email restates the value: put {{deal.value_summary}} in it."),
                Field::None, true
            };
        if (!uses(tpl, "decision.deadline"))
            draft.problems << Problem { tr("A break-up email asks for a decision by a deadline: "
                                           "put {{decision.deadline}} in it."),
                                        Field::None, true };
    }
    const bool explained = !whyNotNow(*h, c, tpl.step, now).isEmpty();
    addRenderProblems(draft, subject, explained);
    addRenderProblems(draft, body, explained);
    draft.problems << languageProblems(*h, tpl, draft.body);
    // A time the email states that one side would not expect to work at, or that the rep has
    // taken already: said, not blocked (a rep may have agreed to a Saturday call).
    if (const Meeting *m = scheduledMeeting(*h); m && !explained
        && (uses(tpl, "meeting.date") || uses(tpl, "meeting.time") || uses(tpl, "slot.date")
            || uses(tpl, "slot.time"))) {
        if (const auto warnings =
                m_pipeline.meetingWarnings(h->deal.id, m->start, m->minutes, m->tz))
            for (const QString &w : *warnings)
                draft.problems << Problem { w, Field::MeetingStart, false };
    }
    // Invite steps carry the invite; a break-up that called a meeting off carries its CANCEL.
    // (No meeting to invite to is said above; anything else that stops the invite, here.)
    if (tpl.step == StepKind::Recap || tpl.step == StepKind::MissedCall)
        attachInvite(draft, Invite::Method::Request, now);
    else if (tpl.step == StepKind::Breakup)
        attachInvite(draft, Invite::Method::Cancel, now);
    // The topic is what the prospect reads (in the email or the invite that travels with it);
    // the title is the rep's own name for the deal.
    if (h->deal.topic.trimmed().isEmpty() && (draft.invite || uses(tpl, "deal.topic")))
        draft.problems << Problem { tr("The deal has no topic, so the prospect reads its title, "
                                       "\"%1\": add a topic in the words %2 uses.")
                                        .arg(h->deal.title, h->deal.contact.name),
                                    Field::Topic, false };
    return draft;
}

Result<Draft> DraftBuilder::buildFree(qint64 dealId, const QString &subjectText,
                                      const QString &bodyText, const QDateTime &now) const
{
    auto h = m_pipeline.history(dealId);
    if (!h)
        return h.error();
    const Cadence c = m_pipeline.engine().evaluate(*h, now);
    const auto values = this->values(*h, c, StepKind::Recap, now);
    Draft draft = base(*h);
    draft.free = true;
    const Rendered subject = TemplateRenderer::render(subjectText, values, tr("subject"));
    const Rendered body = TemplateRenderer::render(bodyText, values, tr("body"));
    draft.subject = subject.text;
    draft.body = body.text;
    draft.bodyApart = apart(bodyText, values, *h, StepKind::Recap);
    if (draft.subject.trimmed().isEmpty())
        draft.problems << Problem { tr("The email needs a subject."), Field::None, true };
    if (draft.body.trimmed().isEmpty())
        draft.problems << Problem { tr("The email has no text yet."), Field::None, true };
    addRenderProblems(draft, subject, false);
    addRenderProblems(draft, body, false);
    EmailTemplate typed;
    typed.custom = true;
    draft.problems << languageProblems(*h, typed, draft.body);
    // An invite the rule has due and no step's email carried travels with this one.
    if (const Step *due = pendingInvite(c))
        attachInvite(draft, due->cancel ? Invite::Method::Cancel : Invite::Method::Request, now);
    return draft;
}

QString DraftBuilder::apart(const QString &body, QHash<QString, QString> values,
                            const DealHistory &h, StepKind step) const
{
    const ProspectFormat format(h.deal.contact, m_pipeline.settings());
    values.insert(QStringLiteral("invite.note"),
                  format.inviteNote(step == StepKind::MissedCall, false));
    return TemplateRenderer::render(body, values, tr("body")).text;
}

void DraftBuilder::attachInvite(Draft &draft, Invite::Method method, const QDateTime &now) const
{
    auto inv = invite(draft.dealId, method, now);
    if (inv)
        draft.invite = *inv;
    else if (inv.error().kind != ErrorKind::Refused)
        draft.problems << Problem { inv.error().message, inv.error().field, true };
    // The invite that travels with the email must be one a calendar takes.
    if (draft.invite) {
        if (auto ics = IcsWriter::write(*draft.invite); !ics)
            draft.problems << Problem { ics.error().message, ics.error().field, true };
    }
}

Result<Invite> DraftBuilder::invite(qint64 dealId, Invite::Method method,
                                    const QDateTime &now) const
{
    auto h = m_pipeline.history(dealId);
    if (!h)
        return h.error();
    const Meeting *m = scheduledMeeting(*h);
    const bool cancelsScheduled = method == Invite::Method::Cancel && m;
    if (method == Invite::Method::Cancel && !m)
        m = lastWith(*h, MeetingStatus::Cancelled);
    if (!m)
        return refusal(method == Invite::Method::Request
                           ? tr("Deal %1 has no meeting scheduled: set one first.").arg(dealId)
                           : tr("Deal %1 has no meeting to cancel.").arg(dealId));
    const Settings &s = m_pipeline.settings();
    const auto found = m_templates.get(StepKind::Invite, Templates::setFor(h->deal.contact));
    if (!found)
        return found.error();
    const EmailTemplate &tpl = *found;
    const Cadence c = m_pipeline.engine().evaluate(*h, now);
    auto v = values(*h, c, StepKind::Invite, now);
    // An invite never shows a raw placeholder: without an agenda it names the topic.
    v.insert(QStringLiteral("meeting.agenda"),
             m->agenda.isEmpty() ? h->deal.prospectTopic() : m->agenda);

    Invite inv;
    inv.method = method;
    inv.uid = m->uid;
    // A CANCEL must outrank every REQUEST the prospect has seen for the UID: a meeting called
    // off already had its sequence raised; one still scheduled (an early break-up being
    // drafted) is raised here.
    inv.sequence = cancelsScheduled ? m->sequence + 1 : m->sequence;
    inv.start = m->start;
    inv.minutes = m->minutes;
    // The template is checked as it is rendered, wherever it came from (the database may hold
    // one saved by an older version, or written by hand): a raw placeholder never reaches a
    // prospect's calendar.
    const Rendered summary = TemplateRenderer::render(tpl.subject, v, tr("invite subject"));
    const Rendered description = TemplateRenderer::render(tpl.body, v, tr("invite text"));
    // A value not known yet (the rep's name) is said by the email that carries the invite; a
    // template that cannot be rendered (an unknown or unclosed placeholder) stops the invite.
    QStringList problems;
    for (const Rendered *r : { &summary, &description }) {
        for (const QString &p : r->problems) {
            const bool missingValue =
                std::any_of(r->missing.cbegin(), r->missing.cend(), [&p](const QString &name) {
                    return p.contains(QStringLiteral("{{") + name);
                });
            if (!missingValue)
                problems << p;
        }
    }
    if (summary.text.contains(QLatin1Char('\n')) || summary.text.contains(QLatin1Char('\r')))
        problems << tr("The invite's title must be one line.");
    if (!problems.isEmpty())
        return inputError(tr("The invite cannot go out: %1").arg(problems.join(QLatin1Char(' '))));
    inv.summary = capitalized(summary.text);
    inv.description = description.text;
    inv.organizerName = s.repName;
    inv.organizerEmail = s.repEmail;
    inv.attendeeName = h->deal.contact.name;
    inv.attendeeEmail = h->deal.contact.email;
    inv.stamp = now;
    return inv;
}

} // namespace NineTouch
