// Small helpers shared by the repositories: times are stored as UTC seconds.
#pragma once

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace NineTouch::Sql {

inline QVariant fromTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QDateTime toTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

inline QVariant optionalInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int));
}

inline std::optional<int> toOptionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
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

} // namespace NineTouch::Sql
