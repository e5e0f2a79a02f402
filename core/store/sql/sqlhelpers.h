// Small helpers shared by the repositories: times are stored as UTC seconds.
#pragma once

#include "access.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <QHash>

#include <initializer_list>
#include <memory>

namespace NineTouch::Sql {

inline QVariant fromTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QVariant optionalInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int));
}

// Binds values in order. A null QString is bound as '' (Qt would bind NULL).
inline void bindAll(QSqlQuery &q, std::initializer_list<QVariant> values)
{
    for (const QVariant &v : values) {
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(v);
    }
}

// The id an INSERT ... RETURNING id gave, on either engine (lastInsertId() would read
// PostgreSQL's lastval(), which the change log's trigger moves). The statement is finished, so
// a cached one keeps no result open.
inline qint64 insertedId(QSqlQuery &q)
{
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

// Statements a repository runs thousands of times (the demo, busy days), prepared once per
// connection: again after a server's connection was made anew (its prepared statements went
// with the old session). Keyed by the SQL literal; a SELECT must be finish()ed after reading.
class StatementCache final
{
public:
    QSqlQuery &get(const Database &db, const char *sql)
    {
        if (const int session = Access::session(db); session != m_session) {
            m_statements.clear();
            m_session = session;
        }
        auto &slot = m_statements[sql];
        if (!slot) {
            slot = std::make_shared<QSqlQuery>(Access::connection(db));
            slot->prepare(QLatin1String(sql));
        }
        return *slot;
    }

private:
    QHash<const char *, std::shared_ptr<QSqlQuery>> m_statements;
    int m_session = 0;
};

} // namespace NineTouch::Sql
