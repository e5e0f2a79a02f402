#include "rowreader.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace NineTouch {

RowReader::RowReader(const QSqlDatabase &db, const char *sql)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        m_db = *static_cast<sqlite3 *const *>(handle.constData());
        if (sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
        return;
    }
    m_query = std::make_unique<QSqlQuery>(db);
    if (!m_query->prepare(postgresText(sql)))
        m_failed = true;
}

RowReader::~RowReader()
{
    sqlite3_finalize(m_stmt); // releases the read snapshot too
}

QString RowReader::postgresText(const char *sql)
{
    // SQLite's numbering: ?N is N, a bare ? is one more than the largest number so far.
    QString out;
    int largest = 0;
    for (const char *c = sql; *c; ++c) {
        if (*c == '\'' || *c == '"') { // quoted text or a quoted name, as it is
            const char quote = *c;
            out += QLatin1Char(*c);
            while (c[1] && c[1] != quote)
                out += QLatin1Char(*++c);
            if (c[1])
                out += QLatin1Char(*++c);
        } else if (c[0] == '-' && c[1] == '-') { // a comment to the end of the line
            while (*c && *c != '\n')
                out += QLatin1Char(*c++);
            if (!*c)
                break;
            out += QLatin1Char(*c);
        } else if (*c == '?') {
            int number = 0;
            while (c[1] >= '0' && c[1] <= '9')
                number = number * 10 + (*++c - '0');
            if (number == 0)
                number = largest + 1;
            largest = qMax(largest, number);
            out += QLatin1Char('$') + QString::number(number);
        } else {
            out += QLatin1Char(*c);
        }
    }
    return out;
}

void RowReader::bind(int index, qint64 value)
{
    if (m_stmt) {
        sqlite3_bind_int64(m_stmt, index, value);
    } else if (index > 0) {
        m_values.resize(qMax(m_values.size(), size_t(index)));
        m_values[size_t(index - 1)] = value;
    }
}

void RowReader::bind(int index, const QString &value)
{
    if (m_stmt) {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    } else if (index > 0) {
        m_values.resize(qMax(m_values.size(), size_t(index)));
        m_values[size_t(index - 1)] = value.isNull() ? QStringLiteral("") : value;
    }
}

QString RowReader::errorText() const
{
    if (m_query)
        return m_query->lastError().text();
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no connection");
}

bool RowReader::next()
{
    if (m_stmt) {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        m_failed = rc != SQLITE_DONE;
        return false;
    }
    if (!m_query || m_failed)
        return false;
    if (!m_started) {
        m_started = true;
        for (const QVariant &v : m_values)
            m_query->addBindValue(v);
        if (!m_query->exec()) {
            m_failed = true;
            return false;
        }
    }
    m_cells.clear();
    return m_query->next();
}

qint64 RowReader::integer(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_stmt, column);
}

bool RowReader::isNull(int column) const
{
    if (m_query)
        return m_query->isNull(column);
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::string_view RowReader::view(int column) const
{
    if (m_query) {
        if (m_cells.size() <= size_t(column))
            m_cells.resize(size_t(column) + 1);
        std::optional<QByteArray> &cell = m_cells[size_t(column)];
        if (!cell)
            cell = m_query->value(column).toString().toUtf8();
        return std::string_view(cell->constData(), size_t(cell->size()));
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return text ? std::string_view(text, size_t(sqlite3_column_bytes(m_stmt, column)))
                : std::string_view();
}

QString RowReader::text(int column) const
{
    if (m_query) {
        const QString v = m_query->value(column).toString();
        return v.isNull() ? QStringLiteral("") : v;
    }
    const std::string_view v = view(column);
    // Empty text stays a non-null empty QString, as the rest of the store hands out.
    return v.empty() ? QStringLiteral("") : QString::fromUtf8(v.data(), qsizetype(v.size()));
}

QByteArray RowReader::blob(int column) const
{
    if (m_query)
        return m_query->value(column).toByteArray();
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(data, size) : QByteArray();
}

QDateTime RowReader::time(int column) const
{
    if (isNull(column))
        return {};
    return QDateTime::fromSecsSinceEpoch(integer(column), Qt::UTC);
}

} // namespace NineTouch
