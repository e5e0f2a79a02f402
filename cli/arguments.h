// The command line as words, options with values, and flags; and how the CLI names a field
// (by its flag) when it says what is wrong.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <optional>

namespace NineTouch::Cli {

struct Arguments
{
    QStringList words; // the command, its subcommand and its operands
    QMap<QString, QString> options; // --name value or --name=value
    QSet<QString> flags; // --json, --dry-run, --sent, --help
    QMap<QString, QStringList> repeated; // options given more than once, in order (--map)

    std::optional<QString> option(const char *name) const;
    QString word(qsizetype i) const { return words.value(i); }
    bool flag(const char *name) const { return flags.contains(QLatin1String(name)); }
    QStringList all(const char *name) const { return repeated.value(QLatin1String(name)); }
};

// Splits args (without the program name); an option given twice or without its value is an
// input error.
Result<Arguments> parseArguments(const QStringList &args);

// The flag (or setting key) a field is given with: Field::Title is "--title".
QString flagOf(Field field);

// An error as the CLI prints it: named by its flag, with SQLite's detail and a hint.
QString describe(const Error &error);

} // namespace NineTouch::Cli
