// import and export: deals with their contacts as CSV.
#include "commands.h"
#include "dealcsv.h"
#include "dealimport.h"
#include "textfile.h"

#include <QJsonArray>

#include <QFile>
#include <QJsonObject>

namespace NineTouch::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)
};

QString separatorName(QChar separator)
{
    if (separator == u'\t')
        return QStringLiteral("tab");
    return separator == u';' ? QStringLiteral("semicolon") : QStringLiteral("comma");
}

// The separator in the summary's words (the JSON keeps separatorName's).
QString separatorWords(QChar separator)
{
    if (separator == u'\t')
        return Text::tr("tabs");
    return separator == u';' ? Text::tr("semicolons") : Text::tr("commas");
}

QString actionName(DealImport::RowOutcome::Action action)
{
    switch (action) {
    case DealImport::RowOutcome::Action::Create:
        return QStringLiteral("create");
    case DealImport::RowOutcome::Action::Update:
        return QStringLiteral("update");
    case DealImport::RowOutcome::Action::Skip:
        return QStringLiteral("skip");
    }
    return {};
}

Status importDeals(Context &c)
{
    const QString path = c.word(1);
    if (path.isEmpty())
        return inputError(Text::tr("import needs a CSV file: import FILE.csv [--dry-run] "
                                   "[--map \"COLUMN=FIELD\"]… [--encoding auto|utf-8|utf-16|"
                                   "windows-1252] [--language en|de] [--tz ZONE]."));
    const QString encoding = c.option("encoding").value_or(QStringLiteral("auto"));
    if (Status known = TextFile::checkEncoding(encoding); !known)
        return inputError(QStringLiteral("--encoding: ") + known.error().message);
    auto file = TextFile::read(path, TextFile::defaultLimit, encoding);
    if (!file)
        return file.error();
    auto plan = DealImport::read(*file);
    if (!plan)
        return inputError(Text::tr("%1: %2").arg(path, plan.error().message));
    for (const QString &spec : c.args().all("map")) {
        if (Status s = DealImport::map(*plan, spec); !s)
            return inputError(Text::tr("--map: %1").arg(s.error().message));
    }
    if (Status s = DealImport::setContactDefaults(*plan, c.option("language").value_or(QString()),
                                                  c.option("tz").value_or(QString()));
        !s)
        return inputError((s.error().field == Field::Language ? QStringLiteral("--language: ")
                                                              : QStringLiteral("--tz: "))
                          + s.error().message);
    const bool dry = c.args().flag("dry-run");
    auto outcome = dry ? DealImport::prepare(*plan, c.pipeline(), c.now())
                       : DealImport::apply(*plan, c.pipeline(), c.now());
    if (!outcome)
        return outcome.error().kind == ErrorKind::Input
            ? inputError(Text::tr("%1: %2").arg(path, outcome.error().message))
            : outcome.error();
    const QStringList unused = plan->unusedColumns();
    if (c.json()) {
        QJsonArray rows;
        for (const auto &r : outcome->rows) {
            QJsonObject o { { QStringLiteral("line"), r.line },
                            { QStringLiteral("action"), actionName(r.action) },
                            { QStringLiteral("title"), r.title } };
            if (r.dealId)
                o.insert(QStringLiteral("deal"), r.dealId);
            if (!r.reason.isEmpty())
                o.insert(QStringLiteral("reason"), r.reason);
            rows << o;
        }
        c.print(QJsonObject {
            { QStringLiteral("deals"), outcome->created + outcome->updated },
            { QStringLiteral("dry_run"), dry },
            { QStringLiteral("created"), outcome->created },
            { QStringLiteral("updated"), outcome->updated },
            { QStringLiteral("skipped"), outcome->skipped },
            { QStringLiteral("format"), DealImport::formatName(plan->format) },
            { QStringLiteral("encoding"), plan->encoding },
            { QStringLiteral("separator"), separatorName(plan->separator) },
            { QStringLiteral("new_stages"), QJsonArray::fromStringList(outcome->newStages) },
            { QStringLiteral("new_stages_after"),
              QJsonArray::fromStringList(outcome->newStagesAfter) },
            { QStringLiteral("unused_columns"), QJsonArray::fromStringList(unused) },
            { QStringLiteral("notes"), QJsonArray::fromStringList(outcome->notes) },
            { QStringLiteral("rows"), rows } });
        return success();
    }
    QTextStream &out = c.out();
    out << Text::tr("%1: a %2 export, %3, fields separated by %4.\n")
               .arg(path, DealImport::formatName(plan->format), plan->encoding,
                    separatorWords(plan->separator));
    out << (dry ? Text::tr("Would create %1, update %2 and skip %3 deals; nothing was written.\n")
                : Text::tr("Created %1, updated %2 and skipped %3 deals.\n"))
               .arg(outcome->created)
               .arg(outcome->updated)
               .arg(outcome->skipped);
    if (!outcome->newStages.isEmpty()) {
        QStringList placed;
        for (qsizetype i = 0; i < outcome->newStages.size(); ++i) {
            const QString after = outcome->newStagesAfter.value(i);
            placed << (after.isEmpty()
                           ? Text::tr("%1 (first)").arg(outcome->newStages.at(i))
                           : Text::tr("%1 (after %2)").arg(outcome->newStages.at(i), after));
        }
        out << Text::tr("New stages: %1.\n").arg(placed.join(QStringLiteral(", ")));
    }
    if (!unused.isEmpty())
        out << Text::tr("Columns not imported: %1.\n").arg(unused.join(QStringLiteral(", ")));
    for (const QString &note : std::as_const(outcome->notes))
        out << note << '\n';
    for (const auto &r : outcome->rows) {
        if (r.action == DealImport::RowOutcome::Action::Create)
            continue;
        out << "  "
            << (r.action == DealImport::RowOutcome::Action::Update ? Text::tr("updated")
                                                                   : Text::tr("skipped"))
            << Text::tr(" row %1 “%2”: %3\n").arg(r.line).arg(r.title, r.reason);
    }
    return success();
}

Status exportDeals(Context &c)
{
    const QString path = c.word(1);
    if (path.isEmpty())
        return inputError(Text::tr("export needs a file name: export FILE.csv."));
    // The rep's own deals, or with --team everyone's.
    auto deals = c.pipeline().deals().list(
        DealFilter { std::nullopt, std::nullopt, c.pipeline().listedOwner() });
    if (!deals)
        return deals.error();
    if (Status s = c.writeFile(QStringLiteral("export"), path, DealCsv::write(*deals).toUtf8()); !s)
        return s;
    if (c.json())
        c.print(QJsonObject { { QStringLiteral("deals"), int(deals->size()) },
                              { QStringLiteral("file"), path } });
    else
        c.out() << Text::tr("Exported %1 deals to %2.\n").arg(deals->size()).arg(path);
    return success();
}

} // namespace

QList<Command> exchangeCommands()
{
    return {
        { QStringLiteral("import"),
          { QStringLiteral("map"), QStringLiteral("encoding"), QStringLiteral("language"),
            QStringLiteral("tz") },
          Database::Mode::MustExist,
          importDeals },
        { QStringLiteral("export"),
          {},
          Database::Mode::MustExist,
          exportDeals,
          Database::Check::Deferred },
    };
}

} // namespace NineTouch::Cli
