// When the writer of an out-of-office reply is back, read from its text: "back on 16 March",
// "returning Monday, March 16th", "through 03/18/2026", "bis einschließlich 13.03.",
// "de retour le lundi 16 mars", "hasta el 13/03/2026 inclusive", "rientrerò il 12 marzo",
// "tot en met 13-03-2026". English, German, French, Spanish, Italian and Dutch.
//
// The rule (docs/method.md, "Out of office"):
//   - a date after a "back" phrase (back on, returning, wieder ab, de retour le, de vuelta el,
//     rientrerò il, terug op, will not return until…) is the first day back;
//   - a date after an "until" phrase (until, through, bis, jusqu'au, hasta, fino al, tot en
//     met…) is the last day away, inclusive or not: the first day back is the day after. A
//     call the day after is never made to an empty desk;
//   - a date with no such phrase (the first day away, a date in a signature) says nothing;
//   - of several, the latest first day back wins;
//   - a date without a year is the next one on or after the message's day (a week's slack);
//     numbers are read day first, except month first when the message's language is US
//     English or when the day can only be the second number (03/18);
//   - a first day back before the message or more than a year after it is not believed.
#pragma once

#include <QDate>
#include <QString>

namespace NineTouch::OutOfOffice {

// language: the message's Content-Language ("en-US", "de-DE"), may be empty.
QDate firstDayBack(const QString &text, const QDate &written, const QString &language = {});

} // namespace NineTouch::OutOfOffice
