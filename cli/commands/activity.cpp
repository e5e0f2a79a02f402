// meeting set, held, missed; touch.
#include "commands.h"
#include "names.h"
#include "validation.h"

#include <QTimeZone>

namespace NineTouch::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)
};

Status set(Context &c)
{
    auto id = c.dealId(2);
    if (!id)
        return id.error();
    auto deal = c.pipeline().deal(*id);
    if (!deal)
        return deal.error();
    const auto at = c.option("at");
    if (!at)
        return inputError(Text::tr("meeting set needs --at, e.g. --at 2026-03-05T10:00."));
    // --tz "" is a mistake, not a request for the default zone.
    if (auto given = c.option("tz"); given && given->trimmed().isEmpty())
        return inputError(Field::MeetingZone,
                          Text::tr("needs a value: a zone like Europe/Berlin, or leave it out "
                                   "for the contact's zone."));
    QString tz = c.option("tz").value_or(deal->contact.tz);
    if (tz.isEmpty())
        tz = QString::fromUtf8(c.pipeline().settings().zone().id());
    auto zone = checkTimeZone(Field::MeetingZone, tz);
    if (!zone)
        return zone.error();
    auto start = parseDateTime(Field::MeetingStart, *at, *zone);
    if (!start)
        return start.error();
    auto minutes =
        parseInt(Field::MeetingMinutes, c.option("minutes").value_or(QStringLiteral("30")), 5, 480);
    if (!minutes)
        return minutes.error();
    Channel channel = Channel::Phone;
    if (auto v = c.option("channel")) {
        const auto parsed = channelFromString(*v);
        if (!parsed)
            return inputError(
                Field::Channel,
                Text::tr("'%1' is not a channel; use phone, video or in-person.").arg(*v));
        channel = *parsed;
    }
    auto m = c.pipeline().setMeeting(
        *id, *start, tz, *minutes,
        c.option("agenda").value_or(QString()).replace(QLatin1String("\\n"), QLatin1String("\n")),
        channel, c.now());
    if (!m)
        return m.error();
    if (auto warnings = c.pipeline().meetingWarnings(*id, m->start, m->minutes, m->tz))
        c.warn(*warnings);
    return c.printDeal(*id);
}

Status held(Context &c)
{
    auto id = c.dealId(2);
    if (!id)
        return id.error();
    if (Status s = c.pipeline().meetingHeld(*id, c.now()); !s)
        return s;
    return c.printDeal(*id);
}

Status missed(Context &c)
{
    auto id = c.dealId(2);
    if (!id)
        return id.error();
    int tried = 0;
    if (auto v = c.option("tried"); v && v->trimmed().isEmpty())
        return inputError(Field::Tried,
                          Text::tr("no number was given; use direct, reception "
                                   "and mobile, separated by commas."));
    for (const QString &line : c.option("tried")
                                   .value_or(QStringLiteral("direct"))
                                   .split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString l = line.trimmed();
        if (l == QLatin1String("direct"))
            tried |= int(PhoneLine::Direct);
        else if (l == QLatin1String("reception"))
            tried |= int(PhoneLine::Reception);
        else if (l == QLatin1String("mobile"))
            tried |= int(PhoneLine::Mobile);
        else
            return inputError(Field::Tried,
                              Text::tr("'%1' is not a number kind; use direct, reception and "
                                       "mobile, separated by commas.")
                                  .arg(l));
    }
    if (tried == 0) // only commas
        return inputError(Field::Tried,
                          Text::tr("no number was given; use direct, reception "
                                   "and mobile, separated by commas."));
    auto outcome = c.pipeline().meetingMissed(*id, tried, c.now());
    if (!outcome)
        return outcome.error();
    if (!c.json()) {
        if (outcome->proposed)
            c.out() << Text::tr("Call logged. Next slot, as if agreed: %1\n")
                           .arg(outcome->proposed->start
                                    .toTimeZone(QTimeZone(outcome->proposed->tz.toUtf8()))
                                    .toString(Qt::ISODate));
        else
            c.out() << Text::tr(
                "Call logged. That was the last cycle: the break-up email is due now.\n");
    }
    return c.printDeal(*id);
}

Status touch(Context &c)
{
    auto id = c.dealId(1);
    if (!id)
        return id.error();
    const QString kindText = c.word(2);
    const auto kind = touchKindFromString(kindText);
    if (!kind || !isLoggable(*kind))
        return inputError(Text::tr("'%1' is not a touch kind; use recap, invite, reminder, call, "
                                   "missed-call, breakup, reply, reengage or note.")
                              .arg(kindText));
    auto at = c.time("at", Field::TouchAt);
    if (!at)
        return at.error();
    auto t = c.pipeline().logTouch(*id, *kind, *at, c.option("note").value_or(QString()),
                                   c.option("text").value_or(QString()), c.now());
    if (!t)
        return t.error();
    return c.printDeal(*id);
}

} // namespace

QList<Command> activityCommands()
{
    const auto mustExist = Database::Mode::MustExist;
    return {
        { QStringLiteral("meeting set"),
          { QStringLiteral("at"), QStringLiteral("tz"), QStringLiteral("minutes"),
            QStringLiteral("agenda"), QStringLiteral("channel") },
          mustExist,
          set },
        { QStringLiteral("meeting held"), {}, mustExist, held },
        { QStringLiteral("meeting missed"), { QStringLiteral("tried") }, mustExist, missed },
        { QStringLiteral("touch"),
          { QStringLiteral("at"), QStringLiteral("note"), QStringLiteral("text") },
          mustExist,
          touch },
    };
}

} // namespace NineTouch::Cli
