#include "csv.h"

#include <QCoreApplication>

namespace NineTouch::Csv {

QList<QStringList> parse(const QString &input, QString *error, QChar separator, QList<int> *lines)
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
    int rowLine = 1;
    auto endRow = [&] {
        endField();
        if (!(row.size() == 1 && row.first().isEmpty())) {
            rows << row;
            if (lines)
                lines->append(rowLine);
        }
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
        } else if (c == separator) {
            endField();
        } else if (c == u'\r') {
            // part of CRLF, or a lone CR line end
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                continue;
            endRow();
            rowLine = ++line;
        } else if (c == u'\n') {
            endRow();
            rowLine = ++line;
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

QChar detectSeparator(const QString &text)
{
    // The first lines are enough (a quoted field may hold line breaks: parse, then look).
    const QString head = text.left(64 * 1024);
    QChar best = u',';
    qsizetype bestFields = 1;
    for (const QChar candidate : { u',', u';', u'\t' }) {
        QList<QStringList> rows = parse(head, nullptr, candidate);
        if (rows.size() > 1 && head.size() == 64 * 1024)
            rows.removeLast(); // cut in the middle
        if (rows.isEmpty())
            continue;
        const qsizetype fields = rows.first().size();
        int agreeing = 0;
        for (const QStringList &r : std::as_const(rows))
            agreeing += r.size() == fields;
        // The header's count, shared by most rows (footers and notes may differ).
        if (fields > bestFields && agreeing * 2 >= rows.size()) {
            best = candidate;
            bestFields = fields;
        }
    }
    return best;
}

namespace {

// Whether a spreadsheet would run the text as a formula. =, @, a tab and a carriage return
// always start one. A + or - starts one only when something follows that a spreadsheet
// could call or compute (a letter, an operator, a pipe): "+49 30 1234567", "+1 (312)
// 555-0147" and "-42" are a telephone number and a number, written as they are.
bool runs(QStringView value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.at(0);
    if (first == u'=' || first == u'@' || first == u'\t' || first == u'\r')
        return true;
    if (first != u'+' && first != u'-')
        return false;
    for (QChar c : value.mid(1)) {
        if (!(c.isDigit() || c == u' ' || c == u'(' || c == u')' || c == u'.' || c == u'/'
              || c == u'-'))
            return true;
    }
    return false;
}

} // namespace

QString guard(const QString &value)
{
    // Text that starts with what unguard() would take for the guard gets one more, so that
    // unguard() gives it back unchanged.
    static const QString guarded = QStringLiteral("=+-@\t\r'");
    if (runs(value) || (value.size() >= 2 && value.at(0) == u'\'' && guarded.contains(value.at(1))))
        return QLatin1Char('\'') + value;
    return value;
}

QString unguard(const QString &value)
{
    // Files written before the guard spared numbers carry "'+49 …": that apostrophe comes off
    // too.
    static const QString guarded = QStringLiteral("=+-@\t\r'");
    if (value.size() >= 2 && value.at(0) == u'\'' && guarded.contains(value.at(1)))
        return value.mid(1);
    return value;
}

QString field(const QString &value)
{
    // A leading byte-order mark would be taken for the file's own at the start of a file.
    if (!value.startsWith(QChar(0xFEFF)) && !value.contains(QLatin1Char(','))
        && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')) && !value.startsWith(QLatin1Char(' '))
        && !value.endsWith(QLatin1Char(' ')))
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
