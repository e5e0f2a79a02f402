#include "keyring.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace NineTouch::Keyring {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Keyring)
};

const QString service = QStringLiteral("NineTouch");
constexpr int keyringTimeoutMs = 15000; // a keyring that asks to be unlocked waits for the rep

// Runs a keyring job to its end (false: no answer in time); QtKeychain's jobs report through
// the event loop.
bool run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    bool finished = false;
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(keyringTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

QString noAnswer()
{
    return Text::tr("no answer");
}

} // namespace

Answer read(const QString &key)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(key);
    if (!run(job))
        return { Answer::NoKeyring, {}, noAnswer() };
    switch (job.error()) {
    case QKeychain::NoError:
        return { Answer::Found, job.textData(), {} };
    case QKeychain::EntryNotFound:
        return { Answer::NotFound, {}, {} };
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return { Answer::Denied, {}, job.errorString() };
    default:
        return { Answer::NoKeyring, {}, job.errorString() };
    }
}

QString write(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(key);
    job.setTextData(secret);
    if (!run(job))
        return noAnswer();
    return job.error() == QKeychain::NoError ? QString() : job.errorString();
}

QString remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(key);
    if (!run(job))
        return noAnswer();
    return job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound
        ? QString()
        : job.errorString();
}

} // namespace NineTouch::Keyring
