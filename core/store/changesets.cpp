// Database's changesets: an edit recorded as the rows it changed (SQLite's session
// extension), and taken back or done again over what the file holds now, refused with words
// the rep recognises when someone else changed those rows since. The connection, its checks,
// migrations and the change log are database.cpp.
#include "database.h"

#include "names.h"
#include "reptext.h"
#include "sql/access.h"
#include "sql/dealcolumns.h"
#include "sql/rowreader.h"
#include "sql/undowords.h"
#include "validation.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <memory>

// The session extension (changesets), built into Debian's and Ubuntu's SQLite.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

namespace NineTouch {

namespace {

using UndoWords::describeRow;
using UndoWords::fieldOfColumn;
using UndoWords::recordedTables;
using UndoWords::rowName;

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool sameValue(sqlite3_value *a, sqlite3_value *b)
{
    const int type = sqlite3_value_type(a);
    if (type != sqlite3_value_type(b))
        return false;
    switch (type) {
    case SQLITE_NULL:
        return true;
    case SQLITE_INTEGER:
        return sqlite3_value_int64(a) == sqlite3_value_int64(b);
    case SQLITE_FLOAT:
        return sqlite3_value_double(a) == sqlite3_value_double(b);
    default: {
        const int n = sqlite3_value_bytes(a);
        return n == sqlite3_value_bytes(b)
            && std::memcmp(sqlite3_value_blob(a), sqlite3_value_blob(b), size_t(n)) == 0;
    }
    }
}

// One integer the statement reads, or fallback.
sqlite3_int64 integerOf(sqlite3 *db, const QByteArray &sql, sqlite3_int64 bound,
                        sqlite3_int64 fallback)
{
    sqlite3_stmt *st = nullptr;
    sqlite3_int64 value = fallback;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, bound);
        if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
            value = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    return value;
}

// Whether the changeset deletes the row of table whose first column (its id) is key.
bool deletes(const QByteArray &changeset, const QByteArray &table, sqlite3_int64 key)
{
    sqlite3_changeset_iter *it = nullptr;
    QByteArray data = changeset;
    if (sqlite3changeset_start(&it, int(data.size()), data.data()) != SQLITE_OK)
        return false;
    bool found = false;
    while (!found && sqlite3changeset_next(it) == SQLITE_ROW) {
        const char *name = nullptr;
        int columns = 0;
        int op = 0;
        if (sqlite3changeset_op(it, &name, &columns, &op, nullptr) != SQLITE_OK || !name
            || op != SQLITE_DELETE || table != name)
            continue;
        sqlite3_value *id = nullptr;
        if (sqlite3changeset_old(it, 0, &id) == SQLITE_OK && id && sqlite3_value_int64(id) == key)
            found = true;
    }
    sqlite3changeset_finalize(it);
    return found;
}

// Which link a changeset would break, by the rows that break it (PRAGMA foreign_key_check):
// a row written since that refers to one this would delete, or one this would bring back
// that refers to one deleted since.
QString brokenLink(sqlite3 *db, const QSqlDatabase &connection, const QByteArray &changeset)
{
    sqlite3_stmt *st = nullptr;
    QString message;
    if (sqlite3_prepare_v2(db, "PRAGMA foreign_key_check", -1, &st, nullptr) == SQLITE_OK
        && sqlite3_step(st) == SQLITE_ROW) {
        const QByteArray child(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        const sqlite3_int64 rowid = sqlite3_column_int64(st, 1);
        const QByteArray parent(reinterpret_cast<const char *>(sqlite3_column_text(st, 2)));
        const int link = sqlite3_column_int(st, 3);
        // The column of the child that names the parent, and the parent it names.
        QByteArray column;
        sqlite3_stmt *fk = nullptr;
        const QByteArray list = QByteArray("PRAGMA foreign_key_list(") + child + ')';
        if (sqlite3_prepare_v2(db, list.constData(), -1, &fk, nullptr) == SQLITE_OK) {
            while (sqlite3_step(fk) == SQLITE_ROW) {
                if (sqlite3_column_int(fk, 0) == link)
                    column = reinterpret_cast<const char *>(sqlite3_column_text(fk, 3));
            }
        }
        sqlite3_finalize(fk);
        const sqlite3_int64 key = column.isEmpty()
            ? -1
            : integerOf(db, QByteArray("SELECT ") + column + " FROM " + child + " WHERE rowid = ?",
                        rowid, -1);
        const QString row = describeRow(connection, child, rowid);
        message = deletes(changeset, parent, key)
            ? Database::tr("It would delete %1, and %2 was written to it elsewhere in the "
                           "meantime.")
                  .arg(rowName(parent), row)
            : Database::tr("It would bring back %1, but %2 it belongs to was deleted elsewhere "
                           "in the meantime.")
                  .arg(row, rowName(parent));
    }
    sqlite3_finalize(st);
    if (message.isEmpty())
        message = Database::tr("It would break a link with something written or removed since "
                               "(an entry of the deal's timeline, a meeting, a stage or a "
                               "contact).");
    return message;
}

// Decides, row by row, whether a changeset may be applied over what the file holds now.
struct ApplyContext
{
    sqlite3 *db = nullptr;
    QSqlDatabase connection;
    QByteArray changeset; // as applied (inverted for an undo)
    QHash<QByteArray, QList<QByteArray>> columns; // table -> column names, in order
    Error refusal;
    bool refused = false;

    void refuse(const QString &message, QList<Field> fields = {})
    {
        if (refused)
            return;
        refused = true;
        refusal = NineTouch::refusal(message);
        refusal.conflicts = std::move(fields);
    }
};

int onConflict(void *context, int kind, sqlite3_changeset_iter *it)
{
    auto *ctx = static_cast<ApplyContext *>(context);
    const char *tableName = nullptr;
    int columnCount = 0;
    int op = 0;
    sqlite3changeset_op(it, &tableName, &columnCount, &op, nullptr);
    const QByteArray table(tableName ? tableName : "");
    const QString what = rowName(table);
    switch (kind) {
    case SQLITE_CHANGESET_DATA: {
        // The row is there, but some values are not what this edit left. Bookkeeping columns
        // (when a row was last updated) do not count; anything else is someone else's write.
        const QList<QByteArray> names = ctx->columns.value(table);
        QList<Field> fields;
        bool real = false;
        for (int i = 0; i < columnCount; ++i) {
            sqlite3_value *expected = nullptr;
            sqlite3_value *current = nullptr;
            // An UPDATE carries the columns it changed; a DELETE the whole row.
            sqlite3changeset_old(it, i, &expected);
            if (!expected || sqlite3changeset_conflict(it, i, &current) != SQLITE_OK || !current)
                continue;
            if (sameValue(expected, current))
                continue;
            const QByteArray column = names.value(i);
            if (column == "updated_at")
                continue;
            real = true;
            const Field f = fieldOfColumn(table, column);
            if (f != Field::None && !fields.contains(f))
                fields << f;
        }
        if (!real)
            return SQLITE_CHANGESET_REPLACE;
        ctx->refuse(Database::tr("%1 was changed elsewhere since.").arg(what), fields);
        return SQLITE_CHANGESET_ABORT;
    }
    case SQLITE_CHANGESET_NOTFOUND:
        ctx->refuse(Database::tr("%1 was removed elsewhere since.").arg(what));
        return SQLITE_CHANGESET_ABORT;
    case SQLITE_CHANGESET_CONFLICT:
        ctx->refuse(Database::tr("%1 was added again elsewhere since.").arg(what));
        return SQLITE_CHANGESET_ABORT;
    case SQLITE_CHANGESET_FOREIGN_KEY:
        // Reported once, at the end: a row written since refers to one this would remove, or
        // this would bring back a row that refers to one removed since.
        ctx->refuse(brokenLink(ctx->db, ctx->connection, ctx->changeset));
        return SQLITE_CHANGESET_ABORT;
    case SQLITE_CHANGESET_CONSTRAINT:
    default:
        if (table == "meetings")
            ctx->refuse(Database::tr("Another meeting of the deal was scheduled since."));
        else
            ctx->refuse(Database::tr("It clashes with something written since, in %1.").arg(what));
        return SQLITE_CHANGESET_ABORT;
    }
}

} // namespace

Result<Change> Database::record(const std::function<Status()> &work)
{
    Q_ASSERT_X(m_depth == 0, "Database::record", "a recording cannot be nested in a write");
    if (m_engine == Engine::PostgreSQL)
        return recordRows(work); // rowimages.cpp
    sqlite3 *db = handleOf(Sql::connection(*this));
    if (!db)
        return storageError(tr("%1 is not open.").arg(m_path));
    QByteArray changeset;
    Status s = write([&]() -> Status {
        sqlite3_session *session = nullptr;
        if (sqlite3session_create(db, "main", &session) != SQLITE_OK)
            return storageError(tr("%1: the change could not be recorded.").arg(m_path),
                                QString::fromUtf8(sqlite3_errmsg(db)));
        // Detached and freed on every way out, a thrown exception's included: a session left
        // attached would go on recording every later write.
        const std::unique_ptr<sqlite3_session, void (*)(sqlite3_session *)> owned(
            session, sqlite3session_delete);
        for (const char *table : recordedTables) {
            if (sqlite3session_attach(session, table) != SQLITE_OK)
                return storageError(tr("%1: the change could not be recorded.").arg(m_path),
                                    QString::fromUtf8(sqlite3_errmsg(db)));
        }
        Status done = work();
        if (done) {
            int size = 0;
            void *data = nullptr;
            if (sqlite3session_changeset(session, &size, &data) == SQLITE_OK)
                changeset = QByteArray(static_cast<const char *>(data), size);
            else
                done = storageError(tr("%1: the change could not be recorded.").arg(m_path));
            sqlite3_free(data);
        }
        return done;
    });
    if (!s)
        return s.error();
    return Change(changeset);
}

Status Database::revert(const Change &change)
{
    return apply(change, true);
}

Status Database::reapply(const Change &change)
{
    return apply(change, false);
}

Status Database::apply(const Change &change, bool invert)
{
    if (change.isEmpty())
        return success();
    if (m_engine == Engine::PostgreSQL)
        return applyRows(change, invert); // rowimages.cpp
    sqlite3 *db = handleOf(Sql::connection(*this));
    if (!db)
        return storageError(tr("%1 is not open.").arg(m_path));
    ApplyContext context;
    context.db = db;
    context.connection = Sql::connection(*this);
    for (const char *table : recordedTables) {
        QSqlQuery q(Sql::connection(*this));
        if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(QLatin1String(table))))
            return Sql::failure(*this, q);
        QList<QByteArray> names;
        while (q.next())
            names << q.value(1).toString().toUtf8();
        context.columns.insert(table, names);
    }
    QByteArray data = change.changeset();
    if (invert) {
        int size = 0;
        void *inverted = nullptr;
        if (sqlite3changeset_invert(int(data.size()), data.data(), &size, &inverted) != SQLITE_OK)
            return storageError(tr("%1: the change could not be taken back.").arg(m_path));
        data = QByteArray(static_cast<const char *>(inverted), size);
        sqlite3_free(inverted);
    }
    return write([&]() -> Status {
        context.changeset = data;
        const int rc = sqlite3changeset_apply(db, int(data.size()), data.data(), nullptr,
                                              onConflict, &context);
        if (context.refused)
            return context.refusal;
        if (rc != SQLITE_OK)
            return storageError(tr("%1: the database refused the change.").arg(m_path),
                                QString::fromUtf8(sqlite3_errmsg(db)));
        return success();
    });
}

} // namespace NineTouch
