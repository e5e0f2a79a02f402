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

// How far the rep's inbox has been read: a mailbox's UIDVALIDITY and the last UID handled.
struct MailSeen
{
    qint64 uidValidity = 0;
    qint64 lastUid = 0;
};

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
    // The touches that carry this Message-ID (an email sent or read): id, deal and kind.
    Result<QList<Touch>> touchesWithMessageId(const QString &messageId) const;

    // The deal whose meeting has this calendar UID; 0 when none.
    Result<qint64> dealOfMeetingUid(const QString &uid) const;

    Result<MailSeen> mailSeen(const QString &mailbox) const;
    Status setMailSeen(const QString &mailbox, const MailSeen &seen);

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
