// Keeps the rep's inbox read while the app runs: every few minutes and on demand, the new
// messages are fetched and parsed on a thread of their own (the window never waits for a
// server or a hostile message), then recorded here, on the pipeline's thread, by MailSync.
// What the last look found, or why it failed, is kept for the app to show.
#pragma once

#include "mailsync.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <functional>

class QThread;

namespace NineTouch {

struct InboxStatus
{
    enum class State {
        NotSetUp, // no incoming server in the settings
        Idle, // never looked yet
        Checking,
        Done, // the last look worked
        Failed, // the last look failed: error says why
    };
    State state = State::NotSetUp;
    QDateTime lastSuccess; // the end of the last look that worked
    QDateTime lastAttempt;
    Error error; // Failed: what went wrong, in a rep's words
    SyncReport last; // what the last look that worked found
};

class InboxWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxWatcher)

public:
    using Clock = std::function<QDateTime()>;
    // password(user): the keyring's (or the environment's) password for the mail user.
    using PasswordSource = std::function<Result<QString>(const QString &user)>;

    explicit InboxWatcher(Pipeline &pipeline, Clock clock = {}, PasswordSource password = {},
                          QObject *parent = nullptr);
    // Tells a look still running to stop, and waits for it (a fraction of a second).
    ~InboxWatcher() override;

    static constexpr int defaultIntervalMs = 5 * 60 * 1000;
    // Looks every interval from now on (0: only on demand).
    void start(int intervalMs = defaultIntervalMs);
    // Looks now, unless a look is running already or no incoming server is set.
    void checkNow();

    const InboxStatus &status() const { return m_status; }

signals:
    void statusChanged(const NineTouch::InboxStatus &status);
    // A look ended (status() says how); recorded lists what it put on the timelines.
    void finished(const QList<NineTouch::MailRecord> &recorded);

private:
    struct Fetch; // what a worker brings back
    void fetchOnce();
    void fetched(const Fetch &fetch);
    void fail(const Error &error);
    void setState(InboxStatus::State state);

    Pipeline &m_pipeline;
    Clock m_clock;
    PasswordSource m_password;
    QTimer m_timer;
    MailAccount m_account;
    SyncReport m_run; // what the look running so far recorded, over its batches
    int m_rounds = 0;
    InboxStatus m_status;
    QString m_lastAccount; // server, user and address, to see when the settings change it
    QThread *m_worker = nullptr;
    std::atomic_bool m_stop { false };
};

} // namespace NineTouch
