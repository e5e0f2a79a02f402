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
//   - "ab dem 16. März … wieder", "vanaf 19 maart … weer": a "from" word before the date and
//     a "back" word after it in the same sentence give the first day back;
//   - a date with no such phrase (the first day away, a date in a signature) says nothing,
//     and neither does a time of day ("bis 12.30 Uhr", "at 10.30");
//   - the first date tied to a phrase decides; the signature ("-- ") is not read;
//   - dotted and dashed numbers are day first; a slashed one (03/04) is month first in US
//     English, day first in the other languages and other English, and no date at all when
//     nothing says the writer's country and both orders are possible (03/18 is one);
//   - a date without a year is the next one on or after the message's day (a week's slack),
//     next year's only within 120 days;
//   - a first day back before the message or more than a year after it is not believed.
#pragma once

#include <QDate>
#include <QString>

namespace NineTouch::OutOfOffice {

// language: the message's Content-Language ("en-US", "de-DE"), may be empty.
QDate firstDayBack(const QString &text, const QDate &written, const QString &language = {});

} // namespace NineTouch::OutOfOffice
