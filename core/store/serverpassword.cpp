#include "serverpassword.h"

#include "keyring.h"
#include "serverlocation.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include <pwd.h>
#include <unistd.h>

namespace NineTouch::ServerPassword {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerPassword)
};

QMutex typedLock;
QHash<QString, QString> &typed()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

} // namespace

QString loginOf(const ServerLocation &location)
{
    if (!location.user.isEmpty())
        return location.user;
    if (const QString user = qEnvironmentVariable("PGUSER"); !user.isEmpty())
        return user;
    // libpq's own default: the name of the effective user.
    if (const passwd *entry = getpwuid(geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    return {};
}

QString keyringKey(const ServerLocation &location)
{
    return QStringLiteral("PostgreSQL %1@%2:%3/%4")
        .arg(loginOf(location), location.host,
             QString::number(location.port > 0 ? location.port : 5432), location.database);
}

void remember(const ServerLocation &location, const QString &password)
{
    const QMutexLocker locker(&typedLock);
    typed().insert(keyringKey(location), password);
}

void forgetRemembered(const ServerLocation &location)
{
    const QMutexLocker locker(&typedLock);
    typed().remove(keyringKey(location));
}

std::optional<QString> remembered(const ServerLocation &location)
{
    const QMutexLocker locker(&typedLock);
    const auto it = typed().constFind(keyringKey(location));
    if (it == typed().constEnd())
        return std::nullopt;
    return *it;
}

Result<std::optional<Found>> lookUp(const ServerLocation &location)
{
    if (auto password = remembered(location))
        return std::optional<Found>(Found { *password, Source::Remembered });
    const Keyring::Answer answer = Keyring::read(keyringKey(location));
    switch (answer.outcome) {
    case Keyring::Answer::Found:
        return std::optional<Found>(Found { answer.secret, Source::Keyring });
    case Keyring::Answer::NotFound:
        return std::optional<Found>();
    case Keyring::Answer::Denied:
        return storageError(Field::DatabasePassword,
                            Text::tr("the keyring did not give out the password of %1 for %2.")
                                .arg(loginOf(location), location.displayName()),
                            answer.detail);
    case Keyring::Answer::NoKeyring:
        break;
    }
    // No keyring on this computer (a script, a server): libpq's own places remain.
    return std::optional<Found>();
}

bool wasRefused(const Error &error)
{
    // libpq's words, kept as the error's detail.
    return error.field == Field::DatabasePassword
        && error.detail.contains(QLatin1String("password authentication failed"));
}

Status keep(const ServerLocation &location, const QString &password)
{
    if (const QString failed = Keyring::write(keyringKey(location), password); !failed.isEmpty())
        return storageError(Field::DatabasePassword,
                            Text::tr("the password could not be kept: no keyring answers on "
                                     "this computer (%1). Put it in ~/.pgpass instead.")
                                .arg(failed));
    return success();
}

Status forget(const ServerLocation &location)
{
    forgetRemembered(location);
    if (const QString failed = Keyring::remove(keyringKey(location)); !failed.isEmpty())
        return storageError(Field::DatabasePassword,
                            Text::tr("the keyring did not forget the password (%1).").arg(failed));
    return success();
}

} // namespace NineTouch::ServerPassword
