// init, demo, settings, backup, check, migrate: the database and the rep's settings.
#include "commands.h"
#include "demogenerator.h"
#include "schemamanager.h"
#include "validation.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace NineTouch::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)
};

Status init(Context &c)
{
    const Database &db = c.pipeline().database();
    if (c.json())
        c.print(QJsonObject { { QStringLiteral("db"), db.path() },
                              { QStringLiteral("schema"), SchemaManager::fileVersion(db) } });
    else
        c.out() << Text::tr("Database ready: %1 (schema %2)\n")
                       .arg(db.path())
                       .arg(SchemaManager::fileVersion(db));
    return success();
}

Status demo(Context &c)
{
    auto count =
        parseInt(Field::None, c.option("deals").value_or(QStringLiteral("200")), 1, 100000);
    if (!count)
        return inputError(Text::tr("--deals: %1").arg(count.error().message));
    bool ok = true;
    const quint64 seed = c.option("seed") ? c.option("seed")->toULongLong(&ok) : 1;
    if (!ok)
        return inputError(Text::tr("--seed: '%1' is not a whole number.").arg(*c.option("seed")));
    DemoGenerator generator(c.pipeline(), seed);
    auto made = generator.generate(*count, c.now());
    if (!made)
        return made.error();
    if (c.json())
        c.print(QJsonObject { { QStringLiteral("deals"), *made } });
    else
        c.out() << Text::tr("Added %1 demo deals to %2\n")
                       .arg(*made)
                       .arg(c.pipeline().database().path());
    return success();
}

Status settings(Context &c)
{
    const QString key = c.word(1);
    const auto &args = c.args();
    if (!key.isEmpty() && !Settings::keys().contains(key))
        return inputError(Text::tr("Unknown setting '%1'; the settings are: %2.")
                              .arg(key, Settings::keys().join(QStringLiteral(", "))));
    if (args.words.size() > 3)
        return inputError(Text::tr("settings takes a key and one value; quote a value with "
                                   "spaces."));
    if (args.words.size() == 3) {
        if (Status s = c.pipeline().setSetting(key, c.word(2)); !s)
            return s;
    }
    const Settings &s = c.pipeline().settings();
    const QStringList keys = key.isEmpty() ? Settings::keys() : QStringList { key };
    if (c.json()) {
        QJsonObject o;
        for (const QString &k : keys)
            o.insert(k, s.value(k));
        c.print(o);
        return success();
    }
    for (const QString &k : keys)
        c.out() << k << " = "
                << QString(s.value(k)).replace(QLatin1Char('\n'), QLatin1String("\\n")) << '\n';
    return success();
}

Status backup(Context &c)
{
    const QString path = c.word(1);
    if (path.isEmpty())
        return inputError(Text::tr("backup needs a file name: backup FILE."));
    if (Status s = c.pipeline().database().backupTo(path); !s)
        return s;
    if (c.json())
        c.print(QJsonObject { { QStringLiteral("backup"), path } });
    else
        c.out() << Text::tr("Backed up to %1.\n").arg(path);
    return success();
}

// Each deal's stored cadence summary against a replay of its history.
Status check(Context &c)
{
    Pipeline &p = c.pipeline();
    // Opened without the check at open, which would bring the summaries current first and
    // hide what a program that keeps none wrote: the whole file is checked here.
    if (Status s = Database::quickCheck(p.database().path()); !s)
        return s;
    const bool repair = c.args().flag("repair");
    auto found = p.checkSummaries();
    if (!found)
        return found.error();
    const SummaryCheck before = *found;
    if (repair && !before.ok()) {
        if (Status s = p.rebuildSummaries(); !s)
            return s;
        found = p.checkSummaries();
        if (!found)
            return found.error();
    }
    const SummaryCheck &after = *found;
    auto ids = [](const QList<qint64> &list) {
        QJsonArray a;
        for (qint64 id : list)
            a.append(id);
        return a;
    };
    if (c.json()) {
        c.print(
            QJsonObject { { QStringLiteral("deals"), before.deals },
                          { QStringLiteral("current"), before.current },
                          { QStringLiteral("missing"), ids(before.missing) },
                          { QStringLiteral("drifted"), ids(before.drifted) },
                          { QStringLiteral("repaired"), repair && !before.ok() && after.ok() } });
    } else if (before.ok()) {
        c.out() << Text::tr("%n deal(s): every cadence summary says what its history says.\n",
                            nullptr, before.deals);
    } else {
        // A screenful at most: after an upgrade every deal lacks one (--json lists them all).
        auto list = [](const QList<qint64> &l) {
            constexpr qsizetype shown = 20;
            QStringList words;
            for (qsizetype i = 0; i < std::min(shown, l.size()); ++i)
                words << QLatin1Char('#') + QString::number(l.at(i));
            QString text = words.join(QStringLiteral(", "));
            if (l.size() > shown)
                text += QLatin1Char(' ') + Text::tr("and %n more", nullptr, int(l.size() - shown));
            return text;
        };
        if (!before.current)
            c.out() << Text::tr("The summaries do not reach the file's last change: a program that "
                                "keeps none wrote it, or they were made under an older rule.\n");
        if (!before.missing.isEmpty())
            c.out() << Text::tr("No summary: %1\n").arg(list(before.missing));
        if (!before.drifted.isEmpty())
            c.out() << Text::tr("Summary differs from the history: %1\n").arg(list(before.drifted));
        if (repair && after.ok())
            c.out() << Text::tr("Rebuilt: every cadence summary says what its history says now.\n");
    }
    if (!after.ok())
        return storageError(Text::tr("The cadence summaries differ from the deals' histories; "
                                     "'check --repair' makes them again from the histories."));
    return success();
}

// The whole pipeline from one database into another, file or server, either way: into an
// empty one only, in one write, the summaries made again there and compared.
Status migrate(Context &c)
{
    const QString from = c.option("from").value_or(QString());
    const QString to = c.option("to").value_or(QString());
    if (from.isEmpty() || to.isEmpty())
        return inputError(Text::tr("migrate needs --from and --to: the database to copy, and "
                                   "the empty one to copy it into."));
    if (from == to)
        return inputError(Text::tr("--from and --to name the same database."));
    // Read, not written: no summaries brought current there (a file is checked whole here).
    auto source = Pipeline::open(from, Database::Mode::MustExist, Database::Check::Deferred);
    if (source) {
        if (Status whole = Database::quickCheck(from); !whole)
            source = whole.error();
    }
    if (!source) {
        Error e = source.error();
        e.message = Text::tr("--from: %1").arg(e.message);
        e.field = Field::None;
        return e;
    }
    // A file made here for the copy goes again when the copy fails: whole or not at all.
    const QFileInfo targetFile(to);
    const bool madeHere = !Database::isServer(to)
        && (!targetFile.exists() || (targetFile.isFile() && targetFile.size() == 0));
    auto target = Pipeline::open(to, Database::Mode::CreateIfMissing);
    if (!target) {
        Error e = target.error();
        e.message = Text::tr("--to: %1").arg(e.message);
        e.field = Field::None;
        return e;
    }
    auto copied = (*target)->copyFrom(**source);
    if (!copied) {
        target->reset();
        if (madeHere) {
            for (const char *suffix : { "", "-wal", "-shm" })
                QFile::remove(to + QLatin1String(suffix));
        }
        return copied.error();
    }
    const qint64 deals = copied->value(QStringLiteral("deals"));
    if (c.json()) {
        QJsonObject rows;
        for (auto it = copied->cbegin(); it != copied->cend(); ++it)
            rows.insert(it.key(), it.value());
        c.print(QJsonObject { { QStringLiteral("from"), from },
                              { QStringLiteral("to"), to },
                              { QStringLiteral("deals"), deals },
                              { QStringLiteral("rows"), rows } });
    } else {
        c.out() << Text::tr("Copied %n deal(s) with their histories, settings and templates "
                            "from %1 to %2.\n",
                            nullptr, int(deals))
                       .arg((*source)->database().displayName(),
                            (*target)->database().displayName());
    }
    return success();
}

} // namespace

QList<Command> setupCommands()
{
    return {
        { QStringLiteral("init"), {}, Database::Mode::CreateIfMissing, init },
        { QStringLiteral("demo"),
          { QStringLiteral("deals"), QStringLiteral("seed") },
          Database::Mode::CreateNewOnly, // an empty file is turned into a database by init only
          demo },
        { QStringLiteral("settings"), {}, Database::Mode::MustExist, settings },
        { QStringLiteral("backup"), {}, Database::Mode::MustExist, backup },
        { QStringLiteral("check"),
          {},
          Database::Mode::MustExist,
          check,
          Database::Check::Deferred },
        { QStringLiteral("migrate"),
          { QStringLiteral("from"), QStringLiteral("to") },
          Database::Mode::MustExist,
          migrate,
          Database::Check::Full,
          true },
    };
}

} // namespace NineTouch::Cli
