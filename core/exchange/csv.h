// CSV as RFC 4180 writes it: quoted fields, doubled quotes, line breaks inside quotes.
#pragma once

#include <QString>
#include <QStringList>

namespace NineTouch::Csv {

// Rows of fields; a byte-order mark and CRLF or LF line ends are accepted.
// error is set (row and reason) when a quote is left open. lines: each row's first line.
QList<QStringList> parse(const QString &text, QString *error = nullptr, QChar separator = u',',
                         QList<int> *lines = nullptr);
// Comma, semicolon or tab: the one that splits the first lines into the same number of fields
// (more than one), preferring the most fields. A comma when nothing splits.
QChar detectSeparator(const QString &text);
QString field(const QString &value);
QString row(const QStringList &fields); // with CRLF

// A spreadsheet runs a cell that starts with =, @, a tab or a carriage return as a formula,
// and one that starts with + or - when a letter, an operator or a pipe follows. Such text
// (and text that starts with the guard before such text) is written with a leading
// apostrophe; a telephone number ("+49 30 1234567") or a number ("-42") is written as it is.
// unguard() gives the original back.
QString guard(const QString &value);
QString unguard(const QString &value);

} // namespace NineTouch::Csv
