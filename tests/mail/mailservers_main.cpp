// The test mail servers on their own, to try the app's mail account by hand: starts Dovecot and
// the SMTP capture on loopback (see mailservers.h), prints how to point NineTouch at them, and
// runs until stopped (Ctrl+C). A file dropped into the printed maildir's new/ is a message
// arriving in the rep's inbox.
#include "mailservers.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <unistd.h>

namespace {
int stopPipe[2];
void onSignal(int)
{
    const char c = 1;
    (void)!write(stopPipe[1], &c, 1);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (pipe(stopPipe) != 0)
        return 1;
    MailServers servers;
    if (const QString why = servers.start(); !why.isEmpty()) {
        QTextStream(stderr) << "Cannot start the mail servers: " << why << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << "mail.smtp " << servers.smtpUrl() << '\n'
        << "mail.smtp (STARTTLS) " << servers.smtpTlsUrl() << '\n'
        << "mail.imap " << servers.imapUrl() << '\n'
        << "mail.imap (TLS) " << servers.imapsUrl() << '\n'
        << "rep.email / mail.user " << MailServers::user << '\n'
        << "NINETOUCH_MAIL_PASSWORD=" << MailServers::password << '\n'
        << "NINETOUCH_MAIL_CA_FILE=" << servers.caFile() << '\n'
        << "inbox (drop messages into new/) " << servers.folder() << "/mail/Maildir\n"
        << "sent mail is captured in " << servers.folder() << "/captured\n"
        << "ready" << Qt::endl;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QSocketNotifier stop(stopPipe[0], QSocketNotifier::Read);
    QObject::connect(&stop, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    return app.exec();
}
