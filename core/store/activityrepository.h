// A deal's meetings, touches and tasks: everything that happened or is planned.
#pragma once

#include "database.h"
#include "types.h"

#include <memory>
#include <optional>

namespace NineTouch {

namespace Sql {
class StatementCache;
}

class ActivityRepository final
{
public:
    explicit ActivityRepository(Database &db);
    ~ActivityRepository();
    Q_DISABLE_COPY_MOVE(ActivityRepository)

    Result<qint64> insertMeeting(const Meeting &meeting, const QDateTime &now);
    Status updateMeeting(const Meeting &meeting, const QDateTime &now);
    Result<QList<Meeting>> meetings(qint64 dealId) const;
    Result<std::optional<Meeting>> scheduledMeeting(qint64 dealId) const;
    Result<QList<Meeting>> scheduledMeetings() const; // every deal's, for collisions

    Result<qint64> insertTouch(const Touch &touch);
    Result<QList<Touch>> touches(qint64 dealId) const;

    Result<qint64> insertTask(const Task &task);
    Status completeTasks(qint64 dealId, TaskKind kind, const QDateTime &at);
    Status removeOpenTasks(qint64 dealId, TaskKind kind);
    Result<QList<Task>> tasks(qint64 dealId) const;

    // The histories of deals in one pass per table: what the board and the day queue read.
    // Touch texts are left out unless withText.
    Result<QList<DealHistory>> histories(QList<Deal> deals, bool withText = false) const;

private:
    Database &m_db;
    std::unique_ptr<Sql::StatementCache> m_statements;
};

} // namespace NineTouch
