#include "mailaccount.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace NineTouch {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MailAccount)
};

} // namespace

QUrl MailAccount::withPort(const QUrl &url)
{
    QUrl u = url;
    if (u.port() > 0)
        return u;
    const QString s = u.scheme();
    u.setPort(s == QLatin1String("smtp")        ? 587
                  : s == QLatin1String("smtps") ? 465
                  : s == QLatin1String("imap")  ? 143
                                                : 993);
    return u;
}

Result<MailAccount> MailAccount::fromSettings(const Settings &s, const QString &password, Need need)
{
    MailAccount a;
    a.fromEmail = s.repEmail;
    a.fromName = s.repName;
    a.user = s.mailUser.isEmpty() ? s.repEmail : s.mailUser;
    a.password = password;
    if (!s.mailSmtp.isEmpty())
        a.smtp = withPort(QUrl(s.mailSmtp));
    if (!s.mailImap.isEmpty())
        a.imap = withPort(QUrl(s.mailImap));
    if (a.fromEmail.isEmpty())
        return inputError(Field::RepEmail,
                          Text::tr("is not set: your emails need your address as their sender."));
    if (need == Need::Sending && a.smtp.isEmpty())
        return inputError(Field::MailSmtp,
                          Text::tr("is not set: give your mail provider's outgoing server to "
                                   "send from NineTouch."));
    if (need == Need::Reading && a.imap.isEmpty())
        return inputError(Field::MailImap,
                          Text::tr("is not set: give your mail provider's incoming server so "
                                   "NineTouch can see replies."));
    return a;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    static const QRegularExpression v4(QStringLiteral(
        R"(^127\.(25[0-5]|2[0-4]\d|1?\d?\d)\.(25[0-5]|2[0-4]\d|1?\d?\d)\.(25[0-5]|2[0-4]\d|1?\d?\d)$)"));
    return v4.match(host).hasMatch() || host == QLatin1String("::1")
        || host == QLatin1String("0:0:0:0:0:0:0:1");
}

} // namespace NineTouch
