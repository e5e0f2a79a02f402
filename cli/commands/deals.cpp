// deal add, list, show, update, won, lost, reopen.
#include "commands.h"
#include "names.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonObject>

namespace NineTouch::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)
};

const QStringList dealOptions {
    QStringLiteral("title"),         QStringLiteral("org"),    QStringLiteral("contact"),
    QStringLiteral("email"),         QStringLiteral("phone"),  QStringLiteral("mobile"),
    QStringLiteral("reception"),     QStringLiteral("value"),  QStringLiteral("currency"),
    QStringLiteral("stage"),         QStringLiteral("tz"),     QStringLiteral("language"),
    QStringLiteral("value-summary"), QStringLiteral("cost"),   QStringLiteral("topic"),
    QStringLiteral("first-name"),    QStringLiteral("region"), QStringLiteral("salutation"),
    QStringLiteral("address")
};

const QStringList updateOptions = dealOptions
    + QStringList { QStringLiteral("material-delivered"),
                    QStringLiteral("cycles"),
                    QStringLiteral("reminder-days"),
                    QStringLiteral("deadline-days"),
                    QStringLiteral("reengage-days"),
                    QStringLiteral("slot-days"),
                    QStringLiteral("owner") };

// --owner: a rep of the database by login ("me": the rep running the command).
Result<qint64> ownerId(Context &c, const QString &login)
{
    const QString wanted = login.trimmed();
    if (wanted == QLatin1String("me"))
        return c.pipeline().me();
    auto reps = c.pipeline().reps();
    if (!reps)
        return reps.error();
    QStringList known;
    for (const Rep &r : std::as_const(*reps)) {
        if (!r.login.isEmpty() && r.login == wanted)
            return r.id;
        if (!r.login.isEmpty())
            known << r.login;
    }
    return inputError(Field::Owner,
                      known.isEmpty()
                          ? Text::tr("'%1' is no rep of this database; it has only you "
                                     "('me').")
                                .arg(wanted)
                          : Text::tr("'%1' is no rep of this database; use me or one of: %2.")
                                .arg(wanted, known.join(QStringLiteral(", "))));
}

Result<qint64> stageId(Context &c, const QString &name)
{
    auto stages = c.pipeline().stages();
    if (!stages)
        return stages.error();
    QStringList names;
    for (const Stage &s : std::as_const(*stages)) {
        if (s.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return s.id;
        names << s.name;
    }
    return inputError(Field::Stage,
                      Text::tr("there is no stage '%1'; the stages are %2.")
                          .arg(name, names.join(QStringLiteral(", "))));
}

// The options of deal add and deal update, applied to d.
Status applyOptions(Context &c, Deal &d, bool creating)
{
    auto text = [&](const char *name, QString &field) {
        if (auto v = c.option(name))
            field = v->trimmed();
    };
    // These have no "nothing" to fall back on: an empty value is a mistake, not a reset.
    for (const char *name : { "tz", "language", "currency", "title", "contact", "stage" }) {
        if (auto v = c.option(name); v && v->trimmed().isEmpty())
            return inputError(Text::tr("--%1 needs a value.").arg(QLatin1String(name)));
    }
    text("title", d.title);
    text("topic", d.topic);
    text("first-name", d.contact.firstName);
    text("salutation", d.contact.salutation);
    if (auto v = c.option("address")) {
        const auto form = addressFormFromString(v->trimmed());
        if (!form)
            return inputError(Field::Address,
                              Text::tr("'%1' is not a way to address a contact; use usual, "
                                       "formal, first-name or du.")
                                  .arg(*v));
        d.contact.address = *form;
    }
    text("region", d.contact.region);
    d.contact.region = d.contact.region.toUpper();
    if (auto v = c.option("owner")) {
        auto owner = ownerId(c, *v);
        if (!owner)
            return owner.error();
        d.owner = *owner;
    }
    text("org", d.organization);
    text("contact", d.contact.name);
    text("email", d.contact.email);
    text("phone", d.contact.phone);
    text("mobile", d.contact.mobile);
    text("reception", d.contact.reception);
    text("tz", d.contact.tz);
    text("language", d.contact.language);
    text("currency", d.currency);
    if (auto v = c.option("value-summary"))
        d.valueSummary = v->trimmed().replace(QLatin1String("\\n"), QLatin1String("\n"));
    if (auto v = c.option("value")) {
        auto cents = parseMoney(Field::Value, *v);
        if (!cents)
            return cents.error();
        d.valueCents = *cents;
    }
    if (auto v = c.option("stage")) {
        auto id = stageId(c, *v);
        if (!id)
            return id.error();
        d.stageId = *id;
    }
    if (auto v = c.option("cost")) {
        const auto cost = costFromString(*v);
        if (!cost)
            return inputError(Field::Cost,
                              Text::tr("'%1' is not a cost; use low or high.").arg(*v));
        d.cost = *cost;
    }
    if (creating)
        return success();
    if (auto v = c.option("material-delivered")) {
        if (*v != QLatin1String("yes") && *v != QLatin1String("no"))
            return inputError(Field::MaterialDelivered, Text::tr("'%1' is not yes or no.").arg(*v));
        d.materialDelivered = *v == QLatin1String("yes");
    }
    const std::tuple<const char *, Field, std::optional<int> PolicyOverride::*> overrides[] = {
        { "cycles", Field::Cycles, &PolicyOverride::cycles },
        { "reminder-days", Field::ReminderDays, &PolicyOverride::reminderDays },
        { "deadline-days", Field::DeadlineDays, &PolicyOverride::deadlineDays },
        { "reengage-days", Field::ReengageDays, &PolicyOverride::reengageDays },
        { "slot-days", Field::SlotDays, &PolicyOverride::slotDays },
    };
    for (const auto &[name, field, member] : overrides) {
        if (auto v = c.option(name)) {
            if (*v == QLatin1String("default")) {
                d.policy.*member = std::nullopt;
                continue;
            }
            bool ok = false;
            const int n = v->toInt(&ok);
            if (!ok)
                return inputError(field,
                                  Text::tr("'%1' is not a whole number (or 'default').").arg(*v));
            if (Status s = checkPolicyValue(field, n); !s)
                return s;
            d.policy.*member = n;
        }
    }
    return success();
}

Status add(Context &c)
{
    for (const char *required : { "title", "org", "contact", "email" }) {
        if (!c.option(required))
            return inputError(Text::tr("deal add needs --%1.").arg(QLatin1String(required)));
    }
    Deal d;
    d.currency.clear(); // the rep's currency unless given
    if (Status s = applyOptions(c, d, true); !s)
        return s;
    auto id = c.pipeline().addDeal(d, c.now());
    if (!id)
        return id.error();
    if (c.json())
        c.print(QJsonObject { { QStringLiteral("id"), *id } });
    else
        c.out() << *id << '\n';
    return success();
}

Status list(Context &c)
{
    DealFilter filter;
    if (auto v = c.option("stage")) {
        auto id = stageId(c, *v);
        if (!id)
            return id.error();
        filter.stageId = *id;
    }
    if (auto v = c.option("status")) {
        filter.status = dealStatusFromString(*v);
        if (!filter.status)
            return inputError(Field::Status,
                              Text::tr("'%1' is not a status; use open, won or lost.").arg(*v));
    }
    if (c.json()) {
        // Each deal carries its full object, timeline texts included (the contract).
        auto views = c.pipeline().evaluateAll(c.now(), filter, CadenceEngine::Detail::Full, true);
        if (!views)
            return views.error();
        QJsonArray all;
        for (const DealStatusView &v : std::as_const(*views))
            all.append(c.view().deal(v.history, v.cadence));
        c.print(all);
        return success();
    }
    // A line per deal: its fields and its cadence summary, no history read.
    auto rows = c.pipeline().rows(c.now(), filter);
    if (!rows)
        return rows.error();
    for (const DealRow &r : std::as_const(*rows))
        c.out() << c.view().line(r.deal, r.cadence) << '\n';
    return success();
}

Status show(Context &c)
{
    auto id = c.dealId(2);
    if (!id)
        return id.error();
    return c.printDeal(*id);
}

Status update(Context &c)
{
    auto id = c.dealId(2);
    if (!id)
        return id.error();
    auto current = c.pipeline().deal(*id);
    if (!current)
        return current.error();
    Deal edited = *current;
    if (Status s = applyOptions(c, edited, false); !s)
        return s;
    if (Status s = c.pipeline().editDeal(*id, *current, edited, c.now()); !s)
        return s;
    return c.printDeal(*id);
}

Status won(Context &c)
{
    auto id = c.dealId(2);
    if (!id)
        return id.error();
    if (Status s = c.pipeline().markWon(*id, c.now()); !s)
        return s;
    return c.printDeal(*id);
}

Status lost(Context &c)
{
    auto id = c.dealId(2);
    if (!id)
        return id.error();
    if (Status s = c.pipeline().markLost(*id, c.option("reason").value_or(QString()), c.now()); !s)
        return s;
    return c.printDeal(*id);
}

Status reopen(Context &c)
{
    auto id = c.dealId(2);
    if (!id)
        return id.error();
    if (Status s = c.pipeline().reopen(*id, c.now()); !s)
        return s;
    return c.printDeal(*id);
}

} // namespace

QList<Command> dealCommands()
{
    const auto mustExist = Database::Mode::MustExist;
    return {
        { QStringLiteral("deal add"), dealOptions, mustExist, add },
        { QStringLiteral("deal list"),
          { QStringLiteral("stage"), QStringLiteral("status") },
          mustExist,
          list,
          Database::Check::Deferred },
        { QStringLiteral("deal show"), {}, mustExist, show, Database::Check::Deferred },
        { QStringLiteral("deal update"), updateOptions, mustExist, update },
        { QStringLiteral("deal won"), {}, mustExist, won },
        { QStringLiteral("deal lost"), { QStringLiteral("reason") }, mustExist, lost },
        { QStringLiteral("deal reopen"), {}, mustExist, reopen },
    };
}

} // namespace NineTouch::Cli
