// What the rep's inbox tells the break-up rule. Each new message is matched to the deals it
// belongs to and recorded on their timelines:
//
//   an answer from the prospect         a reply: a sign of life, the pursuit starts again
//   an iTIP REPLY to our invitation     a reply, with the answer (accepted, tentative,
//                                       declined) in its note
//   an automatic reply (out of office)  a note, never a sign of life
//   a machine's notice (a delay, a      a note, never a sign of life, whatever its
//     receipt, a list manager, a        threading
//     challenge, a role address)
//   a bounce                            the contact's address flagged as undeliverable
//
// Which deals a message belongs to (belongsTo): the deal whose sent email or invitation it
// answers (In-Reply-To/References naming a Message-ID we sent, or the invitation's UID) when
// its sender is that deal's contact, one of its stakeholders or a colleague at the contact's
// own domain; else the open deals whose contact or stakeholder is the sender (the most recent
// deal when none is open). A message answering one deal's email but sent by another deal's
// contact belongs to the sender's deals only. Anything else belongs to no deal and is left
// alone. docs/method.md has the reasons.
#pragma once

#include "incomingmail.h"
#include "mailtransport.h"
#include "pipeline.h"

namespace NineTouch {

struct MailRecord
{
    qint64 dealId = 0;
    TouchKind kind = TouchKind::Reply;
    QDateTime at;
    QString note;
    // An out-of-office reply that says when its writer is back: the day, and who wrote it.
    // MailSync::record notes it only; moving the deal's steps is the caller's
    // (Pipeline::prospectAway), so that the app can make it a change the rep can undo.
    QDate backOn;
    QString who;
};

struct SyncReport
{
    int read = 0; // messages read from the inbox
    QList<MailRecord> recorded;
    QStringList bounced; // addresses flagged as undeliverable
    int known = 0; // recorded before (their Message-ID is on a timeline already)
    int unmatched = 0; // belonging to no deal: left alone
    int unreadable = 0;
    bool more = false; // more new messages wait in the inbox

    // Adds what a later batch of the same look found.
    void add(const SyncReport &batch);
};

// A batch as GMime read it: parsing is the part of a look that may take time, so it happens
// where the fetching does (off the app's GUI thread).
struct ParsedBatch
{
    MailSeen seen;
    QList<IncomingMail> messages; // in UID order
    bool more = false;
};

class MailSync final
{
    Q_DECLARE_TR_FUNCTIONS(MailSync)

public:
    // Records the batch on the deals, and how far the inbox was read, in one transaction: each
    // message is handled once. A message that cannot be recorded on a deal (the rules refuse)
    // is skipped; a database failure records nothing.
    static Result<SyncReport> record(Pipeline &pipeline, const ParsedBatch &batch,
                                     const QString &repEmail, const QDateTime &now);
    static Result<SyncReport> record(Pipeline &pipeline, const MailTransport::InboxBatch &batch,
                                     const QString &repEmail, const QDateTime &now)
    {
        return record(pipeline, parse(batch), repEmail, now);
    }
    static ParsedBatch parse(const MailTransport::InboxBatch &batch);

    // For each out-of-office in recorded that says when its writer is back, the deal's call,
    // break-up and deadline wait for that day (Pipeline::prospectAway). The CLI's way; the app
    // does the same as undoable commands. Returns the timeline entries written.
    static Result<QList<MailRecord>>
    applyAway(Pipeline &pipeline, const QList<MailRecord> &recorded, const QDateTime &now);

    // The deals a message belongs to (see above).
    static Result<QList<qint64>> belongsTo(const Pipeline &pipeline, const IncomingMail &mail);

    static const QString inbox; // the mailbox whose progress is remembered: "INBOX"
};

} // namespace NineTouch
