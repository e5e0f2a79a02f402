// CSV as RFC 4180 writes it: quoted fields, doubled quotes, line breaks inside quotes.
#pragma once

#include <QString>
#include <QStringList>

namespace NineTouch::Csv {

// Rows of fields; a byte-order mark and CRLF or LF line ends are accepted.
// error is set (row and reason) when a quote is left open.
QList<QStringList> parse(const QString &text, QString *error = nullptr);
QString field(const QString &value);
QString row(const QStringList &fields); // with CRLF

} // namespace NineTouch::Csv
