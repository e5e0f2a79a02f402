// A whole pipeline copied from one database to another, SQLite or PostgreSQL either way
// (ninetouch-cli migrate): every row of every table the rep's work lives in, under its own id,
// inside the caller's write on the target, so that the target ends up whole or untouched.
// The bookkeeping of writes (the change log, the cadence summaries and their mark) is not
// copied: the target makes its summaries again from the histories it now holds.
#pragma once

#include "database.h"
#include "result.h"

#include <QCoreApplication>
#include <QMap>

namespace NineTouch {

class Transfer final
{
    Q_DECLARE_TR_FUNCTIONS(Transfer)

public:
    using Counts = QMap<QString, qint64>; // table -> rows copied

    // Runs inside a write on target. Refuses a target that holds deals; replaces the stages,
    // settings and templates a new database starts with. Reads the source in one snapshot, and
    // checks that the target holds as many rows of each table as the source.
    static Result<Counts> copy(const Database &source, Database &target);
};

} // namespace NineTouch
