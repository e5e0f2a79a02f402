// What the cells of an imported file say, in the file's conventions (importvalues.h).
#include "importvalues.h"

#include "csv.h"
#include "dealimport.h"
#include "validation.h"

#include <QRegularExpression>

namespace NineTouch::ImportValues {

namespace {

const QHash<QString, QString> &currencySigns()
{
    static const QHash<QString, QString> signs {
        { QStringLiteral("€"), QStringLiteral("EUR") },
        { QStringLiteral("$"), QStringLiteral("USD") },
        { QStringLiteral("US$"), QStringLiteral("USD") },
        { QStringLiteral("£"), QStringLiteral("GBP") },
        { QStringLiteral("¥"), QStringLiteral("JPY") },
        { QStringLiteral("CHF"), QStringLiteral("CHF") },
        { QStringLiteral("Fr."), QStringLiteral("CHF") },
    };
    return signs;
}

} // namespace

QString cell(const QStringList &row, int column)
{
    return Csv::unguard(row.value(column).trimmed());
}

// -- values in the file's conventions --------------------------------------------------------

// The decimal mark of a column: a mark followed by one or two digits at the end of some value;
// a value with both marks has the last one as its decimal; otherwise the separator decides
// (semicolon files are written by Excel where the comma is the decimal mark).
QChar decimalMarkOf(const QList<QStringList> &rows, int column, QChar separator)
{
    static const QRegularExpression tail(QStringLiteral("([.,])\\d{1,2}\\s*[^\\d]*$"));
    int comma = 0, point = 0;
    for (const QStringList &r : rows) {
        const QString v = cell(r, column);
        const qsizetype c = v.lastIndexOf(u','), p = v.lastIndexOf(u'.');
        if (c >= 0 && p >= 0) {
            (c > p ? comma : point) += 2;
            continue;
        }
        const auto m = tail.match(v);
        if (m.hasMatch())
            (m.captured(1) == QLatin1String(",") ? comma : point) += 1;
    }
    if (comma != point)
        return comma > point ? u',' : u'.';
    return separator == u';' ? u',' : u'.';
}

std::optional<Amount> parseAmount(QString text, QChar decimal)
{
    Amount a;
    text = text.simplified();
    // A sign or an ISO code before or after the number.
    static const QRegularExpression code(QStringLiteral("^([A-Z]{3})\\s*|\\s*([A-Z]{3})$"));
    if (const auto m = code.match(text); m.hasMatch()) {
        a.currency = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        text.remove(m.capturedStart(), m.capturedLength());
    }
    for (auto it = currencySigns().cbegin(); it != currencySigns().cend(); ++it) {
        if (text.startsWith(it.key()) || text.endsWith(it.key())) {
            a.currency = it.value();
            text = text.startsWith(it.key()) ? text.mid(it.key().size())
                                             : text.left(text.size() - it.key().size());
            break;
        }
    }
    const QChar thousands = decimal == u',' ? u'.' : u',';
    text.remove(QChar(0x00a0)).remove(QChar(0x202f)).remove(u' ').remove(u'\'');
    text.remove(thousands);
    text.replace(decimal, u'.');
    static const QRegularExpression number(QStringLiteral("^(\\d{1,13})(?:\\.(\\d{1,2})0*)?$"));
    const auto m = number.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString cents = m.captured(2);
    while (cents.size() < 2)
        cents += u'0';
    a.cents = m.captured(1).toLongLong() * 100 + cents.toLongLong();
    return a;
}

// A column's date order: a first number above 12 means day first, a second one above 12 month
// first; otherwise dots are day first (German) and slashes month first (US CRMs).
DateOrder dateOrderOf(const QList<QStringList> &rows, int column)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2})[./](\\d{1,2})[./]\\d{2,4}"));
    bool dots = false;
    for (const QStringList &r : rows) {
        const auto m = re.match(cell(r, column));
        if (!m.hasMatch())
            continue;
        dots = dots || cell(r, column).contains(u'.');
        if (m.captured(1).toInt() > 12)
            return DateOrder::DayFirst;
        if (m.captured(2).toInt() > 12)
            return DateOrder::MonthFirst;
    }
    return dots ? DateOrder::DayFirst : DateOrder::MonthFirst;
}

std::optional<QDateTime> parseDate(const QString &text, DateOrder order, const QTimeZone &zone)
{
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T "
                       "](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?)?$"));
    static const QRegularExpression local(QStringLiteral(
        "^(\\d{1,2})[./](\\d{1,2})[./"
        "](\\d{2}|\\d{4})(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?)?$"));
    QDate date;
    QTime time(0, 0);
    if (const auto m = iso.match(text); m.hasMatch()) {
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!m.captured(4).isEmpty())
            time = QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        if (!m.captured(7).isEmpty()) {
            const auto t = QDateTime::fromString(text.left(10) + QLatin1Char('T')
                                                     + time.toString(QStringLiteral("HH:mm:ss"))
                                                     + m.captured(7),
                                                 Qt::ISODate);
            return t.isValid() ? std::optional<QDateTime>(t.toUTC()) : std::nullopt;
        }
    } else if (const auto l = local.match(text); l.hasMatch()) {
        int first = l.captured(1).toInt(), second = l.captured(2).toInt();
        int year = l.captured(3).toInt();
        if (year < 100)
            year += 2000;
        date =
            order == DateOrder::DayFirst ? QDate(year, second, first) : QDate(year, first, second);
        if (!l.captured(4).isEmpty()) {
            int hour = l.captured(4).toInt();
            const QString ampm = l.captured(7).toLower();
            if (ampm == QLatin1String("pm") && hour < 12)
                hour += 12;
            if (ampm == QLatin1String("am") && hour == 12)
                hour = 0;
            time = QTime(hour, l.captured(5).toInt(), l.captured(6).toInt());
        }
    } else {
        return std::nullopt;
    }
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QDateTime t(date, time, zone);
    return t.isValid() ? std::optional<QDateTime>(t.toUTC()) : std::nullopt;
}

namespace {

// A number as dialled from abroad: spaces gone, a leading 00 written as +.
QString international(const QString &phone)
{
    QString digits = phone.simplified();
    digits.remove(u' ');
    if (digits.startsWith(QLatin1String("00")))
        digits = QLatin1Char('+') + digits.mid(2);
    return digits;
}

} // namespace

QString regionOfPhone(const QString &phone)
{
    static const QList<std::pair<const char *, const char *>> prefixes {
        { "+353", "IE" }, { "+351", "PT" }, { "+358", "FI" }, { "+420", "CZ" }, { "+49", "DE" },
        { "+43", "AT" },  { "+41", "CH" },  { "+44", "GB" },  { "+33", "FR" },  { "+31", "NL" },
        { "+32", "BE" },  { "+34", "ES" },  { "+39", "IT" },  { "+45", "DK" },  { "+46", "SE" },
        { "+47", "NO" },  { "+48", "PL" },  { "+65", "SG" },  { "+81", "JP" },  { "+91", "IN" },
        { "+86", "CN" },
    };
    const QString digits = international(phone);
    for (const auto &[prefix, region] : prefixes) {
        if (digits.startsWith(QLatin1String(prefix)))
            return QLatin1String(region);
    }
    return {};
}

bool northAmerican(const QString &phone)
{
    return international(phone).startsWith(QLatin1String("+1"));
}

std::optional<DealStatus> statusWord(const QString &text)
{
    const QString w = DealImport::looseName(text);
    if (w == QLatin1String("open") || w == QLatin1String("offen") || w == QLatin1String("active"))
        return DealStatus::Open;
    if (w == QLatin1String("won") || w == QLatin1String("closedwon")
        || w == QLatin1String("gewonnen"))
        return DealStatus::Won;
    if (w == QLatin1String("lost") || w == QLatin1String("closedlost")
        || w == QLatin1String("verloren"))
        return DealStatus::Lost;
    return std::nullopt;
}

// HubSpot's default pipeline writes its stages' internal names.
QString stageName(const QString &text)
{
    static const QHash<QString, QString> hubspot {
        { QStringLiteral("appointmentscheduled"), QStringLiteral("Appointment Scheduled") },
        { QStringLiteral("qualifiedtobuy"), QStringLiteral("Qualified To Buy") },
        { QStringLiteral("presentationscheduled"), QStringLiteral("Presentation Scheduled") },
        { QStringLiteral("decisionmakerboughtin"), QStringLiteral("Decision Maker Bought-In") },
        { QStringLiteral("contractsent"), QStringLiteral("Contract Sent") },
    };
    return hubspot.value(text, text);
}

// "Jürgen Größ (juergen@groess.example)", "Jana <jana@x.example>"; several people separated by
// semicolons: the first.
std::pair<QString, QString> nameAndEmail(const QString &text)
{
    const QString first = text.section(u';', 0, 0).trimmed();
    static const QRegularExpression re(
        QStringLiteral("^(.*?)\\s*[(<]\\s*([^()<>\\s]+@[^()<>\\s]+)\\s*[)>]$"));
    if (const auto m = re.match(first); m.hasMatch())
        return { m.captured(1).trimmed(), m.captured(2) };
    if (isEmailAddress(first))
        return { QString(), first };
    return { first, QString() };
}

} // namespace NineTouch::ImportValues
