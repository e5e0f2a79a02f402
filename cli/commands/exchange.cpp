// import and export: deals with their contacts as CSV.
#include "commands.h"
#include "dealcsv.h"
#include "textfile.h"

#include <QFile>
#include <QJsonObject>

namespace NineTouch::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)
};

Status importDeals(Context &c)
{
    const QString path = c.word(1);
    if (path.isEmpty())
        return inputError(Text::tr("import needs a CSV file: import FILE.csv [--dry-run]."));
    auto file = TextFile::read(path);
    if (!file)
        return file.error();
    auto deals = DealCsv::read(file->text, c.pipeline());
    if (!deals)
        return inputError(Text::tr("%1: %2").arg(path, deals.error().message));
    const bool dry = c.args().flag("dry-run");
    int count = int(deals->size());
    if (!dry) {
        auto imported = c.pipeline().importDeals(*deals, c.now());
        if (!imported)
            return imported.error();
        count = *imported;
    }
    if (c.json())
        c.print(
            QJsonObject { { QStringLiteral("deals"), count }, { QStringLiteral("dry_run"), dry } });
    else
        c.out() << (dry ? Text::tr("%1 deals would be imported from %2; nothing was written.\n")
                        : Text::tr("Imported %1 deals from %2.\n"))
                       .arg(count)
                       .arg(path);
    return success();
}

Status exportDeals(Context &c)
{
    const QString path = c.word(1);
    if (path.isEmpty())
        return inputError(Text::tr("export needs a file name: export FILE.csv."));
    auto deals = c.pipeline().deals().list();
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
        { QStringLiteral("import"), {}, Database::Mode::MustExist, importDeals },
        { QStringLiteral("export"), {}, Database::Mode::MustExist, exportDeals },
    };
}

} // namespace NineTouch::Cli
