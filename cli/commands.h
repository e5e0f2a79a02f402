// The CLI's command table: each command's words, the options it takes, whether it may create
// the database, and the function that runs it. One file per group under commands/.
#pragma once

#include "context.h"

namespace NineTouch::Cli {

struct Command
{
    QString name; // "deal add", "next"
    QStringList options; // besides --db and --now
    Database::Mode mode = Database::Mode::MustExist;
    Status (*run)(Context &) = nullptr;
    // A command that only reads skips the whole-file check at open (PRAGMA quick_check, which
    // costs what the file's size costs): SQLite still refuses a damaged page it reads, and
    // says "damaged". A command that writes checks the whole file first.
    Database::Check check = Database::Check::Full;
    // The command opens the databases it names itself (migrate: --from and --to), not --db.
    bool ownDatabases = false;
};

const QList<Command> &commands();

// One group each, in commands/.
QList<Command> setupCommands(); // init, demo, settings, backup, check, migrate
QList<Command> dealCommands(); // deal add, list, show, update, won, lost, reopen
QList<Command> activityCommands(); // meeting set, held, missed; touch
QList<Command> queueCommands(); // next, report
QList<Command> draftCommands(); // draft, ics
QList<Command> exchangeCommands(); // import, export
QList<Command> mailCommands(); // mail send, mail sync

} // namespace NineTouch::Cli
