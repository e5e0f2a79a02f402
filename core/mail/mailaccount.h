// The rep's own mail account, as the settings and the keyring describe it: where to send
// (SMTP submission) and where to read (the IMAP inbox), as whom.
#pragma once

#include "result.h"
#include "settings.h"

#include <QUrl>

namespace NineTouch {

struct MailAccount
{
    QUrl smtp; // smtp:// (STARTTLS) or smtps:// (TLS from the first byte)
    QUrl imap; // imap:// (STARTTLS) or imaps://
    QString user;
    QString password;
    QString fromEmail; // the rep's address: the sender of every email
    QString fromName;

    // From the settings and a password (see MailCredentials). Refused, naming the setting,
    // when what the step needs is missing: the outgoing server for sending, the incoming one
    // for reading, the rep's address for both.
    enum class Need { Sending, Reading };
    static Result<MailAccount> fromSettings(const Settings &settings, const QString &password,
                                            Need need);

    // The server's URL with its default port filled in (587, 465, 143, 993).
    static QUrl withPort(const QUrl &url);
};

// localhost, 127.0.0.0/8, ::1: the only hosts a password may travel to without TLS.
bool isLoopbackHost(const QString &host);

} // namespace NineTouch
