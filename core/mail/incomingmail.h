// A message from the rep's inbox, read by GMime (and libical for a calendar answer): what the
// break-up rule needs to know of it. Incoming mail is hostile input: broken MIME, huge headers,
// wrong charsets and deep nesting are read as far as they make sense, never trusted further.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QStringList>

namespace NineTouch {

struct IncomingMail
{
    enum class Kind {
        Message, // written by a person
        AutoReply, // out of office, an autoresponder: never a sign of life
        Bounce, // a mail system's notice that the address failed
        CalendarReply, // an iTIP REPLY to an invitation
        // Written by software and not an answer: a delay or success notice, a read receipt,
        // an abuse or DMARC report, a list manager's notice, a challenge to prove one is
        // human, mail from a role address (postmaster, no-reply…). Never a sign of life.
        Notice,
    };

    Kind kind = Kind::Message;
    QString messageId; // "<…>", empty when the message has none
    QStringList references; // In-Reply-To, then References, newest first, each "<…>"
    QString fromAddress; // lower case
    QString fromName;
    QString subject; // one line, printable, at most 200 characters
    QDateTime date; // invalid when missing or unreadable

    QString calendarUid; // CalendarReply: the invitation's UID
    QString partstat; // CalendarReply: ACCEPTED, TENTATIVE, DECLINED…
    QStringList bouncedAddresses; // Bounce: the recipients that failed, lower case
    QString bounceReason; // Bounce: the status and the server's words, one line
    QDate backOn; // AutoReply: the first day the writer says they are back; invalid: none
    bool readable = true; // false: GMime could not read it as a message at all

    static IncomingMail parse(const QByteArray &raw);
};

} // namespace NineTouch
