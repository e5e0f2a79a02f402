// What NineTouch reads from an incoming message (GMime, libical), as a table of real-world
// shapes: a person's answer, out-of-office replies in their common forms, invitation answers,
// delivery failures; hostile messages are read as far as they make sense and never crash.
// Also the account's rules: which hosts may see a password in plain text, which server
// addresses the settings take.
#include "incomingmail.h"
#include "mailaccount.h"
#include "outofoffice.h"

#include <QElapsedTimer>
#include <QTest>

using namespace NineTouch;
using Kind = IncomingMail::Kind;

Q_DECLARE_METATYPE(IncomingMail::Kind)

namespace {

QByteArray message(const QByteArray &headers, const QByteArray &body = "Hello.\r\n")
{
    return "From: Jana Müller <Jana@Rheinwerk.example>\r\nTo: rep@example.com\r\n"
           "Date: Thu, 03 Dec 2026 14:00:00 +0100\r\nMessage-ID: <m1@rheinwerk.example>\r\n"
        + headers + "\r\n" + body;
}

QByteArray calendarReply(const char *partstat)
{
    return message("Subject: Accepted: Next steps\r\nMIME-Version: 1.0\r\n"
                   "Content-Type: multipart/alternative; boundary=\"x\"\r\n",
                   QByteArray("--x\r\nContent-Type: text/plain\r\n\r\nAccepted.\r\n--x\r\n"
                              "Content-Type: text/calendar; method=REPLY; charset=utf-8\r\n"
                              "Content-Transfer-Encoding: base64\r\n\r\n")
                       + QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\n"
                                    "METHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:abc-123@ninetouch\r\n"
                                    "DTSTAMP:20261203T130000Z\r\nATTENDEE;PARTSTAT=")
                             .append(partstat)
                             .append(":mailto:jana@rheinwerk.example\r\nEND:VEVENT\r\n"
                                     "END:VCALENDAR\r\n")
                             .toBase64()
                       + "\r\n--x--\r\n");
}

QByteArray dsn(const char *action)
{
    return message(
        "Subject: Delivery Status Notification (Failure)\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\r\n",
        QByteArray("--r\r\nContent-Type: text/plain\r\n\r\nFailed.\r\n--r\r\n"
                   "Content-Type: message/delivery-status\r\n\r\n"
                   "Reporting-MTA: dns; mx.example\r\n\r\n"
                   "Original-Recipient: rfc822;Gone@Vanished.example\r\n"
                   "Final-Recipient: rfc822; gone@vanished.example\r\nAction: ")
            + action
            + "\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\r\n"
              "\r\n--r\r\nContent-Type: message/rfc822\r\n\r\n"
              "From: rep@example.com\r\nTo: gone@vanished.example\r\n"
              "Message-ID: <ours@example.com>\r\nSubject: Next steps\r\n\r\nHi\r\n"
              "--r--\r\n");
}

} // namespace

class TestIncomingMail : public QObject
{
    Q_OBJECT

private slots:
    void kinds_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("a person's answer")
            << message("Subject: Re: Next steps\r\nIn-Reply-To: <ours@example.com>\r\n")
            << Kind::Message;
        QTest::newRow("Auto-Submitted: auto-replied")
            << message("Subject: Re: Next steps\r\nAuto-Submitted: auto-replied\r\n")
            << Kind::AutoReply;
        QTest::newRow("Auto-Submitted: no is a person")
            << message("Subject: Re: Next steps\r\nAuto-Submitted: no\r\n") << Kind::Message;
        QTest::newRow("X-Autoreply")
            << message("Subject: Re: x\r\nX-Autoreply: yes\r\n") << Kind::AutoReply;
        QTest::newRow("Precedence: auto_reply")
            << message("Subject: Re: x\r\nPrecedence: auto_reply\r\n") << Kind::AutoReply;
        QTest::newRow("Outlook's subject")
            << message("Subject: Automatic reply: Next steps\r\n") << Kind::AutoReply;
        QTest::newRow("out of office")
            << message("Subject: Out of Office: back Monday\r\n") << Kind::AutoReply;
        QTest::newRow("German absence")
            << message("Subject: Abwesenheitsnotiz: Next steps\r\n") << Kind::AutoReply;
        QTest::newRow("an answer that mentions the office")
            << message("Subject: Re: see you at the office\r\n") << Kind::Message;
        QTest::newRow("invitation accepted") << calendarReply("ACCEPTED") << Kind::CalendarReply;
        QTest::newRow("invitation declined") << calendarReply("DECLINED") << Kind::CalendarReply;
        // People's answers that look a little like a machine's: never taken for one.
        QTest::newRow("Precedence: bulk on a threaded answer")
            << message("Subject: Re: Quick question\r\nIn-Reply-To: <ours@example.com>\r\n"
                       "Precedence: bulk\r\n")
            << Kind::Message;
        QTest::newRow("an answer that says rejected and names a colleague")
            << message("Subject: Re: Quick question\r\nIn-Reply-To: <ours@example.com>\r\n"
                       "Precedence: bulk\r\n",
                       "Our board rejected the budget (5.1.1 of our rules). Talk to "
                       "anna.berg@rheinwerk.example, 25.03.2026.\r\n")
            << Kind::Message;
        QTest::newRow("a challenge in the subject")
            << message("Subject: Re: Your biggest hiring challenge in 2026\r\n") << Kind::Message;
        QTest::newRow("a confirmation request in the subject")
            << message("Subject: Re: Order confirmation request\r\n") << Kind::Message;
        QTest::newRow("out of the office in a reply's subject")
            << message("Subject: Re: Working out of the office - do you support remote teams?\r\n")
            << Kind::Message;
        QTest::newRow("a word that begins like congés")
            << message("Subject: Congestion charges question\r\n") << Kind::Message;
        QTest::newRow("a word that begins like Urlaub")
            << message("Subject: Urlaubsplanung - Angebot?\r\n") << Kind::Message;
        QTest::newRow("it-admin@ is a person")
            << QByteArray(message("Subject: Re: x\r\n"))
                   .replace("Jana@Rheinwerk.example", "it-admin@rheinwerk.example")
            << Kind::Message;
        QTest::newRow("demo-request@ is a person")
            << QByteArray(message("Subject: Re: x\r\n"))
                   .replace("Jana@Rheinwerk.example", "demo-request@rheinwerk.example")
            << Kind::Message;
        QTest::newRow("a person called System Administrator")
            << QByteArray(message("Subject: Re: x\r\n"))
                   .replace("Jana Müller <Jana@Rheinwerk.example>",
                            "System Administrator <it@rheinwerk.example>")
            << Kind::Message;
        QTest::newRow("a list manager with a list's marks")
            << QByteArray(message("Subject: Your message awaits moderator approval\r\n"
                                  "List-Id: <vertrieb.rheinwerk.example>\r\n"))
                   .replace("Jana@Rheinwerk.example", "vertrieb-owner@rheinwerk.example")
            << Kind::Notice;
        QTest::newRow("a vacation reply with Precedence: bulk and a date on the 25th")
            << message(
                   "Subject: Urlaub\r\nAuto-Submitted: auto-replied\r\nPrecedence: bulk\r\n",
                   "Ich bin bis 25.03.2026 im Urlaub. Vertretung: anna.berg@rheinwerk.example\r\n")
            << Kind::AutoReply;
        QTest::newRow("delivery failed") << dsn("failed") << Kind::Bounce;
        QTest::newRow("delivery delayed: no bounce, no answer") << dsn("delayed") << Kind::Notice;
    }
    void kinds()
    {
        QFETCH(QByteArray, raw);
        QFETCH(Kind, kind);
        QCOMPARE(IncomingMail::parse(raw).kind, kind);
    }

    // The first day back as an out-of-office says it; every row written on Monday 9 March 2026.
    void firstDayBack_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QDate>("back");
        const auto row = [](const char *name, const char *text, const char *language,
                            const QDate &back) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(language) << back;
        };
        row("back on", "I will be back on Thursday 19 March.", "", QDate(2026, 3, 19));
        row("won't be back until", "I won't be back until 16 March.", "", QDate(2026, 3, 16));
        row("until: away that day too", "I am away until 13 March.", "", QDate(2026, 3, 14));
        row("a time is no date", "Ich bin heute bis 12.30 Uhr nicht erreichbar.", "", {});
        row("at a time", "I am out until 10.30 am.", "", {});
        row("jusqu'à midi et demi", "Absent jusqu'à 12.30.", "fr-FR", {});
        row("ab … wieder, with a time", "Ich bin ab dem 16.03. um 8.30 Uhr wieder da.", "",
            QDate(2026, 3, 16));
        row("the first dated phrase decides", "Back 16.03. Registration is open until 30 April.",
            "", QDate(2026, 3, 16));
        row("a fair in another sentence",
            "Ich bin ab dem 16.3. zurück. Besuchen Sie uns auf der Messe vom 10. bis 22. April.",
            "", QDate(2026, 3, 16));
        row("feedback on is no back on", "I will give feedback on 20 May.", "", {});
        row("a day that has passed", "I am back on 25 February.", "", {});
        row("03/04 from nowhere: no date", "I am away until 03/04.", "", {});
        row("03/04 in US English", "I am away until 03/14.", "en-US", QDate(2026, 3, 15));
        row("03/04 in British English", "I am away until 20/03.", "en-GB", QDate(2026, 3, 21));
        row("French is day first", "Je serai absent jusqu'au 03/04.", "", QDate(2026, 4, 4));
        row("the first day away with a back word later",
            "I am out from 10 March and will be back after Easter.", "", {});
        row("the signature is not read", "I am travelling.\n-- \nFair: back on 20 May", "", {});
        row("dots are day first even in US English", "Back on 12.04.", "en-US", QDate(2026, 4, 12));
    }
    void firstDayBack()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(QDate, back);
        QCOMPARE(OutOfOffice::firstDayBack(text, QDate(2026, 3, 9), language), back);
    }

    void theYearTurns()
    {
        QCOMPARE(
            OutOfOffice::firstDayBack(QStringLiteral("back on 5 January"), QDate(2026, 12, 20)),
            QDate(2027, 1, 5));
        QCOMPARE(OutOfOffice::firstDayBack(QStringLiteral("back on 5 January"), QDate(2026, 3, 9)),
                 QDate());
    }

    void whatAnAnswerCarries()
    {
        const IncomingMail m = IncomingMail::parse(
            message("Subject: =?utf-8?q?Re=3A_N=C3=A4chste_Schritte?=\r\n"
                    "In-Reply-To: <second@example.com>\r\n"
                    "References: <first@example.com> <second@example.com>\r\n"));
        QCOMPARE(m.fromAddress, QStringLiteral("jana@rheinwerk.example"));
        QCOMPARE(m.fromName, QStringLiteral("Jana Müller"));
        QCOMPARE(m.subject, QStringLiteral("Re: Nächste Schritte"));
        QCOMPARE(m.messageId, QStringLiteral("<m1@rheinwerk.example>"));
        QCOMPARE(m.references,
                 (QStringList { QStringLiteral("<second@example.com>"),
                                QStringLiteral("<first@example.com>") }));
        QCOMPARE(m.date, QDateTime(QDate(2026, 12, 3), QTime(13, 0), Qt::UTC));
    }

    void anInvitationAnswerNamesTheMeeting()
    {
        const IncomingMail m = IncomingMail::parse(calendarReply("TENTATIVE"));
        QCOMPARE(m.calendarUid, QStringLiteral("abc-123@ninetouch"));
        QCOMPARE(m.partstat, QStringLiteral("TENTATIVE"));
    }

    void aBounceNamesTheFailedAddressNotTheQuotedOriginal()
    {
        const IncomingMail m = IncomingMail::parse(dsn("failed"));
        QCOMPARE(m.bouncedAddresses, QStringList { QStringLiteral("gone@vanished.example") });
        QVERIFY(m.bounceReason.contains(QLatin1String("User unknown")));
        // The quoted original's Message-ID is ours; the bounce's own is not taken from it.
        QCOMPARE(m.messageId, QStringLiteral("<m1@rheinwerk.example>"));
    }

    void hostileMessages_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QByteArray nested = "From: a@b.example\r\nMIME-Version: 1.0\r\n";
        for (int i = 0; i < 5000; ++i)
            nested += "Content-Type: multipart/mixed; boundary=\"" + QByteArray::number(i)
                + "\"\r\n\r\n--" + QByteArray::number(i) + "\r\n";
        QTest::newRow("5,000 nested multiparts") << nested;
        QByteArray headers = "From: a@b.example\r\n";
        for (int i = 0; i < 20000; ++i)
            headers += "X-H" + QByteArray::number(i) + ": " + QByteArray(50, 'v') + "\r\n";
        QTest::newRow("20,000 headers") << headers + "\r\nx";
        QTest::newRow("a 1 MB subject") << "Subject: " + QByteArray(1 << 20, 'S') + "\r\n\r\nx";
        QTest::newRow("a 1 MB From") << "From: " + QByteArray(1 << 20, 'a') + "@b.example\r\n\r\nx";
        QTest::newRow("binary garbage") << QByteArray("\x00\xff\x01\xfe\r\n\r\n\x00", 10);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("unknown charsets")
            << message("Subject: =?x-klingon?B?////?= =?utf-8?B?/w==?=\r\n"
                       "Content-Type: text/plain; charset=klingon\r\n");
        QTest::newRow("a calendar that is not one")
            << message("MIME-Version: 1.0\r\nContent-Type: text/calendar; method=REPLY\r\n",
                       "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nATTENDEE;PARTSTAT=\r\nBEGIN:"
                       "VCALENDAR\r\n");
        QTest::newRow("a report without its part")
            << message("MIME-Version: 1.0\r\nContent-Type: multipart/report; "
                       "report-type=delivery-status; boundary=q\r\n",
                       "--q\r\nContent-Type: message/delivery-status\r\n\r\nAction: failed\r\n");
        QTest::newRow("a boundary that never comes")
            << message("MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=zz\r\n",
                       QByteArray(100000, '-'));
    }
    void hostileMessages()
    {
        QFETCH(QByteArray, raw);
        QElapsedTimer t;
        t.start();
        const IncomingMail m = IncomingMail::parse(raw);
        QVERIFY(m.subject.size() <= 201);
        QVERIFY(m.fromAddress.size() <= 321);
        qInfo("read in %lld ms", t.elapsed());
    }

    void passwordsTravelPlainOnlyToThisMachine_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("localhost") << "localhost" << true;
        QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
        QTest::newRow("127.1.2.3") << "127.1.2.3" << true;
        QTest::newRow("::1") << "::1" << true;
        QTest::newRow("127.0.0.1.evil.example") << "127.0.0.1.evil.example" << false;
        QTest::newRow("128.0.0.1") << "128.0.0.1" << false;
        QTest::newRow("127.256.0.1") << "127.256.0.1" << false;
        QTest::newRow("mail.example.com") << "mail.example.com" << false;
        QTest::newRow("localhost.example") << "localhost.example" << false;
    }
    void passwordsTravelPlainOnlyToThisMachine()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(isLoopbackHost(host), loopback);
    }

    void serverAddresses_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("taken");
        QTest::newRow("smtp with port") << "mail.smtp"
                                        << "smtp://mail.example.com:587" << true;
        QTest::newRow("smtps") << "mail.smtp"
                               << "smtps://mail.example.com" << true;
        QTest::newRow("empty: no account") << "mail.smtp"
                                           << "" << true;
        QTest::newRow("imap for smtp") << "mail.smtp"
                                       << "imap://mail.example.com" << false;
        QTest::newRow("http") << "mail.imap"
                              << "http://mail.example.com" << false;
        QTest::newRow("a password inside") << "mail.imap"
                                           << "imaps://u:pw@mail.example.com" << false;
        QTest::newRow("a path") << "mail.imap"
                                << "imaps://mail.example.com/INBOX" << false;
        QTest::newRow("no host") << "mail.imap"
                                 << "imaps://" << false;
        QTest::newRow("words") << "mail.smtp"
                               << "my mail server" << false;
    }
    void serverAddresses()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, taken);
        Settings s;
        s.mailSmtp = QStringLiteral("smtp://before.example");
        s.mailImap = QStringLiteral("imap://before.example");
        const Status r = s.set(key, value);
        QCOMPARE(bool(r), taken);
        if (!taken) {
            QVERIFY(!r.error().message.contains(QLatin1String("pw")));
            QCOMPARE(s.value(key),
                     key == QLatin1String("mail.smtp") ? QStringLiteral("smtp://before.example")
                                                       : QStringLiteral("imap://before.example"));
        }
    }

    void anAccountNeedsWhatItsUseNeeds()
    {
        Settings s;
        s.repEmail = QStringLiteral("rep@example.com");
        s.mailImap = QStringLiteral("imaps://mail.example.com");
        const auto sending =
            MailAccount::fromSettings(s, QStringLiteral("x"), MailAccount::Need::Sending);
        QVERIFY(!sending);
        QCOMPARE(sending.error().field, Field::MailSmtp);
        const auto reading =
            MailAccount::fromSettings(s, QStringLiteral("x"), MailAccount::Need::Reading);
        QVERIFY(reading);
        QCOMPARE(reading->imap.port(), 993);
        QCOMPARE(reading->user, QStringLiteral("rep@example.com"));
    }
};

QTEST_GUILESS_MAIN(TestIncomingMail)
#include "tst_incomingmail.moc"
