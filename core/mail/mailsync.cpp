#include "mailsync.h"

namespace NineTouch {

const QString MailSync::inbox = QStringLiteral("INBOX");

namespace {

QString domainOf(const QString &address)
{
    return address.section(QLatin1Char('@'), -1).toLower();
}

bool sameAddress(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

QString partstatText(const QString &partstat)
{
    if (partstat == QLatin1String("ACCEPTED"))
        return MailSync::tr("accepted the invitation");
    if (partstat == QLatin1String("TENTATIVE"))
        return MailSync::tr("tentatively accepted the invitation");
    if (partstat == QLatin1String("DECLINED"))
        return MailSync::tr("declined the invitation");
    return MailSync::tr("answered the invitation (%1)").arg(partstat.toLower());
}

} // namespace

Result<QList<qint64>> MailSync::belongsTo(const Pipeline &pipeline, const IncomingMail &mail)
{
    if (mail.fromAddress.isEmpty())
        return QList<qint64>();
    auto sendersDeals = pipeline.deals().dealsOfAddress(mail.fromAddress);
    if (!sendersDeals)
        return sendersDeals.error();

    // The deal the message answers: a Message-ID we recorded, or our invitation's UID.
    QList<qint64> answered;
    for (const QString &id : mail.references) {
        auto touches = pipeline.activity().touchesWithMessageId(id);
        if (!touches)
            return touches.error();
        for (const Touch &t : *touches) {
            if (!answered.contains(t.dealId))
                answered << t.dealId;
        }
        if (!answered.isEmpty())
            break; // the newest reference we know decides
    }
    if (answered.isEmpty() && !mail.calendarUid.isEmpty()) {
        auto deal = pipeline.activity().dealOfMeetingUid(mail.calendarUid);
        if (!deal)
            return deal.error();
        if (*deal)
            answered << *deal;
    }
    QList<qint64> deals;
    for (qint64 id : answered) {
        // The thread counts when the sender is of that deal: its contact or a stakeholder, or a
        // colleague at the contact's domain who is nobody's contact.
        if (sendersDeals->contains(id)) {
            deals << id;
            continue;
        }
        auto deal = pipeline.deal(id);
        if (!deal)
            return deal.error();
        if (sendersDeals->isEmpty() && !deal->contact.email.isEmpty()
            && domainOf(deal->contact.email) == domainOf(mail.fromAddress))
            deals << id;
    }
    if (!deals.isEmpty())
        return deals;

    // No thread of ours: the sender's open deals, else their most recent one.
    for (qint64 id : *sendersDeals) {
        auto deal = pipeline.deal(id);
        if (!deal)
            return deal.error();
        if (deal->status == DealStatus::Open)
            deals << id;
    }
    if (deals.isEmpty() && !sendersDeals->isEmpty())
        deals << sendersDeals->constFirst();
    return deals;
}

Result<QList<MailRecord>> MailSync::applyAway(Pipeline &pipeline, const QList<MailRecord> &recorded,
                                              const QDateTime &now)
{
    QList<MailRecord> written;
    for (const MailRecord &r : recorded) {
        if (!r.backOn.isValid())
            continue;
        auto note = pipeline.prospectAway(r.dealId, r.backOn, r.who, now);
        if (!note && note.error().kind == ErrorKind::Storage)
            return note.error();
        if (note && !note->isEmpty())
            written << MailRecord { r.dealId, TouchKind::Away, now, *note, r.backOn, r.who };
    }
    return written;
}

void SyncReport::add(const SyncReport &batch)
{
    read += batch.read;
    recorded << batch.recorded;
    bounced << batch.bounced;
    known += batch.known;
    unmatched += batch.unmatched;
    unreadable += batch.unreadable;
    more = batch.more;
}

ParsedBatch MailSync::parse(const MailTransport::InboxBatch &batch)
{
    ParsedBatch parsed { batch.seen, {}, batch.more };
    parsed.messages.reserve(batch.messages.size());
    for (const MailTransport::Fetched &fetched : batch.messages)
        parsed.messages << IncomingMail::parse(fetched.raw);
    return parsed;
}

Result<SyncReport> MailSync::record(Pipeline &pipeline, const ParsedBatch &batch,
                                    const QString &repEmail, const QDateTime &now)
{
    SyncReport report;
    report.more = batch.more;
    Status s = pipeline.batch([&]() -> Status {
        for (const IncomingMail &mail : batch.messages) {
            ++report.read;
            if (!mail.readable) {
                ++report.unreadable;
                continue;
            }
            // The rep's own messages (a copy to self, a sent folder's mirror) are not answers.
            if (sameAddress(mail.fromAddress, repEmail)) {
                ++report.unmatched;
                continue;
            }
            if (!mail.messageId.isEmpty()) {
                auto known = pipeline.activity().touchesWithMessageId(mail.messageId);
                if (!known)
                    return known.error();
                if (!known->isEmpty()) {
                    ++report.known;
                    continue;
                }
            }

            if (mail.kind == IncomingMail::Kind::Bounce) {
                bool flagged = false;
                for (const QString &address : mail.bouncedAddresses) {
                    auto deals = pipeline.deals().dealsOfAddress(address);
                    if (!deals)
                        return deals.error();
                    for (qint64 id : *deals) {
                        const QDate day = (mail.date.isValid() ? mail.date : now).date();
                        const QString text =
                            tr("%1: %2").arg(day.toString(Qt::ISODate), mail.bounceReason);
                        Status b = pipeline.flagBounced(id, text, now, mail.messageId);
                        if (!b && b.error().kind == ErrorKind::Storage)
                            return b;
                        if (b) {
                            report.recorded
                                << MailRecord { id, TouchKind::Note, now, text, {}, {} };
                            flagged = true;
                        }
                    }
                    if (!deals->isEmpty())
                        report.bounced << address;
                }
                if (!flagged)
                    ++report.unmatched;
                continue;
            }

            auto deals = belongsTo(pipeline, mail);
            if (!deals)
                return deals.error();
            if (deals->isEmpty()) {
                ++report.unmatched;
                continue;
            }
            // The message's own time, never later than now (a sender's clock may run ahead).
            const QDateTime at = mail.date.isValid() && mail.date < now ? mail.date : now;
            const QString who = mail.fromName.isEmpty()
                ? mail.fromAddress
                : tr("%1 <%2>").arg(mail.fromName, mail.fromAddress);
            TouchKind kind = TouchKind::Reply;
            QString note;
            switch (mail.kind) {
            case IncomingMail::Kind::AutoReply:
                kind = TouchKind::Note;
                note = tr("Automatic reply from %1: %2").arg(who, mail.subject);
                break;
            case IncomingMail::Kind::Notice:
                kind = TouchKind::Note;
                note = tr("Automatic notice from %1: %2").arg(who, mail.subject);
                break;
            case IncomingMail::Kind::CalendarReply:
                note = tr("%1 %2.").arg(who, partstatText(mail.partstat));
                break;
            default:
                note = tr("Email from %1: %2").arg(who, mail.subject);
                break;
            }
            bool recorded = false;
            for (qint64 id : *deals) {
                auto t = pipeline.logTouch(id, kind, at, note, {}, now, mail.messageId);
                if (!t && t.error().kind == ErrorKind::Storage)
                    return t.error();
                if (t) {
                    MailRecord r { id, kind, at, note, {}, {} };
                    // Only the contact's own absence moves the contact's call: a colleague's
                    // or a stakeholder's out-of-office is a note.
                    if (mail.kind == IncomingMail::Kind::AutoReply && mail.backOn.isValid()) {
                        auto deal = pipeline.deal(id);
                        if (!deal)
                            return deal.error();
                        if (sameAddress(deal->contact.email, mail.fromAddress)) {
                            r.backOn = mail.backOn;
                            r.who = mail.fromName.isEmpty() ? mail.fromAddress : mail.fromName;
                        }
                    }
                    report.recorded << r;
                    recorded = true;
                }
            }
            if (!recorded)
                ++report.unmatched;
        }
        return pipeline.setMailSeen(inbox, batch.seen);
    });
    if (!s)
        return s.error();
    (void)pipeline.refresh();
    return report;
}

} // namespace NineTouch
