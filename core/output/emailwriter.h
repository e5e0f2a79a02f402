// Email drafts as files (.eml, opened by mail clients as unsent drafts) and mailto: links.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace NineTouch {

struct EmailMessage
{
    QString fromName;
    QString fromEmail;
    QString toName;
    QString toEmail;
    QString subject;
    QString body;
    QDateTime date;
    QByteArray calendar; // an ICS to attach, or empty
    QString calendarMethod; // REQUEST or CANCEL
    QByteArray messageId; // "<…@…>"; empty: a new one
    bool unsent = true; // a draft for a mail client (X-Unsent: 1), or a message sent as is
};

namespace Email {

// RFC 5322 with MIME: UTF-8 text, base64; for an invite, multipart/mixed holding a
// multipart/alternative of the text and the iMIP text/calendar part (RFC 6047, method as in
// the calendar), then the .ics as an attachment; X-Unsent: 1. CR and LF in names and the
// subject are replaced, so no input can add a header.
QByteArray toEml(const EmailMessage &message);
// A new, unique Message-ID on the sender's domain: "<uuid@example.com>".
QByteArray newMessageId(const QString &fromEmail);

// A header field's value, as ASCII: encoded-words (RFC 2047) when needed, never splitting a
// UTF-8 character, folded so no line exceeds 78 octets.
QByteArray encodeHeaderText(const QString &text, int nameLength);
// "Display Name" <address>, quoted or encoded as needed.
QByteArray mailbox(const QString &name, const QString &address);

// mailto: (RFC 6068): every value percent-encoded as UTF-8, line breaks as %0D%0A.
QString mailtoUrl(const QString &to, const QString &subject, const QString &body);
// Above this many characters, mail clients cut a link: offer copy or .eml instead.
constexpr int mailtoLimit = 2000;

} // namespace Email

} // namespace NineTouch
