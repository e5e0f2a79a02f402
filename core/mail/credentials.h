// Where the mail password lives: the system's keyring (Secret Service, KWallet; see keyring.h),
// never the database or a log. Scripts and machines with no keyring give it in the
// environment variable NINETOUCH_MAIL_PASSWORD, which is read first.
#pragma once

#include "result.h"

namespace NineTouch::MailCredentials {

// The password for the mail user (the keyring entry "NineTouch" / user). An error says that
// none is stored, or that no keyring answers, and what to do.
Result<QString> password(const QString &user);
Status store(const QString &user, const QString &password);
// Whether the password comes from the environment (then the keyring is not asked).
bool fromEnvironment();

} // namespace NineTouch::MailCredentials
