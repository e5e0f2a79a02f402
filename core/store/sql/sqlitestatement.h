// A prepared statement on the connection's own sqlite3 handle, for the bulk reads of the
// board's path, where QSqlQuery's per-value QVariant costs more than SQLite itself.
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace NineTouch {

// Hands out one shared QString per distinct short value (stage names, zones, currencies):
// thousands of rows then cost a reference count, not an allocation each.
class StringPool final
{
public:
    QString get(std::string_view v)
    {
        auto it = m_pool.find(std::string(v)); // short values fit std::string's own buffer
        if (it == m_pool.end())
            it = m_pool
                     .emplace(std::string(v),
                              v.empty() ? QStringLiteral("")
                                        : QString::fromUtf8(v.data(), qsizetype(v.size())))
                     .first;
        return it->second;
    }

private:
    std::unordered_map<std::string, QString> m_pool;
};

class SqliteStatement final
{
    Q_DISABLE_COPY_MOVE(SqliteStatement)

public:
    SqliteStatement(const QSqlDatabase &db, const char *sql);
    ~SqliteStatement();

    bool isValid() const { return m_stmt != nullptr; }
    // Values for the ?-placeholders, numbered from 1.
    void bind(int index, qint64 value);
    void bind(int index, const QString &value);
    QString errorText() const;
    // Steps to the next row; false at the end or on error (see failed()).
    bool next();
    bool failed() const { return m_failed; }

    qint64 integer(int column) const;
    bool isNull(int column) const;
    QString text(int column) const;
    QString text(int column, StringPool &pool) const { return pool.get(view(column)); }
    std::string_view view(int column) const;
    QByteArray blob(int column) const; // empty when NULL
    QDateTime time(int column) const; // UTC seconds; invalid when NULL

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
};

} // namespace NineTouch
