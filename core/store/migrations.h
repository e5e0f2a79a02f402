// The schema's history: migration N takes a database from version N to N + 1.
//
// SQLite files have come through every version since the first. A PostgreSQL database starts
// at postgresBaselineVersion(), made in one step by postgresBaseline(): the same tables, columns
// and rules as an SQLite file at that version, in PostgreSQL's words. A migration after it
// gives its PostgreSQL text beside SQLite's.
#pragma once

#include <QList>

namespace NineTouch {

// One statement per entry: statements are never split out of a script on ';'.
struct Migration
{
    QList<const char *> statements; // SQLite
    QList<const char *> postgres; // PostgreSQL; only for migrations after the baseline
};

const QList<Migration> &migrations();

int postgresBaselineVersion();
const QList<const char *> &postgresBaseline();

} // namespace NineTouch
