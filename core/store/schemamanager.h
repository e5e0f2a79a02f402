// The file's schema, apart from the connection (as Mixxx keeps its SchemaManager apart): which
// version a file is at, whether it is NineTouch's and not newer than this program, and the
// migrations (migrations.cpp) that bring it to the current version, one transaction each.
#pragma once

#include "result.h"

#include <QCoreApplication>

namespace NineTouch {

class Database;

class SchemaManager final
{
    Q_DECLARE_TR_FUNCTIONS(SchemaManager)

public:
    explicit SchemaManager(Database &db);

    // The version this program writes: the number of migrations.
    static int currentVersion();
    // The version the database is at (SQLite's PRAGMA user_version, the schema_version table on
    // PostgreSQL); -1 when it cannot be read.
    static int fileVersion(const Database &db);

    // Refuses a file of a newer NineTouch or a database of another program; created: the
    // file was made empty just now.
    Status check(bool created) const;
    // Runs the migrations the file lacks, each in one transaction with its foreign keys
    // checked before it commits; a failed one leaves the file at the version before it.
    Status upgrade();

private:
    Status upgradeServer();

    Database &m_db;
};

} // namespace NineTouch
