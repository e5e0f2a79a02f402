// draft and ics: what the prospect receives.
#include "drafts.h"
#include "commands.h"
#include "names.h"

#include <QJsonArray>
#include <QJsonObject>

namespace NineTouch::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)
};

Status draft(Context &c)
{
    auto id = c.dealId(1);
    if (!id)
        return id.error();
    const QString stepText = c.word(2);
    const auto step = stepKindFromString(stepText);
    if (!step || !DraftBuilder::emailSteps().contains(*step))
        return inputError(Text::tr("'%1' is not a draft step; use recap, reminder, missed-call, "
                                   "breakup or reengage.")
                              .arg(stepText));
    DraftBuilder builder(c.pipeline());
    auto d = builder.build(*id, *step, c.now());
    if (!d)
        return d.error();
    // The invite travels only inside the .eml; printed text says it follows separately.
    const bool withEml = c.option("eml").has_value();
    const bool inviteTravels = withEml && d->invite.has_value();
    const QString body = d->text(withEml);
    if (c.json()) {
        c.print(QJsonObject {
            { QStringLiteral("subject"), d->subject },
            { QStringLiteral("body"), body },
            { QStringLiteral("invite_travels"), inviteTravels },
            { QStringLiteral("ready"), d->ready() },
            { QStringLiteral("problems"), QJsonArray::fromStringList(d->problemTexts(true)) },
            { QStringLiteral("warnings"), QJsonArray::fromStringList(d->problemTexts(false)) },
            { QStringLiteral("to"), d->toEmail },
            { QStringLiteral("from"), d->fromEmail },
            { QStringLiteral("language"), d->language },
            { QStringLiteral("invite"), bool(d->invite) },
            { QStringLiteral("mailto"), d->mailto() } });
    } else {
        c.out() << Text::tr("To: %1 <%2>\nSubject: %3\n\n%4")
                       .arg(d->toName, d->toEmail, d->subject, body);
        if (!body.endsWith(QLatin1Char('\n')))
            c.out() << '\n';
        for (const QString &p : d->problemTexts(true))
            c.out() << Text::tr("Problem: %1\n").arg(p);
        for (const QString &w : d->problemTexts(false))
            c.out() << Text::tr("Warning: %1\n").arg(w);
    }
    if (!d->ready())
        return refusal(Text::tr("The %1 draft for deal %2 is not ready: %3")
                           .arg(stepText)
                           .arg(*id)
                           .arg(d->problemTexts(true).join(QLatin1Char(' '))));
    if (auto eml = c.option("eml")) {
        if (Status s =
                c.writeFile(QStringLiteral("--eml"), *eml, Email::toEml(d->message(c.now())));
            !s)
            return s;
    }
    if (c.args().flag("sent")) {
        // The invite counts as sent only when it travelled with the email (in the .eml).
        const auto kind = touchKindFor(*step);
        Q_ASSERT(kind);
        if (Status s =
                c.pipeline().recordSent(*id, *kind, d->sentText(withEml), inviteTravels, c.now());
            !s)
            return s;
    }
    return success();
}

Status ics(Context &c)
{
    auto id = c.dealId(1);
    if (!id)
        return id.error();
    const QString method = c.option("method").value_or(QStringLiteral("request"));
    if (method != QLatin1String("request") && method != QLatin1String("cancel"))
        return inputError(
            Text::tr("--method: '%1' is not a method; use request or cancel.").arg(method));
    DraftBuilder builder(c.pipeline());
    Result<Invite> invite = builder.invite(
        *id, method == QLatin1String("cancel") ? Invite::Method::Cancel : Invite::Method::Request,
        c.now());
    if (!invite)
        return invite.error();
    auto text = IcsWriter::write(*invite);
    if (!text)
        return text.error();
    if (auto out = c.option("out"))
        return c.writeFile(QStringLiteral("--out"), *out, *text);
    c.out() << QString::fromUtf8(*text);
    return success();
}

} // namespace

QList<Command> draftCommands()
{
    return {
        { QStringLiteral("draft"), { QStringLiteral("eml") }, Database::Mode::MustExist, draft },
        { QStringLiteral("ics"),
          { QStringLiteral("method"), QStringLiteral("out") },
          Database::Mode::MustExist,
          ics },
    };
}

} // namespace NineTouch::Cli
