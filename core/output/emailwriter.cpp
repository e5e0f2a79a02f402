#include "emailwriter.h"

#include <QLocale>
#include <QUuid>

namespace NineTouch::Email {

namespace {

QString oneLine(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s)
        out += (c == u'\r' || c == u'\n' || c.category() == QChar::Other_Control) ? QLatin1Char(' ')
                                                                                  : c;
    return out.simplified();
}

bool isPlainAscii(const QString &s)
{
    return std::all_of(s.cbegin(), s.cend(),
                       [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
}

// RFC 2047 encoded-words of at most 75 characters, each holding whole UTF-8 characters.
QList<QByteArray> encodedWords(const QString &text)
{
    constexpr int maxBytes = 39; // base64 of 39 bytes is 52 characters, plus 12 of framing: 64
    const QByteArray utf8 = text.toUtf8();
    QList<QByteArray> words;
    qsizetype i = 0;
    while (i < utf8.size()) {
        qsizetype end = std::min(i + maxBytes, utf8.size());
        while (end < utf8.size() && (uchar(utf8.at(end)) & 0xC0) == 0x80)
            --end; // back to a character boundary
        words << "=?UTF-8?B?" + utf8.mid(i, end - i).toBase64() + "?=";
        i = end;
    }
    return words;
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

QByteArray normalizedBody(const QString &body)
{
    QString text = body;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    return text.toUtf8();
}

QByteArray rfc5322Date(const QDateTime &t)
{
    const QDateTime utc = (t.isValid() ? t : QDateTime::currentDateTimeUtc()).toUTC();
    return QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1()
        + " +0000";
}

} // namespace

QByteArray encodeHeaderText(const QString &raw, int nameLength)
{
    const QString text = oneLine(raw);
    if (isPlainAscii(text) && text.size() + nameLength + 2 <= 78)
        return text.toLatin1();
    const QStringList words = text.split(QLatin1Char(' '));
    const bool foldable =
        std::all_of(words.cbegin(), words.cend(), [](const QString &w) { return w.size() <= 70; });
    if (isPlainAscii(text) && foldable) {
        // Fold long ASCII at spaces (a word too long to fit a line goes as encoded words).
        QByteArray out;
        int lineLength = nameLength + 2;
        for (const QString &word : text.split(QLatin1Char(' '))) {
            if (!out.isEmpty()) {
                if (lineLength + 1 + word.size() > 78) {
                    out += "\r\n";
                    lineLength = 0;
                }
                out += ' ';
                ++lineLength;
            }
            out += word.toLatin1();
            lineLength += int(word.size());
        }
        return out;
    }
    return encodedWords(text).join("\r\n ");
}

QByteArray mailbox(const QString &name, const QString &address)
{
    const QString display = oneLine(name);
    const QByteArray addr = oneLine(address).toLatin1();
    if (display.isEmpty())
        return addr;
    if (!isPlainAscii(display))
        return encodedWords(display).join("\r\n ") + " <" + addr + '>';
    static const QString specials = QStringLiteral("()<>[]:;@\\,.\"");
    const bool needsQuotes =
        std::any_of(display.cbegin(), display.cend(), [](QChar c) { return specials.contains(c); });
    if (!needsQuotes)
        return display.toLatin1() + " <" + addr + '>';
    QByteArray quoted = display.toLatin1();
    quoted.replace('\\', "\\\\");
    quoted.replace('"', "\\\"");
    return '"' + quoted + "\" <" + addr + '>';
}

QByteArray newMessageId(const QString &fromEmail)
{
    const QByteArray domain = oneLine(fromEmail.section(QLatin1Char('@'), 1)).toLatin1();
    return '<' + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + '@'
        + (domain.isEmpty() ? QByteArray("ninetouch.invalid") : domain) + '>';
}

QByteArray toEml(const EmailMessage &m)
{
    const QByteArray messageId = m.messageId.isEmpty()
        ? newMessageId(m.fromEmail)
        : oneLine(QString::fromLatin1(m.messageId)).toLatin1();
    QByteArray out;
    out += "From: " + mailbox(m.fromName, m.fromEmail) + "\r\n";
    out += "To: " + mailbox(m.toName, m.toEmail) + "\r\n";
    out += "Subject: " + encodeHeaderText(m.subject, 7) + "\r\n";
    out += "Date: " + rfc5322Date(m.date) + "\r\n";
    out += "Message-ID: " + messageId + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    if (m.unsent)
        out += "X-Unsent: 1\r\n";
    out += "X-Mailer: NineTouch\r\n";
    const QByteArray text = "Content-Type: text/plain; charset=UTF-8\r\n"
                            "Content-Transfer-Encoding: base64\r\n\r\n"
        + base64Lines(normalizedBody(m.body));
    if (m.calendar.isEmpty())
        return out + text;

    // As calendar servers send invitations (RFC 6047): the text and the iMIP part as
    // alternatives, so Outlook, Gmail and Apple Mail show accept and decline; the .ics attached
    // too, for clients that only offer attachments.
    const QByteArray mixed = "=_ninetouch_" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const QByteArray alternative =
        "=_ninetouch_alt_" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const QByteArray method =
        m.calendarMethod.isEmpty() ? QByteArray("REQUEST") : m.calendarMethod.toUpper().toLatin1();
    const QByteArray calendar = base64Lines(m.calendar);
    out += "Content-Type: multipart/mixed; boundary=\"" + mixed + "\"\r\n\r\n";
    out += "This is a multi-part message in MIME format.\r\n";
    out += "--" + mixed + "\r\n";
    out += "Content-Type: multipart/alternative; boundary=\"" + alternative + "\"\r\n\r\n";
    out += "--" + alternative + "\r\n" + text;
    out += "--" + alternative + "\r\n";
    out += "Content-Type: text/calendar; charset=UTF-8; method=" + method + "\r\n";
    out += "Content-Transfer-Encoding: base64\r\n\r\n";
    out += calendar;
    out += "--" + alternative + "--\r\n";
    out += "--" + mixed + "\r\n";
    out += "Content-Type: application/ics; name=\"invite.ics\"\r\n";
    out += "Content-Disposition: attachment; filename=\"invite.ics\"\r\n";
    out += "Content-Transfer-Encoding: base64\r\n\r\n";
    out += calendar;
    out += "--" + mixed + "--\r\n";
    return out;
}

QString mailtoUrl(const QString &to, const QString &subject, const QString &body)
{
    // Only RFC 3986's unreserved characters stay as they are; '+', '&', '=', '#', '%' too are
    // encoded.
    auto enc = [](const QString &s) {
        return QString::fromLatin1(s.toUtf8().toPercentEncoding(QByteArray(), QByteArray(), '%'));
    };
    QString text = body;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QString encodedBody = enc(text);
    encodedBody.replace(QLatin1String("%0A"), QLatin1String("%0D%0A"));
    return QStringLiteral("mailto:")
        + enc(oneLine(to)).replace(QLatin1String("%40"), QLatin1String("@"))
        + QStringLiteral("?subject=") + enc(oneLine(subject)) + QStringLiteral("&body=")
        + encodedBody;
}

} // namespace NineTouch::Email
