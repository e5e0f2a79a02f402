// A prepared read for the bulk paths (the board, the report, a deal's history), on either engine.
// On SQLite it steps the connection's own sqlite3 handle, where QSqlQuery's per-value QVariant
// costs more than SQLite itself. On PostgreSQL it runs through QSqlQuery, the whole result at
// once: a forward-only QPSQL query in single-row mode loses its rows to the next statement run
// on the connection, and readers here run others while they read.
//
// Placeholders are SQLite's: ? in order, or ?N by number (one value bound for all its uses).
// On PostgreSQL they become $N.
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

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

class RowReader final
{
    Q_DISABLE_COPY_MOVE(RowReader)

public:
    RowReader(const QSqlDatabase &db, const char *sql);
    ~RowReader();

    bool isValid() const { return m_stmt != nullptr || m_query != nullptr; }
    // Values for the placeholders, numbered from 1.
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
    // Valid until the next call of next().
    std::string_view view(int column) const;
    QByteArray blob(int column) const; // empty when NULL
    QDateTime time(int column) const; // UTC seconds; invalid when NULL

    // The SQL as PostgreSQL takes it: ?N and ? as $N, numbered as SQLite numbers them, outside
    // quoted text and -- comments. (The store's SQL has no /* */ comments and no E'' text.)
    static QString postgresText(const char *sql);

private:
    // SQLite
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    // PostgreSQL
    std::unique_ptr<QSqlQuery> m_query;
    std::vector<QVariant> m_values;
    bool m_started = false;
    mutable std::vector<std::optional<QByteArray>>
        m_cells; // the current row's texts handed out as views

    bool m_failed = false;
};

} // namespace NineTouch
