// What the cells of an imported file say, read in the file's conventions: amounts with their
// currency, dates in either order, statuses, CRM stage names, "Name (email)", the country of a
// phone number. Pure functions, for DealImport's steps (dealimport.cpp); not an API.
#pragma once

#include "types.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace NineTouch::ImportValues {

// A cell as the file has it, trimmed, a spreadsheet's formula guard taken off.
QString cell(const QStringList &row, int column);

struct Amount
{
    qint64 cents = 0;
    QString currency; // from a sign or code written with the number
};
// The decimal mark of a column ("48,000.00" or "12.500,50"), decided once per file.
QChar decimalMarkOf(const QList<QStringList> &rows, int column, QChar separator);
std::optional<Amount> parseAmount(QString text, QChar decimal);

enum class DateOrder { DayFirst, MonthFirst };
DateOrder dateOrderOf(const QList<QStringList> &rows, int column);
std::optional<QDateTime> parseDate(const QString &text, DateOrder order, const QTimeZone &zone);

// A phone number's country ("+49 30…", "0049 30…": DE); empty where the prefix is not one
// NineTouch knows. Its zone, where it keeps one clock, is ZoneCatalog::zoneOfCountry's.
QString regionOfPhone(const QString &phone);
// A number of the North American plan (+1): a country, but of several zones.
bool northAmerican(const QString &phone);

// "won", "Closed Lost", "offen": a status; none for another word.
std::optional<DealStatus> statusWord(const QString &text);
// HubSpot's internal stage names as its app shows them ("qualifiedtobuy").
QString stageName(const QString &text);
// "Jürgen Größ (juergen@groess.example)": the name and the address.
std::pair<QString, QString> nameAndEmail(const QString &text);

} // namespace NineTouch::ImportValues
