// Checks for values arriving from outside (CLI, CSV, forms): each failure names its field and
// the value, so every front end can say where the problem is in its own words.
#pragma once

#include "result.h"

#include <QDateTime>
#include <QTimeZone>

namespace NineTouch {

Status checkText(Field field, const QString &value, int maxLength, bool allowNewlines);
bool isEmailAddress(const QString &value);
Status checkEmail(Field field, const QString &value);
Status checkPhone(Field field, const QString &value);
// An ISO 4217 code that some locale uses ("EUR"); three letters alone are not enough ("NaN").
Status checkCurrency(Field field, const QString &value);
// Dates a pipeline can hold: a meeting in the year 9999 is a typo, and calendars refuse it.
constexpr int minYear = 1970;
constexpr int maxYear = 2200;
Status checkYear(Field field, const QDate &date, const QString &text);
// A calendar date, exactly YYYY-MM-DD, within the years above.
Result<QDate> parseDate(Field field, const QString &value);
Result<QTimeZone> checkTimeZone(Field field, const QString &value);
Status checkLanguage(Field field, const QString &value);
// An ISO 3166 country code (DE, AT, US) or empty.
Status checkRegion(Field field, const QString &value);

// "12000", "12000.50", "12,000": an amount in minor units (cents).
Result<qint64> parseMoney(Field field, const QString &value);
Result<int> parseInt(Field field, const QString &value, int min, int max);

// ISO 8601. A time with an offset or Z is that instant; one without is local to
// zone, and refused when it does not exist there (a spring-forward gap).
Result<QDateTime> parseDateTime(Field field, const QString &value, const QTimeZone &zone);

} // namespace NineTouch
