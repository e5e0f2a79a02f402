#include "credentials.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace NineTouch::MailCredentials {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MailCredentials)
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

QString noKeyring(const QString &detail)
{
    return Text::tr("No keyring answers on this computer (%1). Set the environment variable "
                    "NINETOUCH_MAIL_PASSWORD instead.")
        .arg(detail);
}

} // namespace

bool fromEnvironment()
{
    return qEnvironmentVariableIsSet("NINETOUCH_MAIL_PASSWORD");
}

Result<QString> password(const QString &user)
{
    if (fromEnvironment())
        return qEnvironmentVariable("NINETOUCH_MAIL_PASSWORD");
    QKeychain::ReadPasswordJob job(service);
    job.setKey(user);
    if (!run(job))
        return inputError(noKeyring(Text::tr("no answer")));
    switch (job.error()) {
    case QKeychain::NoError:
        return job.textData();
    case QKeychain::EntryNotFound:
        return inputError(Text::tr("No mail password is stored for %1: enter it in the settings "
                                   "(Mail).")
                              .arg(user));
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return inputError(
            Text::tr("The keyring did not give out the mail password for %1.").arg(user));
    default:
        return inputError(noKeyring(job.errorString()));
    }
}

Status store(const QString &user, const QString &password)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(user);
    job.setTextData(password);
    if (!run(job))
        return inputError(noKeyring(Text::tr("no answer")));
    if (job.error() != QKeychain::NoError)
        return inputError(noKeyring(job.errorString()));
    return success();
}

Status forget(const QString &user)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(user);
    if (run(job) && job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return inputError(noKeyring(job.errorString()));
    return success();
}

} // namespace NineTouch::MailCredentials
