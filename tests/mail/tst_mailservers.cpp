// mail send and mail sync end to end: ninetouch-cli against a real Dovecot and a real SMTP
// server on loopback, started here (mailservers.h). What the capture received is parsed back;
// replies, automatic replies, invitation answers and bounces dropped into the Dovecot maildir
// reach the deals they belong to, once, and nothing in the mailbox changes.
#include "incomingmail.h"
#include "mailservers.h"

using namespace NineTouch;

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

namespace {

struct Run
{
    int exit = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestMailServers : public QObject
{
    Q_OBJECT

    MailServers m_servers;
    QTemporaryDir m_dir;
    QString m_db;
    QString m_password = QString::fromLatin1(MailServers::password);

    Run cli(const QStringList &args, const QString &now)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NINETOUCH_MAIL_PASSWORD"), m_password);
        env.insert(QStringLiteral("NINETOUCH_MAIL_CA_FILE"), m_servers.caFile());
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(NINETOUCH_CLI),
                QStringList { QStringLiteral("--db"), m_db, QStringLiteral("--now"), now } + args);
        if (!p.waitForFinished(120000))
            qFatal("ninetouch-cli %s hangs", qPrintable(args.join(QLatin1Char(' '))));
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

    QJsonObject deal(int id)
    {
        const Run r = cli({ QStringLiteral("--json"), QStringLiteral("deal"),
                            QStringLiteral("show"), QString::number(id) },
                          QStringLiteral("2026-12-04T18:00:00+01:00"));
        return QJsonDocument::fromJson(r.out).object();
    }

    QJsonArray timeline(int id) { return deal(id).value(QStringLiteral("timeline")).toArray(); }

    QString lastMessageId(int id)
    {
        const QJsonArray t = timeline(id);
        for (qsizetype i = t.size() - 1; i >= 0; --i) {
            const QString m = t.at(i).toObject().value(QStringLiteral("message_id")).toString();
            if (!m.isEmpty())
                return m;
        }
        return {};
    }

    int addDeal(const QString &contact, const QString &email)
    {
        const Run r = cli({ QStringLiteral("--json"), QStringLiteral("deal"), QStringLiteral("add"),
                            QStringLiteral("--title"), contact + QLatin1String(" deal"),
                            QStringLiteral("--org"), contact + QLatin1String(" GmbH"),
                            QStringLiteral("--contact"), contact, QStringLiteral("--email"), email,
                            QStringLiteral("--tz"), QStringLiteral("Europe/Berlin"),
                            QStringLiteral("--value-summary"),
                            QStringLiteral("Scanners that cut picking errors in half") },
                          QStringLiteral("2026-12-01T08:00:00+01:00"));
        if (r.exit != 0)
            qFatal("deal add: %s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("id")).toInt();
    }

    // A deal whose meeting was set and recapped by mail, and whose call then went unanswered:
    // a pursuit runs, with our missed-call email out.
    void pursue(int id)
    {
        QCOMPARE(cli({ QStringLiteral("meeting"), QStringLiteral("set"), QString::number(id),
                       QStringLiteral("--at"), QStringLiteral("2026-12-03T10:00"),
                       QStringLiteral("--agenda"), QStringLiteral("the pilot plan") },
                     QStringLiteral("2026-12-01T09:00:00+01:00"))
                     .exit,
                 0);
        const Run recap = cli({ QStringLiteral("mail"), QStringLiteral("send"), QString::number(id),
                                QStringLiteral("recap") },
                              QStringLiteral("2026-12-01T09:10:00+01:00"));
        QVERIFY2(recap.exit == 0, recap.err.constData());
        QCOMPARE(cli({ QStringLiteral("meeting"), QStringLiteral("missed"), QString::number(id),
                       QStringLiteral("--tried"), QStringLiteral("direct") },
                     QStringLiteral("2026-12-03T10:05:00+01:00"))
                     .exit,
                 0);
        const Run missed = cli({ QStringLiteral("mail"), QStringLiteral("send"),
                                 QString::number(id), QStringLiteral("missed-call") },
                               QStringLiteral("2026-12-03T10:30:00+01:00"));
        QVERIFY2(missed.exit == 0, missed.err.constData());
    }

    int touches(int id)
    {
        return deal(id)
            .value(QStringLiteral("cadence"))
            .toObject()
            .value(QStringLiteral("touches"))
            .toInt();
    }

    Run sync(const QString &now = QStringLiteral("2026-12-04T12:00:00+01:00"))
    {
        return cli({ QStringLiteral("--json"), QStringLiteral("mail"), QStringLiteral("sync") },
                   now);
    }

    static QByteArray reply(const QString &from, const QString &inReplyTo, const QString &subject,
                            const QByteArray &extraHeaders = {},
                            const QByteArray &body = "Yes, "
                                                     "let's.")
    {
        static int n = 0;
        QByteArray m = "From: " + from.toUtf8() + "\r\nTo: rep@example.com\r\nSubject: "
            + subject.toUtf8() + "\r\nDate: Thu, 03 Dec 2026 14:00:00 +0100\r\nMessage-ID: <r"
            + QByteArray::number(++n) + "@prospect.example>\r\n";
        if (!inReplyTo.isEmpty())
            m += "In-Reply-To: " + inReplyTo.toUtf8() + "\r\nReferences: " + inReplyTo.toUtf8()
                + "\r\n";
        return m + extraHeaders
            + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body
            + "\r\n";
    }

    bool hasKind(int id, const QString &kind, const QString &noteContains)
    {
        for (const QJsonValue &v : timeline(id)) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("kind")).toString() == kind
                && o.value(QStringLiteral("note")).toString().contains(noteContains))
                return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        const QString why = m_servers.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_db = m_dir.path() + QLatin1String("/pipeline.sqlite");
        const QString now = QStringLiteral("2026-12-01T08:00:00+01:00");
        QCOMPARE(cli({ QStringLiteral("init") }, now).exit, 0);
        for (const auto &[key, value] : QList<std::pair<QString, QString>> {
                 { QStringLiteral("rep.name"), QStringLiteral("Sam Rep") },
                 { QStringLiteral("rep.email"), QStringLiteral("rep@example.com") },
                 { QStringLiteral("rep.tz"), QStringLiteral("Europe/Berlin") },
                 { QStringLiteral("mail.smtp"), m_servers.smtpUrl() },
                 { QStringLiteral("mail.imap"), m_servers.imapUrl() } }) {
            const Run r = cli({ QStringLiteral("settings"), key, value }, now);
            QVERIFY2(r.exit == 0, r.err.constData());
        }
    }

    void sendDeliversTheDraftAndRecordsIt()
    {
        const int id =
            addDeal(QStringLiteral("Jana Müller"), QStringLiteral("jana@rheinwerk.example"));
        QCOMPARE(id, 1);
        pursue(id);
        const QList<QByteArray> got = m_servers.captured();
        QCOMPARE(got.size(), 2);
        // The capture's bytes, parsed back by GMime: our Message-ID, to the contact.
        const IncomingMail recap = IncomingMail::parse(got.at(0));
        QVERIFY(recap.readable);
        QVERIFY(recap.subject.startsWith(QLatin1String("Next steps")));
        QCOMPARE(recap.fromAddress, QStringLiteral("rep@example.com"));
        QCOMPARE(m_servers.envelope(0).value(QStringLiteral("to")).toArray().at(0).toString(),
                 QStringLiteral("jana@rheinwerk.example"));
        QVERIFY(got.at(0).contains("Content-Type: text/calendar; charset=UTF-8; method=REQUEST"));
        QVERIFY(!got.at(0).contains("X-Unsent"));
        // The timeline holds the Message-ID of each email sent, and the invite went with the recap.
        QVERIFY(hasKind(id, QStringLiteral("recap"), QStringLiteral("jana@rheinwerk.example")));
        QVERIFY(hasKind(id, QStringLiteral("invite"), QString()));
        QCOMPARE(lastMessageId(id), IncomingMail::parse(got.at(1)).messageId);
        QVERIFY(got.at(1).contains(IncomingMail::parse(got.at(1)).messageId.toLatin1()));
    }

    void aReplyResetsThePursuit()
    {
        QVERIFY(touches(1) > 0);
        m_servers.deliver(reply(QStringLiteral("Jana Müller <jana@rheinwerk.example>"),
                                lastMessageId(1), QStringLiteral("Re: Sorry I missed you")));
        const Run r = sync();
        QVERIFY2(r.exit == 0, r.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(QStringLiteral("read")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("recorded")).toArray().size(), 1);
        QVERIFY(hasKind(1, QStringLiteral("reply"), QStringLiteral("Re: Sorry I missed you")));
        QCOMPARE(touches(1), 0);
    }

    void aSecondSyncRecordsNothing()
    {
        const QJsonArray before = timeline(1);
        const Run r = sync();
        QCOMPARE(r.exit, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(QStringLiteral("read")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("recorded")).toArray().size(), 0);
        QCOMPARE(timeline(1), before);
    }

    void anOutOfOfficeIsANoteOnly()
    {
        const int id =
            addDeal(QStringLiteral("Oskar Berg"), QStringLiteral("oskar@nordlicht.example"));
        pursue(id);
        const int before = touches(id);
        QVERIFY(before > 0);
        m_servers.deliver(reply(QStringLiteral("oskar@nordlicht.example"), lastMessageId(id),
                                QStringLiteral("Automatic reply: Sorry I missed you"),
                                "Auto-Submitted: auto-replied\r\n", "I am away until Monday."));
        QCOMPARE(sync().exit, 0);
        QVERIFY(hasKind(id, QStringLiteral("note"), QStringLiteral("Automatic reply")));
        QVERIFY(!hasKind(id, QStringLiteral("reply"), QString()));
        QCOMPARE(touches(id), before);
    }

    void anAcceptedInvitationIsRecorded()
    {
        const int id = addDeal(QStringLiteral("Ana Silva"), QStringLiteral("ana@lumen.example"));
        pursue(id);
        const QString uid = deal(id)
                                .value(QStringLiteral("next_meeting"))
                                .toObject()
                                .value(QStringLiteral("uid"))
                                .toString();
        QVERIFY(!uid.isEmpty());
        const QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
                               "METHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:"
            + uid.toUtf8()
            + "\r\nDTSTAMP:20261203T130000Z\r\nDTSTART:20261208T090000Z\r\n"
              "ATTENDEE;PARTSTAT=ACCEPTED:mailto:ana@lumen.example\r\n"
              "ORGANIZER:mailto:rep@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        const QByteArray m =
            "From: Ana Silva <ana@lumen.example>\r\nTo: rep@example.com\r\n"
            "Subject: Accepted: Next steps\r\nDate: Thu, 03 Dec 2026 14:00:00 +0100\r\n"
            "Message-ID: <accept-1@lumen.example>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/calendar; charset=utf-8; method=REPLY\r\n\r\n"
            + ics;
        m_servers.deliver(m);
        QCOMPARE(sync().exit, 0);
        QVERIFY(hasKind(id, QStringLiteral("reply"), QStringLiteral("accepted the invitation")));
        QCOMPARE(touches(id), 0);
    }

    void aBounceFlagsTheAddress()
    {
        const int id =
            addDeal(QStringLiteral("Nobody Here"), QStringLiteral("gone@vanished.example"));
        QCOMPARE(cli({ QStringLiteral("meeting"), QStringLiteral("set"), QString::number(id),
                       QStringLiteral("--at"), QStringLiteral("2026-12-08T10:00"),
                       QStringLiteral("--agenda"), QStringLiteral("the rollout") },
                     QStringLiteral("2026-12-01T09:00:00+01:00"))
                     .exit,
                 0);
        QCOMPARE(cli({ QStringLiteral("mail"), QStringLiteral("send"), QString::number(id),
                       QStringLiteral("recap") },
                     QStringLiteral("2026-12-01T09:10:00+01:00"))
                     .exit,
                 0);
        const QByteArray dsn =
            "From: Mail Delivery System <MAILER-DAEMON@mx.example.com>\r\n"
            "To: rep@example.com\r\nSubject: Undelivered Mail Returned to Sender\r\n"
            "Date: Tue, 01 Dec 2026 09:11:00 +0100\r\nMessage-ID: <dsn-1@mx.example.com>\r\n"
            "Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n"
            "--B\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
            "--B\r\nContent-Type: message/delivery-status\r\n\r\n"
            "Reporting-MTA: dns; mx.example.com\r\n\r\n"
            "Final-Recipient: rfc822; gone@vanished.example\r\nAction: failed\r\n"
            "Status: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\r\n\r\n"
            "--B--\r\n";
        m_servers.deliver(dsn);
        const Run r = sync();
        QCOMPARE(r.exit, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out)
                     .object()
                     .value(QStringLiteral("bounced"))
                     .toArray()
                     .at(0)
                     .toString(),
                 QStringLiteral("gone@vanished.example"));
        const QString bounced = deal(id)
                                    .value(QStringLiteral("contact"))
                                    .toObject()
                                    .value(QStringLiteral("bounced"))
                                    .toString();
        QVERIFY2(bounced.contains(QLatin1String("User unknown")), qPrintable(bounced));
        // The next email to that address is held back until the address is corrected.
        const Run draft = cli({ QStringLiteral("--json"), QStringLiteral("draft"),
                                QString::number(id), QStringLiteral("reminder") },
                              QStringLiteral("2026-12-07T09:00:00+01:00"));
        QCOMPARE(draft.exit, 3);
        QVERIFY2(draft.out.contains("bounced"), draft.out.constData());
    }

    // A plain-text bounce (qmail's format) from the postmaster at the prospect's own domain,
    // threaded on our email: the address is flagged, and it is no sign of life.
    void aPlainBounceFromTheProspectsDomainIsNoAnswer()
    {
        const int id = addDeal(QStringLiteral("Pia Lund"), QStringLiteral("pia@fjord.example"));
        pursue(id);
        const int before = touches(id);
        const QString ours = lastMessageId(id);
        const QByteArray bounce =
            "Return-Path: <>\r\nFrom: MAILER-DAEMON@mx1.fjord.example\r\n"
            "To: rep@example.com\r\nSubject: failure notice\r\n"
            "Date: 3 Dec 2026 10:31:00 -0000\r\nMessage-ID: <qm-1@mx1.fjord.example>\r\n"
            "In-Reply-To: "
            + ours.toUtf8()
            + "\r\n\r\n"
              "Hi. This is the qmail-send program at mx1.fjord.example.\r\n"
              "I'm afraid I wasn't able to deliver your message to the following addresses.\r\n"
              "This is a permanent error; I've given up. Sorry it didn't work out.\r\n\r\n"
              "<pia@fjord.example>:\r\nSorry, no mailbox here by that name. (#5.1.1)\r\n\r\n"
              "--- Below this line is a copy of the message.\r\n\r\n"
              "From: rep@example.com\r\nTo: Pia Lund <pia@fjord.example>\r\n"
              "Message-ID: "
            + ours.toUtf8() + "\r\nSubject: Sorry I missed you\r\n\r\nHi Pia\r\n";
        m_servers.deliver(bounce);
        const Run r = sync();
        QVERIFY2(r.exit == 0, r.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(QStringLiteral("bounced")).toArray().at(0).toString(),
                 QStringLiteral("pia@fjord.example"));
        QVERIFY(!hasKind(id, QStringLiteral("reply"), QString()));
        QCOMPARE(touches(id), before);
        const QString bounced = deal(id)
                                    .value(QStringLiteral("contact"))
                                    .toObject()
                                    .value(QStringLiteral("bounced"))
                                    .toString();
        QVERIFY2(bounced.contains(QLatin1String("#5.1.1")), qPrintable(bounced));
    }

    // An out-of-office that says when its writer is back moves the call past the return, says
    // so on the timeline, and a second copy of it moves nothing again.
    void anOutOfOfficeWithADateMovesTheCall()
    {
        const int id = addDeal(QStringLiteral("Lena Vogt"), QStringLiteral("lena@halde.example"));
        QCOMPARE(cli({ QStringLiteral("meeting"), QStringLiteral("set"), QString::number(id),
                       QStringLiteral("--at"), QStringLiteral("2026-12-08T10:00"),
                       QStringLiteral("--agenda"), QStringLiteral("the rollout") },
                     QStringLiteral("2026-12-01T09:00:00+01:00"))
                     .exit,
                 0);
        const Run recap = cli({ QStringLiteral("mail"), QStringLiteral("send"), QString::number(id),
                                QStringLiteral("recap") },
                              QStringLiteral("2026-12-01T09:10:00+01:00"));
        QVERIFY2(recap.exit == 0, recap.err.constData());
        const QByteArray ooo = "Auto-Submitted: auto-replied\r\nContent-Language: de-DE\r\n";
        const QByteArray body = "Ich bin bis einschließlich 11.12. nicht im Büro.";
        m_servers.deliver(reply(QStringLiteral("Lena Vogt <lena@halde.example>"), lastMessageId(id),
                                QStringLiteral("Automatische Antwort: Next steps"), ooo, body));
        const Run r = sync(QStringLiteral("2026-12-04T12:00:00+01:00"));
        QVERIFY2(r.exit == 0, r.err.constData());
        bool away = false;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(r.out).object().value(QStringLiteral("recorded")).toArray())
            away = away || v.toObject().value(QStringLiteral("kind")).toString() == "away";
        QVERIFY2(away, r.out.constData());
        // Back on Saturday the 12th: the call moves to Monday the 14th, same time.
        const auto start = [&] {
            return deal(id)
                .value(QStringLiteral("next_meeting"))
                .toObject()
                .value(QStringLiteral("start"))
                .toString();
        };
        QCOMPARE(start(), QStringLiteral("2026-12-14T10:00:00+01:00"));
        QVERIFY(hasKind(id, QStringLiteral("away"), QStringLiteral("The call moves to")));
        QVERIFY(!hasKind(id, QStringLiteral("reply"), QString()));

        m_servers.deliver(reply(QStringLiteral("Lena Vogt <lena@halde.example>"), lastMessageId(id),
                                QStringLiteral("Automatische Antwort: Next steps"), ooo, body));
        const Run again = sync(QStringLiteral("2026-12-04T12:05:00+01:00"));
        QCOMPARE(again.exit, 0);
        QVERIFY2(!again.out.contains("\"away\""), again.out.constData());
        QCOMPARE(start(), QStringLiteral("2026-12-14T10:00:00+01:00"));
    }

    // Whose deal a message is: the thread counts only for that deal's people.
    void aMessageReachesOnlyTheDealItBelongsTo()
    {
        const QString janasThread = lastMessageId(1);
        const int jana = timeline(1).size(), oskar = timeline(2).size();
        // Oskar (deal 2's contact) answers in Jana's thread: it is Oskar's answer.
        m_servers.deliver(reply(QStringLiteral("oskar@nordlicht.example"), janasThread,
                                QStringLiteral("Re: forwarded to me")));
        // A stranger in Jana's thread: nobody's.
        m_servers.deliver(reply(QStringLiteral("someone@elsewhere.example"), janasThread,
                                QStringLiteral("Re: Next steps")));
        // Jana's colleague at her own domain, in her thread: Jana's deal.
        m_servers.deliver(reply(QStringLiteral("Peter Krause <peter@rheinwerk.example>"),
                                janasThread, QStringLiteral("Re: Next steps (Peter)")));
        const Run r = sync();
        QCOMPARE(r.exit, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(QStringLiteral("unmatched")).toInt(), 1);
        QCOMPARE(timeline(1).size(), jana + 1);
        QVERIFY(hasKind(1, QStringLiteral("reply"), QStringLiteral("Peter Krause")));
        QVERIFY(!hasKind(1, QStringLiteral("reply"), QStringLiteral("forwarded to me")));
        QCOMPARE(timeline(2).size(), oskar + 1);
        QVERIFY(hasKind(2, QStringLiteral("reply"), QStringLiteral("forwarded to me")));
    }

    void hostileMessagesNeitherCrashNorHang()
    {
        const int before = timeline(1).size();
        QByteArray huge =
            "From: jana@rheinwerk.example\r\nSubject: " + QByteArray(200000, 'A') + "\r\n";
        for (int i = 0; i < 2000; ++i)
            huge += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(100, 'x') + "\r\n";
        m_servers.deliver(huge + "\r\nbody\r\n");
        QByteArray nested =
            "From: jana@rheinwerk.example\r\nSubject: nested\r\nMIME-Version: 1.0\r\n";
        for (int i = 0; i < 300; ++i)
            nested += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i)
                + "\"\r\n\r\n--b" + QByteArray::number(i) + "\r\n";
        m_servers.deliver(nested);
        m_servers.deliver(
            "From: =?x-unknown?B?////?= <jana@rheinwerk.example>\r\nSubject: =?utf-8?B?"
            "\xff\xfe\xfd?=\r\nContent-Type: text/plain; charset=klingon\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\n!!!not base64\r\n");
        m_servers.deliver(QByteArray("\x00\x01\x02 not a message at all", 25));
        const Run r = sync();
        QVERIFY2(r.exit == 0, r.err.constData());
        // The three readable ones come from Jana: her answers, each recorded once, on her deal.
        QVERIFY(timeline(1).size() >= before + 3);
        for (const QJsonValue &v : timeline(1))
            QVERIFY(v.toObject().value(QStringLiteral("note")).toString().size() <= 4000);
    }

    void theMailboxIsNeverChanged()
    {
        const QStringList files = m_servers.inboxFiles();
        QVERIFY(files.size() >= 10);
        for (const QString &f : files)
            QVERIFY2(!f.section(QLatin1String(":2,"), 1).contains(QLatin1Char('S')), qPrintable(f));
        QCOMPARE(sync().exit, 0);
        QCOMPARE(m_servers.inboxFiles().size(), files.size());
    }

    void tlsBothWays()
    {
        // STARTTLS required by the SMTP server, TLS from the first byte for IMAP.
        QCOMPARE(
            cli({ QStringLiteral("settings"), QStringLiteral("mail.smtp"), m_servers.smtpTlsUrl() },
                QStringLiteral("2026-12-04T12:00:00+01:00"))
                .exit,
            0);
        QCOMPARE(
            cli({ QStringLiteral("settings"), QStringLiteral("mail.imap"), m_servers.imapsUrl() },
                QStringLiteral("2026-12-04T12:00:00+01:00"))
                .exit,
            0);
        const int id = addDeal(QStringLiteral("Lea Wolf"), QStringLiteral("lea@wolf.example"));
        QCOMPARE(cli({ QStringLiteral("meeting"), QStringLiteral("set"), QString::number(id),
                       QStringLiteral("--at"), QStringLiteral("2026-12-08T10:00"),
                       QStringLiteral("--agenda"), QStringLiteral("the rollout") },
                     QStringLiteral("2026-12-04T12:00:00+01:00"))
                     .exit,
                 0);
        const Run sent = cli({ QStringLiteral("mail"), QStringLiteral("send"), QString::number(id),
                               QStringLiteral("recap") },
                             QStringLiteral("2026-12-04T12:10:00+01:00"));
        QVERIFY2(sent.exit == 0, sent.err.constData());
        const int last = int(m_servers.captured().size()) - 1;
        QVERIFY(m_servers.envelope(last).value(QStringLiteral("tls")).toBool());
        const Run r = sync(QStringLiteral("2026-12-04T12:20:00+01:00"));
        QVERIFY2(r.exit == 0, r.err.constData());
    }

    void failuresSayWhatAndRecordNothing_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong password") << "password"
                                        << "refused the user name or password";
        QTest::newRow("refused recipient") << "recipient"
                                           << "refused the recipient";
        QTest::newRow("server down") << "down"
                                     << "does not answer";
    }
    void failuresSayWhatAndRecordNothing()
    {
        QFETCH(QString, what);
        QFETCH(QString, message);
        const QString now = QStringLiteral("2026-12-04T13:00:00+01:00");
        QCOMPARE(
            cli({ QStringLiteral("settings"), QStringLiteral("mail.smtp"), m_servers.smtpUrl() },
                now)
                .exit,
            0);
        const int id = addDeal(QStringLiteral("Max ") + what,
                               what == QLatin1String("recipient")
                                   ? QStringLiteral("max@refused.example")
                                   : QStringLiteral("max-%1@fine.example").arg(what));
        QCOMPARE(cli({ QStringLiteral("meeting"), QStringLiteral("set"), QString::number(id),
                       QStringLiteral("--at"), QStringLiteral("2026-12-08T10:00"),
                       QStringLiteral("--agenda"), QStringLiteral("the rollout") },
                     now)
                     .exit,
                 0);
        if (what == QLatin1String("password"))
            m_password = QStringLiteral("wrong");
        if (what == QLatin1String("down"))
            m_servers.stopSmtp();
        const QJsonArray before = timeline(id);
        const int captured = int(m_servers.captured().size());
        const Run r = cli({ QStringLiteral("mail"), QStringLiteral("send"), QString::number(id),
                            QStringLiteral("recap") },
                          QStringLiteral("2026-12-04T13:05:00+01:00"));
        m_password = QString::fromLatin1(MailServers::password);
        QCOMPARE(r.exit, 4);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY2(!r.err.contains(MailServers::password), "the password is never shown");
        QCOMPARE(timeline(id), before);
        QCOMPARE(int(m_servers.captured().size()), captured);
        if (what == QLatin1String("password")) {
            m_password = QStringLiteral("wrong");
            const Run s = sync();
            m_password = QString::fromLatin1(MailServers::password);
            QCOMPARE(s.exit, 4);
            QVERIFY2(s.err.contains("refused the user name or password"), s.err.constData());
        }
    }

    void aDraftNotReadyIsNotSent()
    {
        // No missed call yet: the missed-call email makes no sense, and is not sent.
        const Run r = cli({ QStringLiteral("mail"), QStringLiteral("send"), QStringLiteral("5"),
                            QStringLiteral("missed-call") },
                          QStringLiteral("2026-12-04T13:10:00+01:00"));
        QCOMPARE(r.exit, 3);
    }
};

QTEST_GUILESS_MAIN(TestMailServers)
#include "tst_mailservers.moc"
