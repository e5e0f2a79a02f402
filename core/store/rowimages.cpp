// Database's record of an edit on PostgreSQL, which has no session extension: the recording
// triggers (pgschema.cpp) copy each row an edit writes, before and after, as JSON into a
// temporary table of the connection; the recording folds them into one image per row. Undo and
// redo write those images back where the row still holds what the edit left, and refuse, with
// the same words as on SQLite (undowords.h), where someone else changed it since.
#include "database.h"

#include "sql/access.h"
#include "sql/undowords.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace NineTouch {

namespace {

using UndoWords::describeRow;
using UndoWords::fieldOfColumn;
using UndoWords::rowName;

// One row as an edit left it: its values before (none: the edit inserted it) and after (none:
// the edit deleted it).
struct RowImage
{
    QByteArray table;
    QJsonObject before;
    QJsonObject after;
    bool hasBefore = false;
    bool hasAfter = false;
};

// The references between the recorded tables, as the schema declares them.
struct Link
{
    const char *child;
    const char *column;
    const char *parent;
};
constexpr Link links[] = {
    { "contacts", "organization_id", "organizations" },
    { "deals", "organization_id", "organizations" },
    { "deals", "contact_id", "contacts" },
    { "deals", "stage_id", "stages" },
    { "meetings", "deal_id", "deals" },
    { "touches", "deal_id", "deals" },
    { "touches", "meeting_id", "meetings" },
    { "tasks", "deal_id", "deals" },
    { "deal_stakeholders", "deal_id", "deals" },
    { "deal_stakeholders", "contact_id", "contacts" },
};

QStringList keyColumns(const QByteArray &table)
{
    if (table == "deal_stakeholders")
        return { QStringLiteral("deal_id"), QStringLiteral("contact_id") };
    return { QStringLiteral("id") };
}

bool isRecorded(const QByteArray &table)
{
    return std::any_of(std::begin(UndoWords::recordedTables), std::end(UndoWords::recordedTables),
                       [&table](const char *t) { return table == t; });
}

QString keyOf(const QByteArray &table, const QJsonObject &row)
{
    QJsonArray key { QString::fromLatin1(table) };
    for (const QString &column : keyColumns(table))
        key.append(row.value(column));
    return QString::fromUtf8(QJsonDocument(key).toJson(QJsonDocument::Compact));
}

QByteArray encode(const QList<RowImage> &images)
{
    QJsonArray out;
    for (const RowImage &i : images) {
        QJsonObject o { { QStringLiteral("table"), QString::fromLatin1(i.table) } };
        if (i.hasBefore)
            o.insert(QStringLiteral("before"), i.before);
        if (i.hasAfter)
            o.insert(QStringLiteral("after"), i.after);
        out.append(o);
    }
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

std::optional<QList<RowImage>> decode(const QByteArray &data)
{
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    if (!doc.isArray())
        return std::nullopt;
    QList<RowImage> images;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        RowImage i;
        i.table = o.value(QStringLiteral("table")).toString().toLatin1();
        i.hasBefore = o.contains(QStringLiteral("before"));
        i.hasAfter = o.contains(QStringLiteral("after"));
        i.before = o.value(QStringLiteral("before")).toObject();
        i.after = o.value(QStringLiteral("after")).toObject();
        if (!isRecorded(i.table) || (!i.hasBefore && !i.hasAfter))
            return std::nullopt;
        images.append(i);
    }
    return images;
}

// "id = ?" or "deal_id = ? AND contact_id = ?", and the values for it.
QString keyCondition(const QByteArray &table)
{
    QStringList parts;
    for (const QString &column : keyColumns(table))
        parts << column + QStringLiteral(" = ?");
    return parts.join(QStringLiteral(" AND "));
}

void bindKey(QSqlQuery &q, const QByteArray &table, const QJsonObject &row)
{
    for (const QString &column : keyColumns(table))
        q.addBindValue(row.value(column).toVariant().toLongLong());
}

// As text: a QByteArray would be bound as bytea.
QString json(const QJsonObject &row)
{
    return QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
}

} // namespace

Result<Change> Database::recordRows(const std::function<Status()> &work)
{
    // The connection's own: other programs' writes never land in it, and a commit empties it.
    if (!m_recordingTable) {
        if (Status s = exec(QStringLiteral(
                "CREATE TEMP TABLE IF NOT EXISTS recorded_rows ("
                "n BIGINT GENERATED ALWAYS AS IDENTITY, tbl TEXT NOT NULL, old JSONB, new JSONB) "
                "ON COMMIT DELETE ROWS"));
            !s)
            return s.error();
        m_recordingTable = true;
    }
    QList<RowImage> images;
    Status s = write([&]() -> Status {
        if (Status on = exec(QStringLiteral("SET LOCAL ninetouch.recording = 'on'")); !on)
            return on;
        if (Status done = work(); !done)
            return done;
        // What the write does after the edit (the cadence summaries) is not the edit's.
        if (Status off = exec(QStringLiteral("SET LOCAL ninetouch.recording = 'off'")); !off)
            return off;
        QSqlQuery q(Sql::connection(*this));
        if (!q.exec(QStringLiteral("SELECT tbl, old::text, new::text FROM recorded_rows "
                                   "ORDER BY n")))
            return Sql::failure(*this, q);
        QHash<QString, qsizetype> byKey;
        while (q.next()) {
            const QByteArray table = q.value(0).toString().toLatin1();
            const bool hasOld = !q.isNull(1);
            const bool hasNew = !q.isNull(2);
            const QJsonObject before = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
            const QJsonObject after = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
            const QString key = keyOf(table, hasOld ? before : after);
            if (const auto seen = byKey.constFind(key); seen != byKey.cend()) {
                // The same row again: its first values before, its last after.
                RowImage &i = images[*seen];
                i.after = after;
                i.hasAfter = hasNew;
            } else {
                byKey.insert(key, images.size());
                images.append(RowImage { table, before, after, hasOld, hasNew });
            }
        }
        q.finish();
        if (!q.exec(QStringLiteral("DELETE FROM recorded_rows")))
            return Sql::failure(*this, q);
        return success();
    });
    if (!s)
        return s.error();
    images.removeIf([](const RowImage &i) {
        return (!i.hasBefore && !i.hasAfter) || (i.hasBefore && i.hasAfter && i.before == i.after);
    });
    if (images.isEmpty())
        return Change();
    return Change(encode(images));
}

Status Database::applyRows(const Change &change, bool invert)
{
    auto decoded = decode(change.changeset());
    if (!decoded)
        return storageError(tr("%1: the change could not be read.").arg(m_displayName));
    QList<RowImage> images = std::move(*decoded);
    if (invert) {
        // Taken back last row first, each from what the edit left to what was there before.
        std::reverse(images.begin(), images.end());
        for (RowImage &i : images) {
            std::swap(i.before, i.after);
            std::swap(i.hasBefore, i.hasAfter);
        }
    }
    const QSqlDatabase db = Sql::connection(*this);
    return write([&]() -> Status {
        QSqlQuery q(db);
        // References are checked below, and by the server at the end, once every row is back.
        if (!q.exec(QStringLiteral("SET CONSTRAINTS ALL DEFERRED")))
            return Sql::failure(*this, q);
        for (const RowImage &i : std::as_const(images)) {
            const QString table = QString::fromLatin1(i.table);
            const QString where = keyCondition(i.table);
            const QJsonObject &keyRow = i.hasBefore ? i.before : i.after;
            q.prepare(QStringLiteral("SELECT to_jsonb(t)::text FROM %1 t WHERE %2 FOR UPDATE")
                          .arg(table, where));
            bindKey(q, i.table, keyRow);
            if (!q.exec())
                return Sql::failure(*this, q);
            const bool there = q.next();
            const QJsonObject current =
                there ? QJsonDocument::fromJson(q.value(0).toByteArray()).object() : QJsonObject();
            q.finish();
            const QString what = rowName(i.table);
            if (!i.hasBefore) {
                if (there)
                    return refusal(tr("%1 was added again elsewhere since.").arg(what));
                q.prepare(QStringLiteral("INSERT INTO %1 SELECT * FROM "
                                         "jsonb_populate_record(NULL::%1, ?::jsonb)")
                              .arg(table));
                q.addBindValue(json(i.after));
                if (!q.exec()) {
                    if (q.lastError().nativeErrorCode() != QLatin1String("23505"))
                        return Sql::failure(*this, q);
                    if (i.table == "meetings")
                        return refusal(tr("Another meeting of the deal was scheduled since."));
                    return refusal(tr("It clashes with something written since, in %1.").arg(what));
                }
                continue;
            }
            if (!there)
                return refusal(tr("%1 was removed elsewhere since.").arg(what));
            // The values this change expects: every column of a row it deletes, the columns
            // it changes of a row it updates. When a row was last updated does not count.
            QStringList changed;
            for (auto it = i.before.begin(); it != i.before.end(); ++it) {
                if (!i.hasAfter || i.after.value(it.key()) != it.value())
                    changed << it.key();
            }
            QList<Field> fields;
            bool real = false;
            for (const QString &column : std::as_const(changed)) {
                if (current.value(column) == i.before.value(column)
                    || column == QLatin1String("updated_at"))
                    continue;
                real = true;
                const Field f = fieldOfColumn(i.table, column.toLatin1());
                if (f != Field::None && !fields.contains(f))
                    fields << f;
            }
            if (real) {
                Error e = refusal(tr("%1 was changed elsewhere since.").arg(what));
                e.conflicts = fields;
                return e;
            }
            if (!i.hasAfter) {
                q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, where));
                bindKey(q, i.table, keyRow);
            } else {
                QStringList sets;
                for (const QString &column : std::as_const(changed))
                    sets << QStringLiteral("%1 = r.%1").arg(column);
                QStringList keys;
                for (const QString &column : keyColumns(i.table))
                    keys << QStringLiteral("t.%1 = r.%1").arg(column);
                q.prepare(QStringLiteral("UPDATE %1 t SET %2 FROM jsonb_populate_record(NULL::%1, "
                                         "?::jsonb) r WHERE %3")
                              .arg(table, sets.join(QStringLiteral(", ")),
                                   keys.join(QStringLiteral(" AND "))));
                q.addBindValue(json(i.after));
            }
            if (!q.exec()) {
                if (q.lastError().nativeErrorCode() == QLatin1String("23505"))
                    return refusal(
                        i.table == "meetings"
                            ? tr("Another meeting of the deal was scheduled since.")
                            : tr("It clashes with something written since, in %1.").arg(what));
                return Sql::failure(*this, q);
            }
        }
        // The links, in the words of the rows that break them: a row written since that
        // refers to one this removes, or a row this brings back whose parent is gone.
        for (const RowImage &i : std::as_const(images)) {
            for (const Link &link : links) {
                if (!i.hasAfter && i.table == link.parent) {
                    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? LIMIT 1")
                                  .arg(link.child == QByteArray("deal_stakeholders")
                                           ? QStringLiteral("0")
                                           : QStringLiteral("id"),
                                       QLatin1String(link.child), QLatin1String(link.column)));
                    q.addBindValue(i.before.value(QStringLiteral("id")).toVariant().toLongLong());
                    if (!q.exec())
                        return Sql::failure(*this, q);
                    if (q.next())
                        return refusal(
                            tr("It would delete %1, and %2 was written to it elsewhere "
                               "in the meantime.")
                                .arg(rowName(i.table),
                                     describeRow(db, link.child, q.value(0).toLongLong())));
                } else if (i.hasAfter && i.table == link.child) {
                    const QJsonValue parent = i.after.value(QLatin1String(link.column));
                    if (parent.isNull() || parent.isUndefined())
                        continue;
                    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?")
                                  .arg(QLatin1String(link.parent)));
                    q.addBindValue(parent.toVariant().toLongLong());
                    if (!q.exec())
                        return Sql::failure(*this, q);
                    if (!q.next())
                        return refusal(tr("It would bring back %1, but %2 it belongs to was "
                                          "deleted elsewhere in the meantime.")
                                           .arg(describeRow(db, i.table,
                                                            i.after.value(QStringLiteral("id"))
                                                                .toVariant()
                                                                .toLongLong()),
                                                rowName(link.parent)));
                }
                q.finish();
            }
        }
        if (!q.exec(QStringLiteral("SET CONSTRAINTS ALL IMMEDIATE")))
            return refusal(tr("It would break a link with something written or removed since "
                              "(an entry of the deal's timeline, a meeting, a stage or a "
                              "contact)."));
        return success();
    });
}

} // namespace NineTouch
