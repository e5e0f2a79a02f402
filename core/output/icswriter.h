// Calendar invites (RFC 5545 / iTIP RFC 5546) written with libical, as Outlook expects them.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace NineTouch {

struct Invite
{
    enum class Method { Request, Cancel };

    Method method = Method::Request;
    QString uid; // the same for the meeting across reschedules
    int sequence = 0; // grows with each change
    QDateTime start; // an instant
    int minutes = 30;
    QString summary;
    QString description;
    QString organizerName;
    QString organizerEmail;
    QString attendeeName;
    QString attendeeEmail;
    QDateTime stamp; // DTSTAMP: when the invite is written
    int alarmMinutes = 15;
};

class IcsWriter final
{
    Q_DECLARE_TR_FUNCTIONS(IcsWriter)

public:
    // METHOD:REQUEST with ORGANIZER and ATTENDEE (RSVP) so clients offer Accept and Decline,
    // or METHOD:CANCEL with STATUS:CANCELLED. Times in UTC; CRLF; folded at 75 octets.
    static Result<QByteArray> write(const Invite &invite);

    // A local date and time in a zone, refused when it does not exist there (the
    // spring-forward gap), instead of exporting a wrong UTC time.
    static Result<QDateTime> localStart(QDate date, QTime time, const QTimeZone &zone);
};

} // namespace NineTouch
