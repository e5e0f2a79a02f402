#include "templaterepository.h"

#include "names.h"
#include "sql/access.h"

#include <QDateTime>

namespace NineTouch {

Result<std::optional<StoredTemplate>> TemplateRepository::find(StepKind step,
                                                               const QString &language) const
{
    QSqlQuery q(Sql::connection(m_db));
    q.prepare(
        QStringLiteral("SELECT subject, body FROM templates WHERE step = ? AND language = ?"));
    q.addBindValue(toString(step));
    q.addBindValue(language);
    if (!q.exec())
        return Sql::failure(m_db, q);
    if (q.next())
        return std::optional<StoredTemplate>(
            StoredTemplate { q.value(0).toString(), q.value(1).toString() });
    return std::optional<StoredTemplate>();
}

Status TemplateRepository::save(StepKind step, const QString &language, const StoredTemplate &text)
{
    QSqlQuery q(Sql::connection(m_db));
    q.prepare(QStringLiteral("INSERT INTO templates (step, language, subject, body, updated_at) "
                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT (step, language) DO UPDATE SET "
                             "subject = excluded.subject, body = excluded.body, "
                             "updated_at = excluded.updated_at"));
    q.addBindValue(toString(step));
    q.addBindValue(language);
    q.addBindValue(text.subject);
    q.addBindValue(text.body);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec())
        return Sql::failure(m_db, q);
    return success();
}

Status TemplateRepository::remove(StepKind step, const QString &language)
{
    QSqlQuery q(Sql::connection(m_db));
    q.prepare(QStringLiteral("DELETE FROM templates WHERE step = ? AND language = ?"));
    q.addBindValue(toString(step));
    q.addBindValue(language);
    if (!q.exec())
        return Sql::failure(m_db, q);
    return success();
}

} // namespace NineTouch
