#include "settingsrepository.h"

#include "sql/access.h"

namespace NineTouch {

Result<Settings> SettingsRepository::load() const
{
    Settings s;
    QSqlQuery q(Sql::connection(m_db));
    q.setForwardOnly(true);
    // The team's, then the rep's own (Settings::isPersonal) over them.
    q.prepare(QStringLiteral("SELECT key, value FROM settings "
                             "UNION ALL SELECT key, value FROM rep_settings WHERE rep = ?"));
    q.addBindValue(m_db.rep());
    if (!q.exec())
        return Sql::failure(m_db, q);
    while (q.next()) {
        // Values were checked when saved; one edited outside NineTouch keeps the default.
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        // A zone another machine knew is kept as it is: this one says so and uses its own
        // (Settings::zoneNote), and the file keeps it for the machine it came from.
        if (Status set = s.set(key, value); !set && key == QLatin1String("rep.tz"))
            s.repTz = value.trimmed();
    }
    q.finish();
    if (!q.exec(QStringLiteral("SELECT day FROM holidays")))
        return Sql::failure(m_db, q);
    while (q.next()) {
        const QDate d = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (d.isValid())
            s.holidays.insert(d);
    }
    return s;
}

Status SettingsRepository::insertDefault(const QString &key, const QString &value)
{
    Settings check;
    if (Status s = check.set(key, value); !s)
        return s;
    QSqlQuery q(Sql::connection(m_db));
    if (Settings::isPersonal(key)) {
        q.prepare(QStringLiteral("INSERT INTO rep_settings (rep, key, value) VALUES (?, ?, ?) "
                                 "ON CONFLICT (rep, key) DO NOTHING"));
        q.addBindValue(m_db.rep());
    } else {
        q.prepare(QStringLiteral(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"));
    }
    q.addBindValue(key);
    q.addBindValue(check.value(key));
    if (!q.exec())
        return Sql::failure(m_db, q);
    return success();
}

Status SettingsRepository::write(const Settings &s, const QString &key)
{
    QSqlQuery q(Sql::connection(m_db));
    if (key == QLatin1String("holidays")) {
        if (!q.exec(QStringLiteral("DELETE FROM holidays")))
            return Sql::failure(m_db, q);
        q.prepare(QStringLiteral("INSERT INTO holidays (day) VALUES (?)"));
        for (const QDate &d : std::as_const(s.holidays)) {
            q.addBindValue(d.toString(Qt::ISODate));
            if (!q.exec())
                return Sql::failure(m_db, q);
        }
        return success();
    }
    if (Settings::isPersonal(key)) {
        q.prepare(QStringLiteral("INSERT INTO rep_settings (rep, key, value) VALUES (?, ?, ?) "
                                 "ON CONFLICT (rep, key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(m_db.rep());
    } else {
        q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    }
    q.addBindValue(key);
    // A setting cleared is an empty text, never NULL (which the column refuses).
    q.addBindValue(s.value(key).isNull() ? QStringLiteral("") : s.value(key));
    if (!q.exec())
        return Sql::failure(m_db, q);
    return success();
}

} // namespace NineTouch
