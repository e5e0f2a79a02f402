// Pipeline: the touches of a deal, logged by the rep or recorded as sent with their exact
// text, a bounced address flagged, the inbox's place kept.
#include "pipelineprivate.h"

#include "dealfields.h"
#include "names.h"
#include "reptext.h"
#include "validation.h"

#include <QUuid>

namespace NineTouch {

Result<qint64> Pipeline::logTouch(qint64 dealId, TouchKind kind, const QDateTime &at,
                                  const QString &note, const QString &body, const QDateTime &now,
                                  const QString &messageId, const QByteArray &raw)
{
    return mutate<qint64>([&]() -> Result<qint64> {
        return addTouch(dealId, kind, at, note, body, now, messageId, raw);
    });
}

Result<qint64> Pipeline::addTouch(qint64 dealId, TouchKind kind, const QDateTime &at,
                                  const QString &note, const QString &body, const QDateTime &now,
                                  const QString &messageId, const QByteArray &raw)
{
    auto d = deal(dealId);
    if (!d)
        return d.error();
    if (!isLoggable(kind))
        return inputError(tr("Meetings set, moved, held or cancelled, stage changes, won, "
                             "lost and reopened are recorded by their own actions, not "
                             "logged by hand."));
    const QDateTime when = at.isValid() ? at.toUTC() : now.toUTC();
    if (when > now.addSecs(60))
        return inputError(
            Field::TouchAt,
            tr("a touch cannot be logged in the future (%1).").arg(when.toString(Qt::ISODate)));
    if (Status s = checkText(Field::Note, note, 4000, true); !s)
        return s.error();
    if (Status s = checkText(Field::SentText, body, 100000, true); !s)
        return s.error();

    // On a lost deal: the re-engage email, and the invite that cancels its meeting.
    const bool anytime = kind == TouchKind::Note || kind == TouchKind::Reply
        || (d->status == DealStatus::Lost
            && (kind == TouchKind::Reengage || kind == TouchKind::Invite));
    if (!anytime && d->status != DealStatus::Open)
        return refusal(d->status == DealStatus::Won
                           ? tr("Deal %1 is won: only notes and replies can be logged; reopen it "
                                "first.")
                                 .arg(dealId)
                           : tr("Deal %1 is lost: only notes and replies can be logged; reopen "
                                "it first.")
                                 .arg(dealId));
    if (kind == TouchKind::Breakup) {
        const auto c = cadence(dealId, when);
        if (!c)
            return c.error();
        if (c->cycle == 0)
            return refusal(tr("No pursuit is running on deal %1 (the prospect answered or no "
                              "meeting was set since): a break-up email is only for a prospect "
                              "who has not answered in the whole pursuit.")
                               .arg(dealId));
        if (c->deadline.isValid())
            return refusal(tr("The break-up email for deal %1 was already sent.").arg(dealId));
    }

    auto m = m_activity.scheduledMeeting(dealId);
    if (!m)
        return m.error();
    Touch t;
    t.dealId = dealId;
    t.kind = kind;
    t.at = when;
    t.note = note;
    t.body = body;
    t.messageId = messageId;
    t.raw = raw;
    if (kind == TouchKind::Call)
        t.outcome = CallOutcome::Attempted;
    // Only the steps of a meeting's cycle belong to it. A note, a reply or a re-engage
    // stands alone: linked, it would pin the meeting, and an undo of the meeting's
    // setting in the app would be refused for a note the CLI wrote meanwhile.
    const bool ofTheMeeting = kind == TouchKind::Recap || kind == TouchKind::Invite
        || kind == TouchKind::Reminder || kind == TouchKind::Call || kind == TouchKind::MissedCall
        || kind == TouchKind::Breakup;
    if (*m && ofTheMeeting)
        t.meetingId = (*m)->id;
    auto inserted = m_activity.insertTouch(t);
    if (!inserted)
        return inserted.error();
    Status s = success();
    if (kind == TouchKind::Breakup)
        s = cancelScheduled(dealId, when); // an early break-up calls the meeting off
    else if (kind == TouchKind::Reengage)
        s = m_activity.completeTasks(dealId, TaskKind::Reengage, when);
    if (!s)
        return s.error();
    return *inserted;
}

Status Pipeline::recordSent(qint64 dealId, TouchKind kind, const QString &text, bool withInvite,
                            const QDateTime &now, const QString &note, const QString &messageId,
                            const QByteArray &raw)
{
    return mutate([&]() -> Status {
        auto sent = addTouch(dealId, kind, {}, note, text, now, messageId, raw);
        if (!sent)
            return sent.error();
        if (!withInvite || kind == TouchKind::Invite)
            return success();
        auto invite =
            addTouch(dealId, TouchKind::Invite, {},
                     kind == TouchKind::Note ? tr("sent with an email")
                                             : tr("sent with the %1 email").arg(toString(kind)),
                     {}, now);
        return invite ? success() : Status(invite.error());
    });
}

Status Pipeline::flagBounced(qint64 dealId, const QString &text, const QDateTime &now,
                             const QString &messageId)
{
    return mutate([&]() -> Status {
        auto d = deal(dealId);
        if (!d)
            return d.error();
        if (Status b = m_deals.setBounced(d->contact.id, text); !b)
            return b;
        Touch t;
        t.dealId = dealId;
        t.kind = TouchKind::Note;
        t.at = now.toUTC();
        t.note = tr("The address %1 bounced: %2").arg(d->contact.email, text);
        t.messageId = messageId;
        return touch(t);
    });
}

Status Pipeline::setMailSeen(const QString &mailbox, const MailSeen &seen)
{
    return mutate([&]() -> Status { return m_activity.setMailSeen(mailbox, seen); });
}

} // namespace NineTouch
