// mail send and mail sync: the rep's own account (core/mail).
#include "commands.h"
#include "credentials.h"
#include "mailsender.h"
#include "mailsync.h"
#include "names.h"

#include <QJsonArray>
#include <QJsonObject>

namespace NineTouch::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)
};

Result<MailAccount> account(Context &c, MailAccount::Need need)
{
    const Settings &s = c.pipeline().settings();
    // What is missing in the settings is said before the keyring is asked.
    if (auto unchecked = MailAccount::fromSettings(s, {}, need); !unchecked)
        return unchecked.error();
    auto password = MailCredentials::password(s.mailUser.isEmpty() ? s.repEmail : s.mailUser);
    if (!password)
        return password.error();
    return MailAccount::fromSettings(s, *password, need);
}

Status send(Context &c)
{
    auto id = c.dealId(2);
    if (!id)
        return id.error();
    const QString stepText = c.word(3);
    const auto step = stepKindFromString(stepText);
    if (!step || !DraftBuilder::emailSteps().contains(*step))
        return inputError(Text::tr("'%1' is not a step with an email; use recap, reminder, "
                                   "missed-call, breakup or reengage.")
                              .arg(stepText));
    auto a = account(c, MailAccount::Need::Sending);
    if (!a)
        return a.error();
    auto sent = MailSender::send(c.pipeline(), *a, *id, *step, c.now());
    if (!sent)
        return sent.error();
    if (c.json())
        c.print(QJsonObject { { QStringLiteral("deal"), *id },
                              { QStringLiteral("step"), stepText },
                              { QStringLiteral("to"), sent->to },
                              { QStringLiteral("message_id"), sent->messageId },
                              { QStringLiteral("invite"), sent->withInvite },
                              { QStringLiteral("bytes"), sent->raw.size() } });
    else
        c.out() << Text::tr("Sent to %1 (%2)%3.\n")
                       .arg(sent->to, sent->messageId,
                            sent->withInvite ? Text::tr(", with the invitation") : QString());
    return success();
}

Status sync(Context &c)
{
    auto a = account(c, MailAccount::Need::Reading);
    if (!a)
        return a.error();
    SyncReport total;
    // A full inbox comes in batches; each is recorded (and remembered) before the next.
    for (int round = 0; round < 50; ++round) {
        auto seen = c.pipeline().mailSeen(MailSync::inbox);
        if (!seen)
            return seen.error();
        auto batch = MailTransport::fetchNew(*a, *seen, c.now().date());
        if (!batch)
            return batch.error();
        auto report = MailSync::record(c.pipeline(), *batch, a->fromEmail, c.now());
        if (!report)
            return report.error();
        // An out-of-office that says when its writer is back moves the call and the deadline.
        auto away = MailSync::applyAway(c.pipeline(), report->recorded, c.now());
        if (!away)
            return away.error();
        report->recorded << *away;
        total.add(*report);
        if (!report->more)
            break;
    }
    if (c.json()) {
        QJsonArray recorded;
        for (const MailRecord &r : total.recorded)
            recorded << QJsonObject {
                { QStringLiteral("deal"), r.dealId },
                { QStringLiteral("kind"), toString(r.kind) },
                { QStringLiteral("at"),
                  r.at.toTimeZone(c.pipeline().settings().zone()).toString(Qt::ISODate) },
                { QStringLiteral("note"), r.note }
            };
        c.print(
            QJsonObject { { QStringLiteral("read"), total.read },
                          { QStringLiteral("recorded"), recorded },
                          { QStringLiteral("bounced"), QJsonArray::fromStringList(total.bounced) },
                          { QStringLiteral("known"), total.known },
                          { QStringLiteral("unmatched"), total.unmatched },
                          { QStringLiteral("unreadable"), total.unreadable } });
        return success();
    }
    for (const MailRecord &r : total.recorded)
        c.out() << Text::tr("Deal %1: %2 %3\n").arg(r.dealId).arg(toString(r.kind), r.note);
    c.out() << Text::tr("%n new message(s) read; ", nullptr, total.read)
            << Text::tr("%n recorded", nullptr, int(total.recorded.size()));
    if (total.unmatched)
        c.out() << Text::tr("; %n of no deal, left alone", nullptr, total.unmatched);
    if (total.unreadable)
        c.out() << Text::tr("; %n unreadable", nullptr, total.unreadable);
    c.out() << ".\n";
    return success();
}

} // namespace

QList<Command> mailCommands()
{
    return {
        { QStringLiteral("mail send"), {}, Database::Mode::MustExist, send },
        { QStringLiteral("mail sync"), {}, Database::Mode::MustExist, sync },
    };
}

} // namespace NineTouch::Cli
