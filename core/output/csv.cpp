#include "csv.h"

#include <QCoreApplication>

namespace NineTouch::Csv {

QList<QStringList> parse(const QString &input, QString *error)
{
    QStringView text(input);
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    auto endField = [&] {
        row << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        if (!(row.size() == 1 && row.first().isEmpty()))
            rows << row;
        row.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == u',') {
            endField();
        } else if (c == u'\r') {
            // part of CRLF, or a lone CR line end
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                continue;
            endRow();
            ++line;
        } else if (c == u'\n') {
            endRow();
            ++line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted && error)
        *error = QCoreApplication::translate("Csv", "a quote opened on line %1 is never closed")
                     .arg(quoteLine);
    if (fieldStarted || !field.isEmpty() || !row.isEmpty())
        endRow();
    return rows;
}

QString field(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r'))
        && !value.startsWith(QLatin1Char(' ')) && !value.endsWith(QLatin1Char(' ')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1String("\""), QLatin1String("\"\""))
        + QLatin1Char('"');
}

QString row(const QStringList &fields)
{
    QStringList out;
    for (const QString &f : fields)
        out << field(f);
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace NineTouch::Csv
