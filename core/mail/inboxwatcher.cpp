#include "inboxwatcher.h"

#include "credentials.h"

#include <QThread>

#include <memory>

namespace NineTouch {

// A full inbox comes in batches; a look reads at most this many before it waits for the next.
constexpr int maxRoundsPerLook = 50;

struct InboxWatcher::Fetch
{
    std::optional<Error> error;
    ParsedBatch batch;
};

InboxWatcher::InboxWatcher(Pipeline &pipeline, Clock clock, PasswordSource password,
                           QObject *parent)
    : QObject(parent)
    , m_pipeline(pipeline)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTime(); })
    , m_password(password ? std::move(password) : &MailCredentials::password)
{
    m_status.state = pipeline.settings().mailImap.isEmpty() ? InboxStatus::State::NotSetUp
                                                            : InboxStatus::State::Idle;
    connect(&m_timer, &QTimer::timeout, this, &InboxWatcher::checkNow);
    // An account set up (or changed) in the settings is tried at once; one removed is no more.
    connect(&pipeline, &Pipeline::settingsChanged, this, [this] {
        const Settings &s = m_pipeline.settings();
        const QString account =
            s.mailImap + QLatin1Char('\n') + s.mailUser + QLatin1Char('\n') + s.repEmail;
        if (account == m_lastAccount)
            return;
        m_lastAccount = account;
        if (s.mailImap.isEmpty()) {
            if (!m_worker)
                setState(InboxStatus::State::NotSetUp);
        } else if (m_timer.isActive()) {
            checkNow();
        }
    });
    const Settings &s = pipeline.settings();
    m_lastAccount = s.mailImap + QLatin1Char('\n') + s.mailUser + QLatin1Char('\n') + s.repEmail;
}

InboxWatcher::~InboxWatcher()
{
    m_stop = true;
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void InboxWatcher::start(int intervalMs)
{
    if (intervalMs > 0) {
        m_timer.setInterval(intervalMs);
        m_timer.start();
    }
    checkNow();
}

void InboxWatcher::checkNow()
{
    if (m_worker || m_status.state == InboxStatus::State::Checking)
        return;
    const Settings &s = m_pipeline.settings();
    if (s.mailImap.isEmpty()) {
        setState(InboxStatus::State::NotSetUp);
        return;
    }
    m_status.lastAttempt = m_clock();
    // The settings first, so that a missing server is said before the keyring is asked.
    if (auto unchecked = MailAccount::fromSettings(s, {}, MailAccount::Need::Reading); !unchecked)
        return fail(unchecked.error());
    // Checking before the keyring is asked: a keyring that waits to be unlocked runs the event
    // loop, and the timer must not start a second look meanwhile.
    setState(InboxStatus::State::Checking);
    auto password = m_password(s.mailUser.isEmpty() ? s.repEmail : s.mailUser);
    if (!password)
        return fail(password.error());
    auto account = MailAccount::fromSettings(s, *password, MailAccount::Need::Reading);
    if (!account)
        return fail(account.error());
    m_account = *account;
    m_run = {};
    m_rounds = 0;
    fetchOnce();
}

void InboxWatcher::fetchOnce()
{
    auto seen = m_pipeline.mailSeen(MailSync::inbox);
    if (!seen)
        return fail(seen.error());
    auto result = std::make_shared<Fetch>();
    m_worker = QThread::create([result, account = m_account, seen = *seen, today = m_clock().date(),
                                stop = &m_stop] {
        auto batch =
            MailTransport::fetchNew(account, seen, today, MailTransport::defaultBatchSize, stop);
        if (!batch)
            result->error = batch.error();
        else
            result->batch = MailSync::parse(*batch);
    });
    connect(m_worker, &QThread::finished, this, [this, result] {
        delete std::exchange(m_worker, nullptr);
        if (!m_stop)
            fetched(*result);
    });
    m_worker->start();
}

void InboxWatcher::fetched(const Fetch &fetch)
{
    if (fetch.error)
        return fail(*fetch.error);
    const QDateTime now = m_clock();
    auto report = MailSync::record(m_pipeline, fetch.batch, m_account.fromEmail, now);
    if (!report)
        return fail(report.error());
    m_run.add(*report);
    if (report->more && ++m_rounds < maxRoundsPerLook)
        return fetchOnce();
    m_status.state = InboxStatus::State::Done;
    m_status.lastSuccess = now;
    m_status.error = {};
    m_status.last = m_run;
    emit statusChanged(m_status);
    emit finished(m_run.recorded);
}

void InboxWatcher::fail(const Error &error)
{
    m_status.state = InboxStatus::State::Failed;
    m_status.error = error;
    emit statusChanged(m_status);
    emit finished({});
}

void InboxWatcher::setState(InboxStatus::State state)
{
    if (m_status.state == state)
        return;
    m_status.state = state;
    emit statusChanged(m_status);
}

} // namespace NineTouch
