#include "clirunner.h"

#include "cadenceengine.h"
#include "dealcsv.h"
#include "demogenerator.h"
#include "drafts.h"
#include "jsonview.h"
#include "names.h"
#include "pipeline.h"
#include "report.h"
#include "validation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>
#include <QSet>

namespace NineTouch {

namespace {

// A failure on its way to an exit code.
struct Failure
{
    Error error;
};

// The parsed command line: words, options with values, flags.
struct Arguments
{
    QStringList words;
    QMap<QString, QString> options;
    QSet<QString> flags;
};

const QSet<QString> flagOptions { QStringLiteral("json"), QStringLiteral("dry-run"),
                                  QStringLiteral("help"), QStringLiteral("sent") };

Result<Arguments> parse(const QStringList &args)
{
    Arguments a;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            a.words << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        const bool inlineValue = eq >= 0;
        if (inlineValue) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (flagOptions.contains(name)) {
            a.flags.insert(name);
            continue;
        }
        if (!inlineValue) {
            if (i + 1 >= args.size())
                return inputError(CliRunner::tr("--%1 needs a value.").arg(name));
            value = args.at(++i);
        }
        if (a.options.contains(name))
            return inputError(CliRunner::tr("--%1 is given twice.").arg(name));
        a.options.insert(name, value);
    }
    return a;
}

class Command
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)

public:
    Command(Arguments args, QTextStream &out)
        : m_args(std::move(args))
        , m_out(out)
    {
    }

    Status run();

private:
    // -- argument access -------------------------------------------------------------
    Status allowOnly(std::initializer_list<const char *> names) const
    {
        static const QSet<QString> global { QStringLiteral("db"), QStringLiteral("now") };
        for (auto it = m_args.options.cbegin(); it != m_args.options.cend(); ++it) {
            if (global.contains(it.key()))
                continue;
            if (std::none_of(names.begin(), names.end(),
                             [&](const char *n) { return it.key() == QLatin1String(n); }))
                return inputError(
                    tr("Unknown option --%1 for '%2'; see 'ninetouch-cli --help'.")
                        .arg(it.key(), m_args.words.mid(0, 2).join(QLatin1Char(' '))));
        }
        return success();
    }
    std::optional<QString> option(const char *name) const
    {
        const auto it = m_args.options.constFind(QLatin1String(name));
        return it == m_args.options.cend() ? std::nullopt : std::optional<QString>(*it);
    }
    QString word(qsizetype i) const { return m_args.words.value(i); }
    bool json() const { return m_args.flags.contains(QStringLiteral("json")); }

    Result<qint64> dealId(qsizetype wordIndex) const
    {
        const QString text = word(wordIndex);
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (text.isEmpty())
            return inputError(tr("A deal id is needed (see 'deal list')."));
        if (!ok || id <= 0)
            return inputError(
                tr("'%1' is not a deal id; ids are whole numbers (see 'deal list').").arg(text));
        return id;
    }

    Status open(Database::Mode mode)
    {
        const QString path = option("db").value_or(Database::defaultPath());
        if (mode == Database::Mode::CreateIfMissing && !option("db")) {
            // The app's data location may not exist yet on a new machine.
            QDir().mkpath(QFileInfo(path).absolutePath());
        }
        auto opened = Pipeline::open(path, mode);
        if (!opened)
            return opened.error();
        m_pipeline = std::move(opened).value();
        m_view = std::make_unique<JsonView>(*m_pipeline);
        if (auto now = option("now")) {
            auto parsed =
                parseDateTime(QStringLiteral("--now"), *now, m_pipeline->settings().zone());
            if (!parsed)
                return parsed.error();
            m_now = parsed->toUTC();
        } else {
            m_now = QDateTime::currentDateTimeUtc();
        }
        return success();
    }

    void print(const QJsonValue &v)
    {
        m_out << QString::fromUtf8(
            v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)
                        : QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented));
    }

    Status printDeal(qint64 id)
    {
        auto h = m_pipeline->history(id);
        if (!h)
            return h.error();
        const Cadence c = m_pipeline->engine().evaluate(*h, m_now);
        if (json()) {
            print(m_view->deal(*h, c));
            return success();
        }
        m_out << m_view->text(*h, c);
        return success();
    }

    // -- commands ----------------------------------------------------------------------
    Status init();
    Status demo();
    Status dealAdd();
    Status dealList();
    Status dealUpdate(qint64 id);
    Status meeting();
    Status touch();
    Status next();
    Status report();
    Status settings();
    Status draft();
    Status ics();
    Status importDeals();
    Status exportDeals();
    Status backup();
    Status writeFile(const QString &option, const QString &path, const QByteArray &data);

    Status applyDealOptions(Deal &d, bool creating);

    Arguments m_args;
    QTextStream &m_out;
    std::unique_ptr<Pipeline> m_pipeline;
    std::unique_ptr<JsonView> m_view;
    QDateTime m_now;
};

Status Command::run()
{
    const QString cmd = word(0);
    const QString sub = word(1);
    const bool creates = cmd == QLatin1String("init") || cmd == QLatin1String("demo");
    if (cmd.isEmpty())
        return inputError(tr("No command given.\n%1").arg(CliRunner::usage()));
    static const QSet<QString> known { QStringLiteral("init"),   QStringLiteral("demo"),
                                       QStringLiteral("deal"),   QStringLiteral("meeting"),
                                       QStringLiteral("touch"),  QStringLiteral("next"),
                                       QStringLiteral("report"), QStringLiteral("settings"),
                                       QStringLiteral("draft"),  QStringLiteral("ics"),
                                       QStringLiteral("import"), QStringLiteral("export"),
                                       QStringLiteral("backup") };
    if (!known.contains(cmd))
        return inputError(tr("Unknown command '%1'.\n%2").arg(cmd, CliRunner::usage()));
    if (cmd == QLatin1String("deal")) {
        static const QSet<QString> subs { QStringLiteral("add"),   QStringLiteral("list"),
                                          QStringLiteral("show"),  QStringLiteral("update"),
                                          QStringLiteral("won"),   QStringLiteral("lost"),
                                          QStringLiteral("reopen") };
        if (!subs.contains(sub))
            return inputError(tr("'deal %1' is not a command; use deal add, list, show, update, "
                                 "won, lost or reopen.")
                                  .arg(sub));
    }
    if (cmd == QLatin1String("meeting") && sub != QLatin1String("set")
        && sub != QLatin1String("held") && sub != QLatin1String("missed"))
        return inputError(
            tr("'meeting %1' is not a command; use meeting set, held or missed.").arg(sub));
    // Usage is checked before the database is opened: a typo never touches the file.
    if (Status s = open(creates ? Database::Mode::CreateIfMissing : Database::Mode::MustExist); !s)
        return s;

    if (cmd == QLatin1String("init"))
        return init();
    if (cmd == QLatin1String("demo"))
        return demo();
    if (cmd == QLatin1String("next"))
        return next();
    if (cmd == QLatin1String("report"))
        return report();
    if (cmd == QLatin1String("settings"))
        return settings();
    if (cmd == QLatin1String("touch"))
        return touch();
    if (cmd == QLatin1String("meeting"))
        return meeting();
    if (cmd == QLatin1String("draft"))
        return draft();
    if (cmd == QLatin1String("ics"))
        return ics();
    if (cmd == QLatin1String("import"))
        return importDeals();
    if (cmd == QLatin1String("export"))
        return exportDeals();
    if (cmd == QLatin1String("backup"))
        return backup();

    if (sub == QLatin1String("add"))
        return dealAdd();
    if (sub == QLatin1String("list"))
        return dealList();
    auto id = dealId(2);
    if (!id)
        return id.error();
    if (sub == QLatin1String("show")) {
        if (Status s = allowOnly({}); !s)
            return s;
        return printDeal(*id);
    }
    if (sub == QLatin1String("update"))
        return dealUpdate(*id);
    Status s = success();
    if (sub == QLatin1String("won")) {
        if (s = allowOnly({}); s)
            s = m_pipeline->markWon(*id, m_now);
    } else if (sub == QLatin1String("lost")) {
        if (s = allowOnly({ "reason" }); s)
            s = m_pipeline->markLost(*id, option("reason").value_or(QString()), m_now);
    } else {
        if (s = allowOnly({}); s)
            s = m_pipeline->reopen(*id, m_now);
    }
    if (!s)
        return s;
    return printDeal(*id);
}

Status Command::init()
{
    if (Status s = allowOnly({}); !s)
        return s;
    if (json()) {
        print(QJsonObject {
            { QStringLiteral("db"), m_pipeline->database().path() },
            { QStringLiteral("schema"), m_pipeline->database().fileSchemaVersion() } });
    } else {
        m_out << tr("Database ready: %1 (schema %2)\n")
                     .arg(m_pipeline->database().path())
                     .arg(m_pipeline->database().fileSchemaVersion());
    }
    return success();
}

Status Command::demo()
{
    if (Status s = allowOnly({ "deals", "seed" }); !s)
        return s;
    auto count = parseInt(QStringLiteral("--deals"),
                          option("deals").value_or(QStringLiteral("200")), 1, 100000);
    if (!count)
        return count.error();
    bool ok = true;
    const quint64 seed = option("seed") ? option("seed")->toULongLong(&ok) : 1;
    if (!ok)
        return inputError(tr("--seed: '%1' is not a whole number.").arg(*option("seed")));
    DemoGenerator demo(*m_pipeline, seed);
    auto made = demo.generate(*count, m_now);
    if (!made)
        return made.error();
    (void)m_pipeline->reloadSettings();
    if (json())
        print(QJsonObject { { QStringLiteral("deals"), *made } });
    else
        m_out << tr("Added %1 demo deals to %2\n").arg(*made).arg(m_pipeline->database().path());
    return success();
}

Status Command::applyDealOptions(Deal &d, bool creating)
{
    auto text = [&](const char *name, QString &field) {
        if (auto v = option(name))
            field = v->trimmed();
    };
    text("title", d.title);
    text("org", d.organization);
    text("contact", d.contact.name);
    text("email", d.contact.email);
    text("phone", d.contact.phone);
    text("mobile", d.contact.mobile);
    text("reception", d.contact.reception);
    text("tz", d.contact.tz);
    text("language", d.contact.language);
    text("currency", d.currency);
    if (auto v = option("value-summary"))
        d.valueSummary = v->trimmed().replace(QLatin1String("\\n"), QLatin1String("\n"));
    if (auto v = option("value")) {
        auto cents = parseMoney(QStringLiteral("--value"), *v);
        if (!cents)
            return cents.error();
        d.valueCents = *cents;
    }
    if (auto v = option("stage")) {
        const auto stage = m_pipeline->deals().stageByName(*v);
        if (!stage) {
            QStringList names;
            for (const Stage &s : m_pipeline->deals().stages().value())
                names << s.name;
            return inputError(tr("--stage: there is no stage '%1'; the stages are %2.")
                                  .arg(*v, names.join(QStringLiteral(", "))));
        }
        d.stageId = stage->id;
    }
    if (auto v = option("cost")) {
        const auto cost = costFromString(*v);
        if (!cost)
            return inputError(tr("--cost: '%1' is not a cost; use low or high.").arg(*v));
        d.cost = *cost;
    }
    if (creating)
        return success();
    if (auto v = option("material-delivered")) {
        if (*v != QLatin1String("yes") && *v != QLatin1String("no"))
            return inputError(tr("--material-delivered: '%1' is not yes or no.").arg(*v));
        d.materialDelivered = *v == QLatin1String("yes");
    }
    const std::pair<const char *, std::optional<int> PolicyOverride::*> overrides[] = {
        { "cycles", &PolicyOverride::cycles },
        { "reminder-days", &PolicyOverride::reminderDays },
        { "deadline-days", &PolicyOverride::deadlineDays },
        { "reengage-days", &PolicyOverride::reengageDays },
        { "slot-days", &PolicyOverride::slotDays },
    };
    for (const auto &[name, member] : overrides) {
        if (auto v = option(name)) {
            if (*v == QLatin1String("default")) {
                d.policy.*member = std::nullopt;
                continue;
            }
            bool ok = false;
            const int n = v->toInt(&ok);
            if (!ok)
                return inputError(tr("--%1: '%2' is not a whole number (or 'default').")
                                      .arg(QLatin1String(name), *v));
            QString key = QLatin1String(name);
            key.replace(QLatin1Char('-'), QLatin1Char('_'));
            if (Status s = checkPolicyValue(key, n); !s)
                return inputError(tr("--%1: %2").arg(QLatin1String(name), s.error().message));
            d.policy.*member = n;
        }
    }
    return success();
}

Status Command::dealAdd()
{
    if (Status s =
            allowOnly({ "title", "org", "contact", "email", "phone", "mobile", "reception", "value",
                        "currency", "stage", "tz", "language", "value-summary", "cost" });
        !s)
        return s;
    for (const char *required : { "title", "org", "contact", "email" }) {
        if (!option(required))
            return inputError(tr("deal add needs --%1.").arg(QLatin1String(required)));
    }
    Deal d;
    d.currency.clear(); // the rep's currency unless given
    if (Status s = applyDealOptions(d, true); !s)
        return s;
    auto id = m_pipeline->addDeal(d, m_now);
    if (!id)
        return id.error();
    if (json())
        print(QJsonObject { { QStringLiteral("id"), *id } });
    else
        m_out << *id << '\n';
    return success();
}

Status Command::dealList()
{
    if (Status s = allowOnly({ "stage", "status" }); !s)
        return s;
    DealFilter filter;
    if (auto v = option("stage")) {
        const auto stage = m_pipeline->deals().stageByName(*v);
        if (!stage)
            return inputError(tr("--stage: there is no stage '%1'.").arg(*v));
        filter.stageId = stage->id;
    }
    if (auto v = option("status")) {
        filter.status = dealStatusFromString(*v);
        if (!filter.status)
            return inputError(tr("--status: '%1' is not a status; use open, won or lost.").arg(*v));
    }
    // With --json each deal carries its full object, timeline texts included (the contract).
    auto views = m_pipeline->evaluateAll(m_now, filter, CadenceEngine::Detail::Full, json());
    if (!views)
        return views.error();
    if (json()) {
        QJsonArray all;
        for (const DealStatusView &v : std::as_const(*views))
            all.append(m_view->deal(v.history, v.cadence));
        print(all);
        return success();
    }
    for (const DealStatusView &v : std::as_const(*views))
        m_out << m_view->line(v.history.deal, v.cadence) << '\n';
    return success();
}

Status Command::dealUpdate(qint64 id)
{
    if (Status s = allowOnly({ "title",
                               "stage",
                               "value",
                               "currency",
                               "value-summary",
                               "cost",
                               "material-delivered",
                               "cycles",
                               "reminder-days",
                               "deadline-days",
                               "reengage-days",
                               "slot-days",
                               "org",
                               "contact",
                               "email",
                               "phone",
                               "mobile",
                               "reception",
                               "tz",
                               "language" });
        !s)
        return s;
    auto d = m_pipeline->deal(id);
    if (!d)
        return inputError(tr("There is no deal %1; 'deal list' shows the ids.").arg(id));
    if (Status s = applyDealOptions(*d, false); !s)
        return s;
    if (Status s = m_pipeline->updateDeal(*d, m_now); !s)
        return s;
    return printDeal(id);
}

Status Command::meeting()
{
    const QString sub = word(1);
    auto id = dealId(2);
    if (!id)
        return id.error();
    if (sub == QLatin1String("set")) {
        if (Status s = allowOnly({ "at", "tz", "minutes", "agenda", "channel" }); !s)
            return s;
        const auto deal = m_pipeline->deal(*id);
        if (!deal)
            return inputError(tr("There is no deal %1; 'deal list' shows the ids.").arg(*id));
        const auto at = option("at");
        if (!at)
            return inputError(tr("meeting set needs --at, e.g. --at 2026-03-05T10:00."));
        QString tz = option("tz").value_or(deal->contact.tz);
        if (tz.isEmpty())
            tz = QString::fromUtf8(m_pipeline->settings().zone().id());
        auto zone = checkTimeZone(QStringLiteral("--tz"), tz);
        if (!zone)
            return zone.error();
        auto start = parseDateTime(QStringLiteral("--at"), *at, *zone);
        if (!start)
            return start.error();
        auto minutes = parseInt(QStringLiteral("--minutes"),
                                option("minutes").value_or(QStringLiteral("30")), 5, 480);
        if (!minutes)
            return minutes.error();
        Channel channel = Channel::Phone;
        if (auto c = option("channel")) {
            const auto parsed = channelFromString(*c);
            if (!parsed)
                return inputError(
                    tr("--channel: '%1' is not a channel; use phone, video or in-person.").arg(*c));
            channel = *parsed;
        }
        auto m = m_pipeline->setMeeting(
            *id, *start, tz, *minutes,
            option("agenda").value_or(QString()).replace(QLatin1String("\\n"), QLatin1String("\n")),
            channel, m_now);
        if (!m)
            return m.error();
        return printDeal(*id);
    }
    if (sub == QLatin1String("held")) {
        if (Status s = allowOnly({}); !s)
            return s;
        if (Status s = m_pipeline->meetingHeld(*id, m_now); !s)
            return s;
        return printDeal(*id);
    }
    if (Status s = allowOnly({ "tried" }); !s)
        return s;
    int tried = 0;
    for (const QString &line : option("tried")
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
            return inputError(tr("--tried: '%1' is not a number kind; use direct, reception and "
                                 "mobile, separated by commas.")
                                  .arg(l));
    }
    auto outcome = m_pipeline->meetingMissed(*id, tried, m_now);
    if (!outcome)
        return outcome.error();
    if (!json()) {
        if (outcome->proposed)
            m_out << tr("Call logged. Next slot, as if agreed: %1\n")
                         .arg(outcome->proposed->start
                                  .toTimeZone(QTimeZone(outcome->proposed->tz.toUtf8()))
                                  .toString(Qt::ISODate));
        else
            m_out << tr("Call logged. That was the last cycle: the break-up email is due now.\n");
    }
    return printDeal(*id);
}

Status Command::touch()
{
    if (Status s = allowOnly({ "at", "note", "text" }); !s)
        return s;
    auto id = dealId(1);
    if (!id)
        return id.error();
    const QString kindText = word(2);
    const auto kind = touchKindFromString(kindText);
    if (!kind || !isLoggable(*kind))
        return inputError(tr("'%1' is not a touch kind; use recap, invite, reminder, call, "
                             "missed-call, breakup, reply, reengage or note.")
                              .arg(kindText));
    QDateTime at;
    if (auto v = option("at")) {
        auto parsed = parseDateTime(QStringLiteral("--at"), *v, m_pipeline->settings().zone());
        if (!parsed)
            return parsed.error();
        at = *parsed;
    }
    auto t = m_pipeline->logTouch(*id, *kind, at, option("note").value_or(QString()),
                                  option("text").value_or(QString()), m_now);
    if (!t)
        return t.error();
    return printDeal(*id);
}

Status Command::next()
{
    if (Status s = allowOnly({ "days" }); !s)
        return s;
    auto days =
        parseInt(QStringLiteral("--days"), option("days").value_or(QStringLiteral("0")), 0, 366);
    if (!days)
        return days.error();
    const WorkCalendar &cal = m_pipeline->engine().calendar();
    const QDate lastDay = cal.localDate(m_now).addDays(*days);
    const QDateTime horizon = QDateTime(lastDay.addDays(1), QTime(0, 0), cal.zone()).toUTC();
    auto views = m_pipeline->evaluateAll(m_now);
    if (!views)
        return views.error();
    struct Item
    {
        const DealStatusView *view;
        Step step;
    };
    QList<Item> items;
    for (const DealStatusView &v : std::as_const(*views)) {
        for (const Step &s : v.cadence.steps) {
            if (s.due < horizon)
                items.append({ &v, s });
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return a.step.due < b.step.due
            || (a.step.due == b.step.due && a.view->history.deal.id < b.view->history.deal.id);
    });
    if (json()) {
        QJsonArray all;
        for (const Item &i : std::as_const(items)) {
            QJsonObject o = m_view->step(i.step);
            o.insert(QStringLiteral("deal"), i.view->history.deal.id);
            o.insert(QStringLiteral("overdue"), i.step.due < m_now);
            o.insert(QStringLiteral("title"), i.view->history.deal.title);
            o.insert(QStringLiteral("contact"), i.view->history.deal.contact.name);
            all.append(o);
        }
        print(all);
        return success();
    }
    if (items.isEmpty())
        m_out << tr("Nothing due. The pipeline is honest.\n");
    for (const Item &i : std::as_const(items)) {
        m_out << cal.toLocal(i.step.due).toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
              << (i.step.due < m_now ? tr("overdue ") : QStringLiteral("        "))
              << QStringLiteral("%1").arg(toString(i.step.kind), -12) << "  #"
              << i.view->history.deal.id << ' ' << i.view->history.deal.title << " ("
              << i.view->history.deal.contact.name << ")\n";
    }
    return success();
}

Status Command::report()
{
    if (Status s = allowOnly({}); !s)
        return s;
    auto views = m_pipeline->evaluateAll(m_now, DealFilter { std::nullopt, DealStatus::Open });
    if (!views)
        return views.error();
    const PipelineReport r = PipelineReport::from(*views);
    if (json()) {
        print(m_view->report(r));
        return success();
    }
    m_out << m_view->reportText(r);
    return success();
}

Status Command::settings()
{
    if (Status s = allowOnly({}); !s)
        return s;
    const QString key = word(1);
    if (!key.isEmpty() && !Settings::keys().contains(key))
        return inputError(tr("Unknown setting '%1'; the settings are: %2.")
                              .arg(key, Settings::keys().join(QStringLiteral(", "))));
    if (m_args.words.size() > 3)
        return inputError(tr("settings takes a key and one value; quote a value with spaces."));
    if (m_args.words.size() == 3) {
        if (Status s = m_pipeline->setSetting(key, word(2)); !s)
            return s;
    }
    const Settings &s = m_pipeline->settings();
    const QStringList keys = key.isEmpty() ? Settings::keys() : QStringList { key };
    if (json()) {
        QJsonObject o;
        for (const QString &k : keys)
            o.insert(k, s.value(k));
        print(o);
        return success();
    }
    for (const QString &k : keys)
        m_out << k << " = " << QString(s.value(k)).replace(QLatin1Char('\n'), QLatin1String("\\n"))
              << '\n';
    return success();
}

Status Command::writeFile(const QString &option, const QString &path, const QByteArray &data)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return inputError(tr("%1: the folder %2 does not exist.").arg(option, info.absolutePath()));
    if (info.isDir())
        return inputError(tr("%1: %2 is a folder; give a file name.").arg(option, path));
    // Written whole or not at all.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return inputError(tr("%1: cannot write %2 (%3).").arg(option, path, file.errorString()));
    return success();
}

Status Command::draft()
{
    if (Status s = allowOnly({ "eml" }); !s)
        return s;
    auto id = dealId(1);
    if (!id)
        return id.error();
    const QString stepText = word(2);
    const auto step = stepKindFromString(stepText);
    if (!step || !DraftBuilder::emailSteps().contains(*step))
        return inputError(
            tr("'%1' is not a draft step; use recap, reminder, missed-call, breakup or reengage.")
                .arg(stepText));
    DraftBuilder builder(*m_pipeline);
    auto d = builder.build(*id, *step, m_now);
    if (!d)
        return d.error();
    if (json()) {
        QJsonArray problems;
        for (const QString &p : d->problems)
            problems.append(p);
        print(QJsonObject { { QStringLiteral("subject"), d->subject },
                            { QStringLiteral("body"), d->body },
                            { QStringLiteral("ready"), d->ready() },
                            { QStringLiteral("problems"), problems },
                            { QStringLiteral("to"), d->toEmail },
                            { QStringLiteral("from"), d->fromEmail },
                            { QStringLiteral("language"), d->language },
                            { QStringLiteral("invite"), bool(d->invite) },
                            { QStringLiteral("mailto"), d->mailto() } });
    } else {
        m_out
            << tr("To: %1 <%2>\nSubject: %3\n\n%4").arg(d->toName, d->toEmail, d->subject, d->body);
        if (!d->body.endsWith(QLatin1Char('\n')))
            m_out << '\n';
        for (const QString &p : d->problems)
            m_out << tr("Problem: %1\n").arg(p);
    }
    if (!d->ready())
        return refusal(tr("The %1 draft for deal %2 is not ready: %3")
                           .arg(stepText)
                           .arg(*id)
                           .arg(d->problems.join(QLatin1Char(' '))));
    if (auto eml = option("eml")) {
        if (Status s = writeFile(QStringLiteral("--eml"), *eml, Email::toEml(d->message(m_now)));
            !s)
            return s;
    }
    if (m_args.flags.contains(QStringLiteral("sent"))) {
        const TouchKind kind = *touchKindFromString(stepText);
        auto t = m_pipeline->logTouch(*id, kind, {}, tr("sent from a NineTouch draft"),
                                      d->sentText(), m_now);
        if (!t)
            return t.error();
    }
    return success();
}

Status Command::ics()
{
    if (Status s = allowOnly({ "method", "out" }); !s)
        return s;
    auto id = dealId(1);
    if (!id)
        return id.error();
    const QString method = option("method").value_or(QStringLiteral("request"));
    if (method != QLatin1String("request") && method != QLatin1String("cancel"))
        return inputError(tr("--method: '%1' is not a method; use request or cancel.").arg(method));
    DraftBuilder builder(*m_pipeline);
    Result<Invite> invite = builder.invite(
        *id, method == QLatin1String("cancel") ? Invite::Method::Cancel : Invite::Method::Request,
        m_now);
    if (!invite)
        return invite.error();
    if (method == QLatin1String("cancel") && invite->method == Invite::Method::Cancel) {
        // Cancelling a meeting that is still scheduled outranks its last request.
        const auto scheduled = m_pipeline->activity().scheduledMeeting(*id);
        if (scheduled && scheduled->uid == invite->uid)
            invite.value().sequence = scheduled->sequence + 1;
    }
    auto text = IcsWriter::write(*invite);
    if (!text)
        return text.error();
    if (auto out = option("out"))
        return writeFile(QStringLiteral("--out"), *out, *text);
    m_out << QString::fromUtf8(*text);
    return success();
}

Status Command::importDeals()
{
    if (Status s = allowOnly({}); !s)
        return s;
    const QString path = word(1);
    if (path.isEmpty())
        return inputError(tr("import needs a CSV file: import FILE.csv [--dry-run]."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return inputError(tr("Cannot read %1: %2.").arg(path, file.errorString()));
    if (file.size() > 64 * 1024 * 1024)
        return inputError(tr("%1 is larger than 64 MiB; split it.").arg(path));
    auto deals = DealCsv::read(QString::fromUtf8(file.readAll()), *m_pipeline);
    if (!deals)
        return inputError(tr("%1: %2").arg(path, deals.error().message));
    const bool dry = m_args.flags.contains(QStringLiteral("dry-run"));
    int count = int(deals->size());
    if (!dry) {
        auto imported = m_pipeline->importDeals(*deals, m_now);
        if (!imported)
            return imported.error();
        count = *imported;
    }
    if (json())
        print(
            QJsonObject { { QStringLiteral("deals"), count }, { QStringLiteral("dry_run"), dry } });
    else
        m_out << (dry ? tr("%1 deals would be imported from %2; nothing was written.\n")
                      : tr("Imported %1 deals from %2.\n"))
                     .arg(count)
                     .arg(path);
    return success();
}

Status Command::exportDeals()
{
    if (Status s = allowOnly({}); !s)
        return s;
    const QString path = word(1);
    if (path.isEmpty())
        return inputError(tr("export needs a file name: export FILE.csv."));
    auto deals = m_pipeline->deals().list();
    if (!deals)
        return deals.error();
    if (Status s = writeFile(QStringLiteral("export"), path, DealCsv::write(*deals).toUtf8()); !s)
        return s;
    if (json())
        print(QJsonObject { { QStringLiteral("deals"), int(deals->size()) },
                            { QStringLiteral("file"), path } });
    else
        m_out << tr("Exported %1 deals to %2.\n").arg(deals->size()).arg(path);
    return success();
}

Status Command::backup()
{
    if (Status s = allowOnly({}); !s)
        return s;
    const QString path = word(1);
    if (path.isEmpty())
        return inputError(tr("backup needs a file name: backup FILE."));
    if (Status s = m_pipeline->database().backupTo(path); !s)
        return s;
    if (json())
        print(QJsonObject { { QStringLiteral("backup"), path } });
    else
        m_out << tr("Backed up to %1.\n").arg(path);
    return success();
}

} // namespace

QString CliRunner::usage()
{
    return tr(R"(Usage: ninetouch-cli [--db FILE] [--now ISO8601] [--json] COMMAND

  init                               create the database
  demo --deals N [--seed S]          fill with a deterministic demo pipeline
  deal add --title T --org O --contact NAME --email E [--phone P] [--mobile M]
           [--reception R] [--value V] [--currency C] [--stage NAME] [--tz ZONE]
           [--language de] [--value-summary TEXT] [--cost low|high]
  deal list [--stage NAME] [--status open|won|lost]
  deal show ID
  deal update ID [--title T] [--stage NAME] [--value V] [--currency C]
           [--value-summary TEXT] [--cost low|high] [--material-delivered yes|no]
           [--cycles N] [--reminder-days N] [--deadline-days N] [--reengage-days N]
           [--slot-days N]          (an override of 'default' returns to the setting)
  deal won ID | deal lost ID [--reason TEXT] | deal reopen ID
  meeting set ID --at ISO8601 [--tz ZONE] [--minutes M] [--agenda TEXT]
           [--channel phone|video|in-person]
  meeting held ID
  meeting missed ID [--tried direct,reception,mobile]
  touch ID KIND [--at ISO8601] [--note TEXT] [--text SENT_TEXT]
           KIND: recap invite reminder call missed-call breakup reply reengage note
  next [--days N]                    steps overdue or due by the end of day N
  report                             the honest pipeline
  settings [KEY [VALUE]]
  draft ID STEP [--eml FILE] [--sent]
                                     STEP: recap reminder missed-call breakup reengage;
                                     --sent records the touch with the draft's exact text
  ics ID [--method request|cancel] [--out FILE]
  import FILE.csv [--dry-run]        deals with their contacts; every row checked first
  export FILE.csv
  backup FILE                        a consistent copy while in use

Exit codes: 0 done, 1 bad usage or input, 2 database unusable, 3 refused by the rules.
)");
}

int CliRunner::run(const QStringList &args)
{
    auto parsed = parse(args);
    if (!parsed) {
        m_err << parsed.error().message << '\n';
        return BadInput;
    }
    if (parsed->flags.contains(QStringLiteral("help"))
        || parsed->words.value(0) == QLatin1String("help")) {
        m_out << usage();
        return Done;
    }
    Command command(std::move(parsed).value(), m_out);
    const Status s = command.run();
    m_out.flush();
    if (s)
        return Done;
    m_err << s.error().message << '\n';
    m_err.flush();
    return int(s.error().kind);
}

} // namespace NineTouch
