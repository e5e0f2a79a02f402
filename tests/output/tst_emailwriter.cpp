// .eml files parsed back (headers, encoded words, the calendar part) and mailto: links.
#include "emailwriter.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace NineTouch;

namespace {

// A minimal RFC 5322/2047 reader, enough to check what we write.
struct ParsedMail
{
    QMultiMap<QByteArray, QByteArray> headers; // lower-case names, unfolded raw values
    QByteArray rawHeaders;
    QByteArray body;
};

ParsedMail parseMail(const QByteArray &eml)
{
    ParsedMail m;
    const qsizetype split = eml.indexOf("\r\n\r\n");
    m.rawHeaders = eml.left(split + 2);
    m.body = eml.mid(split + 4);
    QByteArray unfolded = m.rawHeaders;
    unfolded.replace("\r\n ", " ");
    for (const QByteArray &line : unfolded.split('\n')) {
        const QByteArray l = line.trimmed();
        if (l.isEmpty())
            continue;
        const qsizetype colon = l.indexOf(':');
        m.headers.insert(l.left(colon).toLower(), l.mid(colon + 1).trimmed());
    }
    return m;
}

// The parts of a multipart entity, each parsed; the preamble and the epilogue dropped.
QList<ParsedMail> parts(const ParsedMail &m)
{
    const QByteArray type = m.headers.value("content-type");
    QByteArray boundary = type.mid(type.indexOf("boundary=\"") + 10);
    boundary.truncate(boundary.indexOf('"'));
    const QByteArray delimiter = "--" + boundary;
    QList<ParsedMail> out;
    const QList<QByteArray> pieces = [&] {
        QList<QByteArray> all;
        for (qsizetype from = 0;;) {
            const qsizetype at = m.body.indexOf(delimiter, from);
            all << m.body.mid(from, at < 0 ? -1 : at - from);
            if (at < 0)
                break;
            from = at + delimiter.size();
        }
        return all;
    }();
    // pieces: preamble, part 1, …, part n, "--" epilogue
    for (qsizetype i = 1; i + 1 < pieces.size(); ++i)
        out << parseMail(pieces.at(i).mid(2));
    return out;
}

QString decodeWords(const QByteArray &value, bool *validUtf8 = nullptr)
{
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="));
    QString out;
    QString text = QString::fromLatin1(value);
    qsizetype last = 0;
    auto it = word.globalMatch(text);
    if (validUtf8)
        *validUtf8 = true;
    while (it.hasNext()) {
        const auto m = it.next();
        const QString between = text.mid(last, m.capturedStart() - last);
        if (!between.trimmed().isEmpty())
            out += between; // whitespace between adjacent encoded words is dropped
        QStringDecoder decoder(QStringDecoder::Utf8);
        out += decoder(QByteArray::fromBase64(m.captured(1).toLatin1()));
        if (validUtf8 && decoder.hasError())
            *validUtf8 = false;
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

} // namespace

class TestEmailWriter : public QObject
{
    Q_OBJECT

    static EmailMessage sample()
    {
        EmailMessage m;
        m.fromName = "Alex Morgan";
        m.fromEmail = "alex@ninetouch.example";
        m.toName = "Jana Müller";
        m.toEmail = "jana@acme.example";
        m.subject = "Nächste Schritte: Donnerstag, 5. März um 10:00";
        m.body = "Hallo Jana,\n\nbis Donnerstag.\n";
        m.date = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
        return m;
    }

private slots:
    void plainDraftHeaders()
    {
        const ParsedMail p = parseMail(Email::toEml(sample()));
        QCOMPARE(p.headers.value("from"), "Alex Morgan <alex@ninetouch.example>");
        QCOMPARE(decodeWords(p.headers.value("to")), "Jana Müller <jana@acme.example>");
        QCOMPARE(decodeWords(p.headers.value("subject")), sample().subject);
        QVERIFY(p.headers.value("subject").startsWith("=?UTF-8?B?"));
        QCOMPARE(p.headers.value("date"), "Mon, 02 Mar 2026 08:00:00 +0000");
        QVERIFY(p.headers.value("message-id").startsWith('<'));
        QVERIFY(p.headers.value("message-id").endsWith("@ninetouch.example>"));
        QCOMPARE(p.headers.value("x-unsent"), "1");
        QCOMPARE(p.headers.value("mime-version"), "1.0");
        QCOMPARE(p.headers.value("content-type"), "text/plain; charset=UTF-8");
        QCOMPARE(p.headers.value("content-transfer-encoding"), "base64");
        QCOMPARE(QString::fromUtf8(QByteArray::fromBase64(p.body)),
                 "Hallo Jana,\r\n\r\nbis Donnerstag.\r\n");
    }

    void inviteStepCarriesCalendarPart()
    {
        EmailMessage m = sample();
        m.calendar = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";
        m.calendarMethod = "REQUEST";
        const ParsedMail p = parseMail(Email::toEml(m));
        // multipart/mixed -> [multipart/alternative -> [text/plain, text/calendar], .ics]
        QVERIFY(p.headers.value("content-type").startsWith("multipart/mixed; boundary=\""));
        const QList<ParsedMail> mixed = parts(p);
        QCOMPARE(mixed.size(), 2);
        QVERIFY(mixed.at(0).headers.value("content-type").startsWith("multipart/alternative"));
        const QList<ParsedMail> alternative = parts(mixed.at(0));
        QCOMPARE(alternative.size(), 2);
        QCOMPARE(alternative.at(0).headers.value("content-type"), "text/plain; charset=UTF-8");
        QCOMPARE(alternative.at(1).headers.value("content-type"),
                 "text/calendar; charset=UTF-8; method=REQUEST");
        QCOMPARE(QByteArray::fromBase64(alternative.at(1).body), m.calendar);
        QCOMPARE(mixed.at(1).headers.value("content-type"), "application/ics; name=\"invite.ics\"");
        QCOMPARE(mixed.at(1).headers.value("content-disposition"),
                 "attachment; filename=\"invite.ics\"");
        QCOMPARE(QByteArray::fromBase64(mixed.at(1).body), m.calendar);
    }

    void headerInjectionIsImpossible_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("CRLF in the subject") << "subject"
                                             << "Hello\r\nBcc: victim@example.com";
        QTest::newRow("LF in the subject") << "subject"
                                           << "Hello\nBcc: victim@example.com";
        QTest::newRow("CR in a display name") << "name"
                                              << "Jana\rBcc: victim@example.com";
        QTest::newRow("LF in a non-ASCII name") << "name"
                                                << "Jänä\nBcc: victim@example.com";
        QTest::newRow("CRLF in the address") << "address"
                                             << "jana@acme.example\r\nBcc: victim@example.com";
    }
    void headerInjectionIsImpossible()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        EmailMessage m = sample();
        if (field == "subject")
            m.subject = value;
        if (field == "name")
            m.toName = value;
        if (field == "address")
            m.toEmail = value;
        const ParsedMail p = parseMail(Email::toEml(m));
        QVERIFY(!p.headers.contains("bcc"));
        for (const QByteArray &line : p.rawHeaders.split('\n'))
            QVERIFY2(!line.startsWith("Bcc"), line.constData());
    }

    void displayNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << "Jana Mueller" << QByteArray("Jana Mueller <j@x.example>");
        QTest::newRow("a comma is quoted")
            << "Mueller, Jana" << QByteArray("\"Mueller, Jana\" <j@x.example>");
        QTest::newRow("quotes are escaped")
            << "Jana \"JJ\" Mueller" << QByteArray("\"Jana \\\"JJ\\\" Mueller\" <j@x.example>");
        QTest::newRow("a backslash is escaped")
            << "A\\B, C" << QByteArray("\"A\\\\B, C\" <j@x.example>");
        QTest::newRow("no name") << "" << QByteArray("j@x.example");
    }
    void displayNames()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, expected);
        QCOMPARE(Email::mailbox(name, "j@x.example"), expected);
    }

    void longSubjectsStayWithinLineLimits_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::newRow("long ASCII")
            << QString("Following up on the proposal we discussed ").repeated(8);
        QTest::newRow("long German") << QString("Größenänderung der Übersicht ").repeated(10);
        QTest::newRow("emoji") << QString("🚚📦✅ ").repeated(40);
    }
    void longSubjectsStayWithinLineLimits()
    {
        QFETCH(QString, subject);
        EmailMessage m = sample();
        m.subject = subject;
        const ParsedMail p = parseMail(Email::toEml(m));
        for (const QByteArray &line : p.rawHeaders.split('\n'))
            QVERIFY2(line.size() <= 79, line.constData()); // 78 + CR
        bool valid = false;
        QCOMPARE(decodeWords(p.headers.value("subject"), &valid), subject.simplified());
        QVERIFY2(valid, "an encoded word splits a UTF-8 character");
    }

    void mailtoEncodesEverything()
    {
        const QString url =
            Email::mailtoUrl("jana@acme.example", "Q&A + next = #1 100%", "Line 1\nLine 2 & more");
        QVERIFY(url.startsWith("mailto:jana@acme.example?subject="));
        QVERIFY(url.contains("subject=Q%26A%20%2B%20next%20%3D%20%231%20100%25"));
        QVERIFY(url.contains("body=Line%201%0D%0ALine%202%20%26%20more"));
        QVERIFY(!url.contains('+'));
        const QUrl parsed(url);
        QVERIFY(parsed.isValid());
        QUrlQuery q(parsed);
        QCOMPARE(q.queryItemValue("subject", QUrl::FullyDecoded), "Q&A + next = #1 100%");
        QCOMPARE(q.queryItemValue("body", QUrl::FullyDecoded), "Line 1\r\nLine 2 & more");
    }

    void mailtoNonAsciiIsUtf8()
    {
        const QString url = Email::mailtoUrl("jana@acme.example", "Grüße", "Bis Dienstag");
        QVERIFY(url.contains("subject=Gr%C3%BC%C3%9Fe"));
    }
};

QTEST_GUILESS_MAIN(TestEmailWriter)
#include "tst_emailwriter.moc"
