#include "sql/undowords.h"

#include "database.h"
#include "reptext.h"
#include "sql/dealcolumns.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace NineTouch::UndoWords {

Field fieldOfColumn(const QByteArray &table, const QByteArray &column)
{
    static const QHash<QByteArray, Field> deals = [] {
        QHash<QByteArray, Field> fields { { "organization_id", Field::Organization } };
        for (const Sql::DealColumn &c : Sql::dealColumns()) {
            if (c.field != Field::None)
                fields.insert(c.name, c.field);
        }
        return fields;
    }();
    static const QHash<QByteArray, Field> contacts {
        { "name", Field::ContactName },      { "email", Field::Email },
        { "phone", Field::Phone },           { "mobile", Field::Mobile },
        { "reception", Field::Reception },   { "tz", Field::TimeZone },
        { "language", Field::Language },     { "first_name", Field::FirstName },
        { "region", Field::Region },         { "organization_id", Field::Organization },
        { "salutation", Field::Salutation }, { "address", Field::Address },
    };
    if (table == "deals")
        return deals.value(column, Field::None);
    if (table == "contacts")
        return contacts.value(column, Field::None);
    return Field::None;
}

QString rowName(const QByteArray &table)
{
    if (table == "deals" || table == "deal_stakeholders")
        return Database::tr("the deal");
    if (table == "contacts")
        return Database::tr("the deal's contact");
    if (table == "organizations")
        return Database::tr("the organization");
    if (table == "meetings")
        return Database::tr("a meeting of the deal");
    if (table == "touches")
        return Database::tr("an entry of the deal's timeline");
    if (table == "tasks")
        return Database::tr("a task of the deal");
    if (table == "stages")
        return Database::tr("a stage");
    return Database::tr("a record");
}

QString describeRow(const QSqlDatabase &db, const QByteArray &table, qint64 id)
{
    QTimeZone zone = QTimeZone::systemTimeZone();
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'rep.tz'")) && q.next()) {
            const QTimeZone rep(q.value(0).toString().toUtf8());
            if (rep.isValid())
                zone = rep;
        }
    }
    const auto when = [&zone](qint64 seconds) {
        return RepText::dayTime(QDateTime::fromSecsSinceEpoch(seconds, zone));
    };
    const auto shortened = [](const QString &text) {
        const QString line = text.simplified();
        return line.size() > 60 ? line.left(59) + QChar(0x2026) : line;
    };
    QByteArray sql;
    if (table == "touches")
        sql = "SELECT note, at FROM touches WHERE id = ?";
    else if (table == "meetings")
        sql = "SELECT agenda, start_utc FROM meetings WHERE id = ?";
    else if (table == "tasks")
        sql = "SELECT note, due FROM tasks WHERE id = ?";
    else if (table == "deals")
        sql = "SELECT title, NULL FROM deals WHERE id = ?";
    else if (table == "contacts")
        sql = "SELECT name, NULL FROM contacts WHERE id = ?";
    QString text;
    qint64 at = 0;
    bool found = false;
    if (!sql.isEmpty()) {
        QSqlQuery q(db);
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(id);
        if (q.exec() && q.next()) {
            found = true;
            text = shortened(q.value(0).toString());
            at = q.value(1).toLongLong();
        }
    }
    if (!found)
        return rowName(table);
    if (table == "touches")
        return text.isEmpty() ? Database::tr("the timeline entry of %1").arg(when(at))
                              : Database::tr("the timeline entry “%1” of %2").arg(text, when(at));
    if (table == "meetings")
        return Database::tr("the meeting of %1").arg(when(at));
    if (table == "tasks")
        return Database::tr("the task due %1").arg(when(at));
    if (table == "deals")
        return Database::tr("the deal “%1”").arg(text);
    if (table == "contacts")
        return Database::tr("the contact %1").arg(text);
    return rowName(table);
}

} // namespace NineTouch::UndoWords
