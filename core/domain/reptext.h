// Dates and times as the rep reads them in the app: the rep's locale, never seconds, and the
// meeting's own zone named beside the rep's when they differ ("10:00 Berlin · 04:00 here").
// What the prospect reads is written by ProspectFormat (core/output), in the contact's ways.
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace NineTouch::RepText {

// The locale's short time format without seconds ("HH:mm", "h:mm AP").
QString timeFormat(const QLocale &locale = {});
QString time(const QTime &t, const QLocale &locale = {});
// A short day and date in the locale's order: "Thu 5 Mar", "Thu Mar 5".
QString day(const QDate &d, const QLocale &locale = {});
// Day, date and time: "Thu 5 Mar, 10:00".
QString dayTime(const QDateTime &local, const QLocale &locale = {});
// The place of a zone as people say it: "Europe/Berlin" → "Berlin", "America/New_York" → "New
// York"; "UTC" for the Etc zones.
QString place(const QTimeZone &zone);
// A meeting's time for the rep: in the rep's zone, and in the meeting's when the two clocks
// differ at that moment ("10:00 Berlin · 04:00 here"). withDay: "Thu 5 Mar, …".
// Whether a meeting's clock reads otherwise than the rep's at that moment.
bool clocksDiffer(const QDateTime &instant, const QTimeZone &meetingZone, const QTimeZone &repZone);
QString meetingTime(const QDateTime &instant, const QTimeZone &meetingZone,
                    const QTimeZone &repZone, bool withDay, const QLocale &locale = {});

// Text as search compares it: case and accents ignored ("Müller" matches "muller"), and the
// German spellings of umlauts and ß ("mueller", "strasse") matched too.
QString searchKey(const QString &text);
// What the rep typed into a search, folded to compare with searchKey's text: its accents go, its
// umlauts spelled out stay ("mueller" is matched by the second, spelled-out form).
QString queryKey(const QString &typed);

} // namespace NineTouch::RepText
