// Real mail servers on loopback for the mail tests, started and stopped by the test: Dovecot
// (IMAP with STARTTLS and IMAPS, one passwd-file user, a maildir) and an SMTP server
// (smtp_capture.py, Debian's python3-aiosmtpd) that keeps what it receives. A certificate is
// made for them at start (openssl), and its file is what the client trusts.
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

class MailServers
{
public:
    static constexpr const char *user = "rep@example.com";
    static constexpr const char *password = "s3cret-pass";

    MailServers();
    ~MailServers();

    // Empty when all run; else what failed.
    QString start();

    QString smtpUrl() const; // plain, on loopback
    QString smtpTlsUrl() const; // STARTTLS required
    QString imapUrl() const; // STARTTLS offered
    QString imapsUrl() const; // TLS from the first byte
    QString caFile() const;
    QString folder() const { return m_dir.path(); } // the maildir, the capture, the logs

    // Puts a message into the user's inbox, as a delivery would.
    void deliver(const QByteArray &message);
    // The messages the SMTP servers took, in order, and their envelopes.
    QList<QByteArray> captured() const;
    QJsonObject envelope(int index) const;
    // The inbox's files (their names carry the flags: ":2,S" is \Seen).
    QStringList inboxFiles() const;

    void stopSmtp();

private:
    QString startSmtp(QProcess &process, int port, const QString &dir, bool tls);

    QTemporaryDir m_dir;
    QProcess m_dovecot, m_smtp, m_smtpTls;
    int m_imapPort = 0, m_imapsPort = 0, m_smtpPort = 0, m_smtpTlsPort = 0;
    int m_delivered = 0;
};
