// Sending a step's email through the rep's account: the draft the composer shows, only when
// ready, with the invitation inside as in the .eml; recorded with its exact bytes and
// Message-ID once the server took it, and not at all when it did not.
//
// In three parts so the app can send off its GUI thread: prepare() and record() use the
// database, MailTransport::send() in between only the network.
#pragma once

#include "drafts.h"
#include "mailaccount.h"

namespace NineTouch {

struct OutgoingMail
{
    qint64 dealId = 0;
    StepKind step = StepKind::Recap;
    TouchKind kind = TouchKind::Recap;
    QString to;
    QString subject;
    QString sentText; // subject and body, as the timeline shows them
    QByteArray raw; // the message as it goes out
    QString messageId;
    bool withInvite = false;
};

class MailSender final
{
    Q_DECLARE_TR_FUNCTIONS(MailSender)

public:
    // The step's draft as a message ready to go; refused while the draft is not ready.
    static Result<OutgoingMail> prepare(Pipeline &pipeline, qint64 dealId, StepKind step,
                                        const QDateTime &now);
    // A draft as the composer shows it (perhaps from an edited template, or a free email,
    // which is recorded as a note).
    static Result<OutgoingMail> prepare(const Draft &draft, bool freeEmail, const QDateTime &now);
    // After the server took it: the touch, its text, bytes and Message-ID (and the invite's).
    static Status record(Pipeline &pipeline, const OutgoingMail &mail, const QDateTime &now);
    // All three, for the CLI.
    static Result<OutgoingMail> send(Pipeline &pipeline, const MailAccount &account, qint64 dealId,
                                     StepKind step, const QDateTime &now);
};

} // namespace NineTouch
