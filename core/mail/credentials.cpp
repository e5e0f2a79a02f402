#include "credentials.h"

#include "keyring.h"

#include <QCoreApplication>

namespace NineTouch::MailCredentials {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MailCredentials)
};

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
    // The mail account's entry is named by the user alone (as since the first version).
    const Keyring::Answer answer = Keyring::read(user);
    switch (answer.outcome) {
    case Keyring::Answer::Found:
        return answer.secret;
    case Keyring::Answer::NotFound:
        return inputError(Text::tr("No mail password is stored for %1: enter it in the settings "
                                   "(Mail).")
                              .arg(user));
    case Keyring::Answer::Denied:
        return inputError(
            Text::tr("The keyring did not give out the mail password for %1.").arg(user));
    case Keyring::Answer::NoKeyring:
        break;
    }
    return inputError(noKeyring(answer.detail));
}

Status store(const QString &user, const QString &password)
{
    if (const QString failed = Keyring::write(user, password); !failed.isEmpty())
        return inputError(noKeyring(failed));
    return success();
}

} // namespace NineTouch::MailCredentials
