#include "icswriter.h"

#include "validation.h"
#include "workcalendar.h"

#include <libical/ical.h>

#include <memory>

namespace NineTouch {

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};

icaltimetype utcTime(const QDateTime &t)
{
    return icaltime_from_timet_with_zone(time_t(t.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

// Names go into a parameter: no control characters; libical quotes and caret-encodes the rest.
QByteArray paramText(const QString &s)
{
    QString clean;
    for (const QChar c : s)
        clean += (c.category() == QChar::Other_Control) ? QLatin1Char(' ') : c;
    return clean.simplified().toUtf8();
}

// Folds a content line at 75 octets without splitting a UTF-8 sequence (RFC 5545 3.1).
// libical folds too, but prefers breaking at spaces and can leave longer lines.
QByteArray fold(const QByteArray &ics)
{
    QByteArray out;
    out.reserve(ics.size() + ics.size() / 64);
    for (const QByteArray &raw : ics.split('\n')) {
        QByteArray line = raw.endsWith('\r') ? raw.chopped(1) : raw;
        if (line.isEmpty())
            continue;
        int limit = 75;
        while (line.size() > limit) {
            int cut = limit;
            while (cut > 0 && (uchar(line.at(cut)) & 0xC0) == 0x80)
                --cut; // never inside a multi-byte character
            // Nor inside an escape: an odd run of backslashes before the cut starts one.
            int backslashes = 0;
            while (cut - 1 - backslashes >= 0 && line.at(cut - 1 - backslashes) == '\\')
                ++backslashes;
            if (backslashes % 2 == 1)
                --cut;
            out += line.left(cut) + "\r\n ";
            line = line.mid(cut);
            limit = 74; // the leading space counts
        }
        out += line + "\r\n";
    }
    return out;
}

// libical's own output, unfolded, so that fold() decides every break.
QByteArray unfold(QByteArray ics)
{
    ics.replace("\r\n ", "");
    ics.replace("\r\n\t", "");
    return ics;
}

} // namespace

Result<QDateTime> IcsWriter::localStart(QDate date, QTime time, const QTimeZone &zone)
{
    const QDateTime dt = instantAt(date, time, zone);
    if (!dt.isValid())
        return inputError(
            tr("%1 %2 does not exist in %3 (the clocks skip it when summer time starts); "
               "choose another time.")
                .arg(date.toString(Qt::ISODate), time.toString(QStringLiteral("HH:mm")),
                     QString::fromUtf8(zone.id())));
    return dt;
}

Result<QByteArray> IcsWriter::write(const Invite &in)
{
    if (!in.start.isValid())
        return inputError(tr("The meeting has no valid start time."));
    if (in.uid.trimmed().isEmpty())
        return inputError(tr("The meeting has no calendar UID."));
    if (!isEmailAddress(in.organizerEmail))
        return inputError(
            Field::RepEmail,
            tr("'%1' is not an email address: set yours in the settings.").arg(in.organizerEmail));
    if (!isEmailAddress(in.attendeeEmail))
        return inputError(
            Field::Email,
            tr("'%1' is not an email address (like name@example.com).").arg(in.attendeeEmail));
    if (in.minutes <= 0)
        return inputError(tr("The meeting's length must be positive."));
    // What the calendar shows: one line, and never empty (a calendar entry without a title,
    // or an alarm without a text, is refused by some calendars and useless in all).
    const QString summary = in.summary.simplified();
    if (summary.isEmpty())
        return inputError(tr("The invite has no title: give the invite template a subject."));
    if (summary.size() > 250)
        return inputError(
            tr("The invite's title is %1 characters long; keep it under 250.").arg(summary.size()));
    if (in.start.toUTC().date().year() < minYear || in.start.toUTC().date().year() > maxYear)
        return inputError(
            tr("The meeting's date is out of range (%1 to %2).").arg(minYear).arg(maxYear));

    const bool cancel = in.method == Invite::Method::Cancel;
    std::unique_ptr<icalcomponent, ComponentDeleter> cal(icalcomponent_vanew(
        ICAL_VCALENDAR_COMPONENT, icalproperty_new_version("2.0"),
        icalproperty_new_prodid("-//NineTouch//NineTouch//EN"),
        icalproperty_new_method(cancel ? ICAL_METHOD_CANCEL : ICAL_METHOD_REQUEST),
        icalproperty_new_calscale("GREGORIAN"), nullptr));

    icalcomponent *event = icalcomponent_new_vevent();
    icalcomponent_add_property(event, icalproperty_new_uid(in.uid.toUtf8().constData()));
    icalcomponent_add_property(event, icalproperty_new_sequence(in.sequence));
    const QDateTime stamp = in.stamp.isValid() ? in.stamp : QDateTime::currentDateTimeUtc();
    icalcomponent_add_property(event, icalproperty_new_dtstamp(utcTime(stamp)));
    icalcomponent_add_property(event, icalproperty_new_dtstart(utcTime(in.start)));
    icalcomponent_add_property(
        event, icalproperty_new_dtend(utcTime(in.start.addSecs(qint64(in.minutes) * 60))));
    icalcomponent_add_property(event, icalproperty_new_summary(summary.toUtf8().constData()));
    // Trimmed: parsers drop whitespace at the end of a value anyway.
    if (!in.description.trimmed().isEmpty())
        icalcomponent_add_property(
            event, icalproperty_new_description(in.description.trimmed().toUtf8().constData()));
    icalcomponent_add_property(
        event, icalproperty_new_status(cancel ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));
    icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_OPAQUE));

    icalproperty *organizer =
        icalproperty_new_organizer(QByteArray("mailto:" + in.organizerEmail.toUtf8()).constData());
    if (!in.organizerName.isEmpty())
        icalproperty_add_parameter(organizer,
                                   icalparameter_new_cn(paramText(in.organizerName).constData()));
    icalcomponent_add_property(event, organizer);

    icalproperty *attendee =
        icalproperty_new_attendee(QByteArray("mailto:" + in.attendeeEmail.toUtf8()).constData());
    if (!in.attendeeName.isEmpty())
        icalproperty_add_parameter(attendee,
                                   icalparameter_new_cn(paramText(in.attendeeName).constData()));
    icalproperty_add_parameter(attendee, icalparameter_new_role(ICAL_ROLE_REQPARTICIPANT));
    icalproperty_add_parameter(attendee, icalparameter_new_partstat(ICAL_PARTSTAT_NEEDSACTION));
    icalproperty_add_parameter(attendee, icalparameter_new_rsvp(ICAL_RSVP_TRUE));
    icalcomponent_add_property(event, attendee);

    if (!cancel && in.alarmMinutes > 0) {
        icalcomponent *alarm = icalcomponent_new_valarm();
        icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
        icalcomponent_add_property(alarm,
                                   icalproperty_new_description(summary.toUtf8().constData()));
        icaltriggertype trigger;
        trigger.time = icaltime_null_time();
        trigger.duration = icaldurationtype_from_int(-in.alarmMinutes * 60);
        icalcomponent_add_property(alarm, icalproperty_new_trigger(trigger));
        icalcomponent_add_component(event, alarm);
    }
    icalcomponent_add_component(cal.get(), event);

    char *text = icalcomponent_as_ical_string_r(cal.get());
    if (!text)
        return inputError(tr("The invite could not be written (%1).")
                              .arg(QString::fromUtf8(icalerror_strerror(icalerrno))));
    const QByteArray raw(text);
    icalmemory_free_buffer(text);
    return fold(unfold(raw));
}

} // namespace NineTouch
