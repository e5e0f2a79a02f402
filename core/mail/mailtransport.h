// The rep's mail servers, through libcurl: it connects, negotiates TLS (STARTTLS or implicit)
// and authenticates. Sending is libcurl's SMTP. Reading uses libcurl's authenticated IMAP
// connection for three read-only commands (EXAMINE, UID SEARCH, UID FETCH BODY.PEEK): libcurl's
// own IMAP fetch selects the mailbox read-write and marks messages read, and its custom
// commands drop the message text. Nothing in the mailbox is ever changed.
//
// Every call blocks (the app runs them off its GUI thread) and is bounded in time and size.
// Errors are worded for the rep: wrong password, recipient refused, server unreachable.
#pragma once

#include "activityrepository.h"
#include "mailaccount.h"

#include <atomic>

namespace NineTouch::MailTransport {

// stop: when it turns true (the app quits), the call gives up within a fraction of a second.
using Stop = const std::atomic_bool *;

// Sends message (RFC 5322 bytes) from account.fromEmail to the recipients.
Status send(const MailAccount &account, const QStringList &to, const QByteArray &message,
            Stop stop = nullptr);

struct Fetched
{
    qint64 uid = 0;
    QByteArray raw; // at most maxMessageBytes: a longer message is cut there
};

struct InboxBatch
{
    MailSeen seen; // what to remember once these are handled
    QList<Fetched> messages; // in UID order
    bool more = false; // more new messages wait: fetch again
};

constexpr qsizetype maxMessageBytes = 4 * 1024 * 1024;
constexpr int firstLookBackDays = 14;
constexpr int defaultBatchSize = 200; // messages per fetch

// The inbox's messages after seen.lastUid. The first time (or when the server renumbered the
// mailbox: another UIDVALIDITY) only those of the last firstLookBackDays days are read.
Result<InboxBatch> fetchNew(const MailAccount &account, const MailSeen &seen, const QDate &today,
                            int maxMessages = defaultBatchSize, Stop stop = nullptr);

// Logs in to a server without sending or reading anything.
Status checkSmtp(const MailAccount &account, Stop stop = nullptr);
Status checkImap(const MailAccount &account, Stop stop = nullptr);

} // namespace NineTouch::MailTransport
