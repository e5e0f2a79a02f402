#include "transfer.h"

#include "sql/access.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <iterator>

namespace NineTouch {

namespace {

// Parents before the rows that refer to them.
constexpr const char *copiedTables[] = {
    "organizations", "contacts", "stages",    "deals",     "deal_stakeholders",
    "meetings",      "touches",  "tasks",     "templates", "settings",
    "rep_settings",  "holidays", "mail_seen",
};
// What a new database holds before anything is copied into it. (Of the reps' own settings and
// inbox places, only the copier's are replaced: another rep on the target keeps theirs.)
constexpr const char *startingTables[] = { "stages", "settings", "templates", "holidays" };
// A rep's own rows, which another rep already on the target keeps: the copier's are replaced,
// the others' copied where the target has none.
constexpr const char *repsOwnTables[] = { "rep_settings", "mail_seen" };
bool keptByTarget(const QString &table)
{
    return std::any_of(std::begin(repsOwnTables), std::end(repsOwnTables),
                       [&table](const char *own) { return table == QLatin1String(own); });
}
// The columns that name a rep (reps.id), which each database numbers its own way.
QString repColumn(const QString &table)
{
    if (table == QLatin1String("deals"))
        return QStringLiteral("owner");
    if (table == QLatin1String("rep_settings") || table == QLatin1String("mail_seen")
        || table == QLatin1String("touches"))
        return QStringLiteral("rep");
    return QString();
}
// The tables whose ids are identities on PostgreSQL, moved past the ids copied.
constexpr const char *identityTables[] = { "organizations", "contacts", "stages", "deals",
                                           "meetings",      "touches",  "tasks" };

Result<qint64> countOf(const Database &db, const char *table)
{
    QSqlQuery q(Sql::connection(db));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !q.next())
        return Sql::failure(db, q);
    return q.value(0).toLongLong();
}

// A read of the whole source as of one moment: a transaction of its own, read-only.
class Snapshot final
{
public:
    explicit Snapshot(const Database &db)
        : m_db(db)
    {
        QSqlQuery q(Sql::connection(db));
        m_open = q.exec(db.engine() == Database::Engine::PostgreSQL
                            ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                            : QStringLiteral("BEGIN"));
        if (!m_open)
            m_error = Sql::failure(db, q);
    }
    ~Snapshot()
    {
        if (m_open)
            QSqlQuery(Sql::connection(m_db)).exec(QStringLiteral("ROLLBACK"));
    }
    Status status() const { return m_open ? success() : Status(m_error); }

private:
    const Database &m_db;
    bool m_open = false;
    Error m_error;
};

// The reps of source as reps of target: whoever copies is the same rep on both sides (the
// file's own rep and the server's login alike); every other rep is found there by login, or
// added.
Result<QHash<qint64, qint64>> mapReps(const Database &source, Database &target)
{
    QSqlQuery read(Sql::connection(source));
    if (!read.exec(QStringLiteral("SELECT id, login FROM reps")))
        return Sql::failure(source, read);
    QHash<qint64, qint64> to;
    QSqlQuery write(Sql::connection(target));
    while (read.next()) {
        const qint64 id = read.value(0).toLongLong();
        if (id == source.rep()) {
            to.insert(id, target.rep());
            continue;
        }
        const QString login = read.value(1).toString();
        // A file's own rep has no login: when the file also holds the copier's login as
        // another rep, which of the two the copier is cannot be told. Two reps never become one.
        if (!target.login().isEmpty() && login == target.login())
            return refusal(Transfer::tr("%1 holds deals of %2 and of its own rep, who may be "
                                        "someone else: copied by %2, they would become one "
                                        "rep's. Nothing was changed; let the file's own rep "
                                        "copy it.")
                               .arg(source.displayName(), login));
        write.prepare(QStringLiteral("SELECT id FROM reps WHERE login = ?"));
        write.addBindValue(login);
        if (!write.exec())
            return Sql::failure(target, write);
        if (!write.next()) {
            write.prepare(
                QStringLiteral("INSERT INTO reps (login, created_at) VALUES (?, ?) RETURNING id"));
            write.addBindValue(login);
            write.addBindValue(QDateTime::currentSecsSinceEpoch());
            if (!write.exec() || !write.next())
                return Sql::failure(target, write);
        }
        to.insert(id, write.value(0).toLongLong());
    }
    return to;
}

} // namespace

Result<Transfer::Counts> Transfer::copy(const Database &source, Database &target)
{
    Q_ASSERT(target.inTransaction());
    auto deals = countOf(target, "deals");
    if (!deals)
        return deals.error();
    if (*deals > 0)
        return refusal(tr("%1 holds deals already: NineTouch copies a pipeline only into an empty "
                          "database, and never mixes two.")
                           .arg(target.displayName()));
    const Snapshot snapshot(source);
    if (Status s = snapshot.status(); !s)
        return s.error();

    QSqlQuery write(Sql::connection(target));
    for (const char *table : startingTables) {
        if (!write.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))))
            return Sql::failure(target, write);
    }
    for (const char *table : repsOwnTables) {
        write.prepare(QStringLiteral("DELETE FROM %1 WHERE rep = ?").arg(QLatin1String(table)));
        write.addBindValue(target.rep());
        if (!write.exec())
            return Sql::failure(target, write);
    }
    auto owners = mapReps(source, target);
    if (!owners)
        return owners.error();
    Counts counts;
    for (const char *table : copiedTables) {
        const QString name = QLatin1String(table);
        QSqlQuery read(Sql::connection(source));
        read.setForwardOnly(source.engine() == Database::Engine::SQLite);
        if (!read.exec(QStringLiteral("SELECT * FROM %1").arg(name)))
            return Sql::failure(source, read);
        const QSqlRecord columns = read.record();
        QStringList names;
        for (int i = 0; i < columns.count(); ++i)
            names << columns.fieldName(i);
        const QString repNamed = repColumn(name);
        const int repAt = repNamed.isEmpty() ? -1 : columns.indexOf(repNamed);
        // Many rows per statement to a server: one round trip for each batch, not each row.
        // SQLite is in this process, and looks its placeholders up one by one: a row each.
        const int perBatch = target.engine() == Database::Engine::PostgreSQL
            ? qMax(1, 20000 / int(names.size()))
            : 1;
        const QString row = QLatin1Char('(')
            + QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", "))
            + QLatin1Char(')');
        const QString head = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                                 .arg(name, names.join(QStringLiteral(", ")));
        const QString tail =
            keptByTarget(name) ? QStringLiteral(" ON CONFLICT DO NOTHING") : QString();
        QList<QVariant> pending;
        qint64 rows = 0;
        QSqlQuery full(Sql::connection(target)); // prepared once, for a whole batch
        auto flush = [&]() -> Status {
            const int batch = int(pending.size() / names.size());
            if (batch == 0)
                return success();
            QSqlQuery partial(Sql::connection(target));
            QSqlQuery &insert = batch == perBatch ? full : partial;
            if (!insert.isValid() && insert.lastQuery().isEmpty()
                && !insert.prepare(head + QStringList(batch, row).join(QStringLiteral(", "))
                                   + tail))
                return Sql::failure(target, insert);
            for (const QVariant &v : std::as_const(pending))
                insert.addBindValue(v);
            if (!insert.exec())
                return Sql::failure(target, insert);
            pending.clear();
            return success();
        };
        while (read.next()) {
            for (int i = 0; i < columns.count(); ++i) {
                if (i == repAt) {
                    const auto to = owners->constFind(read.value(i).toLongLong());
                    if (to == owners->cend())
                        return storageError(
                            tr("%1: a row of %2 names rep %3, who is not there. "
                               "Nothing was changed.")
                                .arg(source.displayName(), name, read.value(i).toString()));
                    pending.append(*to);
                } else {
                    pending.append(read.value(i));
                }
            }
            ++rows;
            if (rows % perBatch == 0) {
                if (Status s = flush(); !s)
                    return s.error();
            }
        }
        if (Status s = flush(); !s)
            return s.error();
        if (read.lastError().isValid())
            return Sql::failure(source, read);
        // Every row there, none twice (another rep's own rows on the target are theirs).
        auto there = countOf(target, table);
        if (!there)
            return there.error();
        if (*there != rows && !keptByTarget(name))
            return storageError(tr("%1: %2 rows of %3 were copied, but %4 are there. Nothing "
                                   "was changed.")
                                    .arg(target.displayName())
                                    .arg(rows)
                                    .arg(name)
                                    .arg(*there));
        counts.insert(name, rows);
    }
    if (target.engine() == Database::Engine::PostgreSQL) {
        // New rows get ids after the copied ones (SQLite's AUTOINCREMENT follows by itself).
        for (const char *table : identityTables) {
            if (!write.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                           "coalesce(max(id), 0) + 1, false) FROM %1")
                                .arg(QLatin1String(table))))
                return Sql::failure(target, write);
        }
    }
    return counts;
}

} // namespace NineTouch
