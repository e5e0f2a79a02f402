#include "validation.h"

#include "workcalendar.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace NineTouch {

namespace {

struct Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

// Qt takes any string as a POSIX TZ rule ("foo" is a valid zone at UTC), and its list of
// zones leaves out tzdata's Etc/ names: a zone is known when Qt lists it or tzdata has a
// file for it.
bool isKnownZone(const QByteArray &id)
{
    static const QRegularExpression shape(
        QStringLiteral("^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$"));
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return true;
    if (!shape.match(QString::fromLatin1(id)).hasMatch() || !QTimeZone(id).isValid())
        return false;
    QString dir = qEnvironmentVariable("TZDIR");
    if (dir.isEmpty())
        dir = QStringLiteral("/usr/share/zoneinfo");
    return QFileInfo(dir + QLatin1Char('/') + QString::fromLatin1(id)).isFile();
}

QString tr(const char *text)
{
    return Validation::tr(text);
}

} // namespace

Status checkText(Field field, const QString &value, int maxLength, bool allowNewlines)
{
    if (value.size() > maxLength)
        return inputError(
            field, tr("too long (%1 characters; at most %2).").arg(value.size()).arg(maxLength));
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control && !(allowNewlines && (c == u'\n' || c == u'\t')))
            return inputError(field,
                              tr("contains a control character (U+%1); remove it.")
                                  .arg(c.unicode(), 4, 16, QLatin1Char('0')));
    }
    return success();
}

bool isEmailAddress(const QString &value)
{
    static const QRegularExpression re(QStringLiteral(
        "^[^@\\s<>(),;:\"\\[\\]]+@[^@\\s<>(),;:\"\\[\\]]+\\.[^@\\s<>(),;:\"\\[\\]]+$"));
    return value.size() <= 254 && re.match(value).hasMatch();
}

Status checkEmail(Field field, const QString &value)
{
    if (!isEmailAddress(value))
        return inputError(field,
                          tr("'%1' is not an email address (like name@example.com).").arg(value));
    return success();
}

Status checkPhone(Field field, const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^\\+?[0-9 ()./-]{3,32}$"));
    if (!value.isEmpty() && !re.match(value).hasMatch())
        return inputError(field,
                          tr("'%1' is not a phone number; use digits, spaces and +()-./ "
                             "(like +49 30 1234567).")
                              .arg(value));
    return success();
}

// The ISO 4217 codes some locale uses: three letters alone let "NaN" through.
const QSet<QString> &knownCurrencies()
{
    static const QSet<QString> codes = [] {
        QSet<QString> all;
        for (const QLocale &l : QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript,
                                                         QLocale::AnyTerritory)) {
            const QString code = l.currencySymbol(QLocale::CurrencyIsoCode);
            if (code.size() == 3)
                all.insert(code);
        }
        // Codes in use that no locale names as its own.
        for (const char *extra : { "XAU", "XAG", "XDR", "CNH", "USN" })
            all.insert(QLatin1String(extra));
        return all;
    }();
    return codes;
}

Status checkCurrency(Field field, const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z]{3}$"));
    if (!re.match(value).hasMatch())
        return inputError(
            field,
            tr("'%1' is not a currency code; use three letters like EUR or USD.").arg(value));
    if (!knownCurrencies().contains(value.toUpper()))
        return inputError(
            field, tr("'%1' is not a currency code (ISO 4217, like EUR, USD or GBP).").arg(value));
    return success();
}

Result<QDate> parseDate(Field field, const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto m = re.match(value.trimmed());
    const QDate d = m.hasMatch()
        ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt())
        : QDate();
    if (!d.isValid())
        return inputError(field,
                          tr("'%1' is not a date; write it like 2026-12-25.").arg(value.trimmed()));
    if (Status s = checkYear(field, d, value.trimmed()); !s)
        return s.error();
    return d;
}

Status checkYear(Field field, const QDate &date, const QString &text)
{
    if (date.year() < minYear || date.year() > maxYear)
        return inputError(field,
                          tr("'%1' is out of range: dates from %2 to %3 are accepted.")
                              .arg(text)
                              .arg(minYear)
                              .arg(maxYear));
    return success();
}

Result<QTimeZone> checkTimeZone(Field field, const QString &value)
{
    const QByteArray id = value.toUtf8();
    if (value.isEmpty())
        return inputError(field,
                          tr("no time zone was given; use an IANA name like "
                             "Europe/Berlin or America/New_York."));
    if (!isKnownZone(id))
        return inputError(field,
                          tr("'%1' is not a known time zone; use an IANA name like "
                             "Europe/Berlin or America/New_York.")
                              .arg(value));
    return QTimeZone(id);
}

Status checkLanguage(Field field, const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^[a-z]{2}$"));
    if (!re.match(value).hasMatch())
        return inputError(
            field, tr("'%1' is not a language code; use two letters like en or de.").arg(value));
    return success();
}

Status checkRegion(Field field, const QString &value)
{
    if (value.isEmpty())
        return success();
    static const QRegularExpression re(QStringLiteral("^[A-Z]{2}$"));
    if (!re.match(value).hasMatch() || QLocale::codeToTerritory(value) == QLocale::AnyTerritory)
        return inputError(field,
                          tr("'%1' is not a country code; use two letters like DE, AT or "
                             "US.")
                              .arg(value));
    return success();
}

Result<qint64> parseMoney(Field field, const QString &value)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{1,3}(,\\d{3})+|\\d+)(\\.(\\d{1,2}))?$"));
    const auto m = re.match(value.trimmed());
    if (!m.hasMatch())
        return inputError(field,
                          tr("'%1' is not an amount; write it like 12000 or 12000.50.").arg(value));
    QString whole = m.captured(1);
    whole.remove(QLatin1Char(','));
    if (whole.size() > 13)
        return inputError(field, tr("'%1' is too large.").arg(value));
    QString cents = m.captured(4);
    while (cents.size() < 2)
        cents += QLatin1Char('0');
    return whole.toLongLong() * 100 + cents.toLongLong();
}

Result<int> parseInt(Field field, const QString &value, int min, int max)
{
    bool ok = false;
    const int n = value.trimmed().toInt(&ok);
    if (!ok)
        return inputError(field, tr("'%1' is not a whole number.").arg(value));
    if (n < min || n > max)
        return inputError(field,
                          tr("must be between %1 and %2; %3 was given.").arg(min).arg(max).arg(n));
    return n;
}

Result<QDateTime> parseDateTime(Field field, const QString &value, const QTimeZone &zone)
{
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2})?)(Z|[+-]\\d{2}:?\\d{2})?$"));
    const auto m = re.match(value.trimmed());
    const QDate date = m.hasMatch() ? QDate::fromString(m.captured(1), Qt::ISODate) : QDate();
    const QString timeText = m.captured(2);
    const QTime time = QTime::fromString(
        timeText, timeText.size() == 5 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return inputError(field,
                          tr("'%1' is not a date and time; write it like "
                             "2026-03-05T10:00 or 2026-03-05T10:00:00+01:00.")
                              .arg(value));
    if (Status s = checkYear(field, date, value.trimmed()); !s)
        return s.error();
    const QString offset = m.captured(3);
    if (offset.isEmpty()) {
        const QDateTime local = instantAt(date, time, zone);
        if (!local.isValid())
            return inputError(field,
                              tr("%1 does not exist in %2 (the clocks skip it when summer "
                                 "time starts); choose another time.")
                                  .arg(value, QString::fromUtf8(zone.id())));
        return local;
    }
    int seconds = 0;
    if (offset != QLatin1String("Z")) {
        QString digits = offset.mid(1);
        digits.remove(QLatin1Char(':'));
        seconds = (digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60)
            * (offset.startsWith(QLatin1Char('-')) ? -1 : 1);
        if (qAbs(seconds) > 14 * 3600)
            return inputError(field, tr("the offset in '%1' is out of range.").arg(value));
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, seconds);
}

} // namespace NineTouch
