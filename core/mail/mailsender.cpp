#include "mailsender.h"

#include "mailtransport.h"
#include "names.h"

namespace NineTouch {

Result<OutgoingMail> MailSender::prepare(Pipeline &pipeline, qint64 dealId, StepKind step,
                                         const QDateTime &now)
{
    DraftBuilder builder(pipeline);
    auto draft = builder.build(dealId, step, now);
    if (!draft)
        return draft.error();
    draft->dealId = dealId;
    draft->step = step;
    return prepare(*draft, false, now);
}

Result<OutgoingMail> MailSender::prepare(const Draft &draft, bool freeEmail, const QDateTime &now)
{
    if (!draft.ready())
        return refusal(tr("The email is not ready to send: %1")
                           .arg(draft.problemTexts(true).join(QLatin1Char(' '))));
    const auto kind =
        freeEmail ? std::optional<TouchKind>(TouchKind::Note) : touchKindFor(draft.step);
    if (!kind)
        return inputError(tr("This step has no email to send."));
    EmailMessage message = draft.message(now);
    message.unsent = false;
    message.messageId = Email::newMessageId(draft.fromEmail);
    OutgoingMail mail;
    mail.dealId = draft.dealId;
    mail.step = draft.step;
    mail.kind = *kind;
    mail.to = draft.toEmail;
    mail.subject = draft.subject;
    mail.sentText = draft.sentText();
    mail.raw = Email::toEml(message);
    mail.messageId = QString::fromLatin1(message.messageId);
    mail.withInvite = !message.calendar.isEmpty();
    return mail;
}

Status MailSender::record(Pipeline &pipeline, const OutgoingMail &mail, const QDateTime &now)
{
    // A free email is a note that says what it was; a step's email, where it went.
    const QString note = mail.kind == TouchKind::Note
        ? tr("Email to %1: %2").arg(mail.to, mail.subject)
        : tr("sent to %1").arg(mail.to);
    return pipeline.recordSent(mail.dealId, mail.kind, mail.sentText, mail.withInvite, now, note,
                               mail.messageId, mail.raw);
}

Result<OutgoingMail> MailSender::send(Pipeline &pipeline, const MailAccount &account, qint64 dealId,
                                      StepKind step, const QDateTime &now)
{
    auto mail = prepare(pipeline, dealId, step, now);
    if (!mail)
        return mail.error();
    if (Status s = MailTransport::send(account, { mail->to }, mail->raw); !s)
        return s.error();
    if (Status s = record(pipeline, *mail, now); !s)
        return s.error();
    return mail;
}

} // namespace NineTouch
