#include "reptext.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace NineTouch::RepText {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RepText)
};

bool monthFirst(const QLocale &locale)
{
    const QString f = locale.dateFormat(QLocale::ShortFormat);
    return f.indexOf(QLatin1Char('M')) >= 0
        && f.indexOf(QLatin1Char('M')) < f.indexOf(QLatin1Char('d'));
}

} // namespace

QString timeFormat(const QLocale &locale)
{
    QString f = locale.timeFormat(QLocale::ShortFormat);
    // "HH:mm:ss" (the C locale), "H.mm.ss": drop the seconds and their separator.
    static const QRegularExpression seconds(QStringLiteral("[^a-zA-Z]?s{1,2}"));
    f.remove(seconds);
    return f.trimmed();
}

QString time(const QTime &t, const QLocale &locale)
{
    return locale.toString(t, timeFormat(locale));
}

// Languages that write the day as an ordinal with a dot: "Do. 3. Dez.".
static bool dayWithDot(const QLocale &locale)
{
    return locale.dateFormat(QLocale::ShortFormat).contains(QLatin1String("d."));
}

QString day(const QDate &d, const QLocale &locale)
{
    if (monthFirst(locale))
        return locale.toString(d, QStringLiteral("ddd MMM d"));
    return locale.toString(
        d, dayWithDot(locale) ? QStringLiteral("ddd d. MMM") : QStringLiteral("ddd d MMM"));
}

QString dayTime(const QDateTime &local, const QLocale &locale)
{
    return day(local.date(), locale) + QStringLiteral(", ") + time(local.time(), locale);
}

QString place(const QTimeZone &zone)
{
    const QString id = QString::fromUtf8(zone.id());
    if (id.startsWith(QLatin1String("Etc/")) || !id.contains(QLatin1Char('/')))
        return id.section(QLatin1Char('/'), -1);
    return id.section(QLatin1Char('/'), -1).replace(QLatin1Char('_'), QLatin1Char(' '));
}

bool clocksDiffer(const QDateTime &instant, const QTimeZone &meetingZone, const QTimeZone &repZone)
{
    return meetingZone.isValid()
        && meetingZone.offsetFromUtc(instant) != repZone.offsetFromUtc(instant);
}

QString meetingTime(const QDateTime &instant, const QTimeZone &meetingZone,
                    const QTimeZone &repZone, bool withDay, const QLocale &locale)
{
    const QDateTime here = instant.toTimeZone(repZone);
    const QString hereText = withDay ? dayTime(here, locale) : time(here.time(), locale);
    if (!clocksDiffer(instant, meetingZone, repZone))
        return hereText;
    const QDateTime there = instant.toTimeZone(meetingZone);
    // The meeting's day is named when it is not the rep's.
    const QString thereText = withDay || there.date() != here.date() ? dayTime(there, locale)
                                                                     : time(there.time(), locale);
    return Text::tr("%1 %2 · %3 here").arg(thereText, place(meetingZone), hereText);
}

QString searchKey(const QString &text)
{
    const QString lower = text.toCaseFolded();
    QString plain;
    QString german;
    bool differs = false;
    plain.reserve(lower.size());
    for (const QChar c : lower) {
        // Most names are plain ASCII: nothing to fold, and no string made per letter.
        if (c.unicode() < 0x80) {
            plain += c;
            german += c;
            continue;
        }
        static const QHash<QChar, QString> spelled { { QChar(0xe4), QStringLiteral("ae") },
                                                     { QChar(0xf6), QStringLiteral("oe") },
                                                     { QChar(0xfc), QStringLiteral("ue") },
                                                     { QChar(0xdf), QStringLiteral("ss") } };
        if (const auto it = spelled.constFind(c); it != spelled.cend()) {
            german += *it;
            differs = true;
        } else {
            german += c;
        }
        if (c == QChar(0xdf)) {
            plain += QStringLiteral("ss");
            continue;
        }
        const QString base = QString(c).normalized(QString::NormalizationForm_KD);
        for (const QChar b : base) {
            if (b.category() != QChar::Mark_NonSpacing)
                plain += b;
        }
    }
    // Without accents, then (when it differs) with umlauts spelled out.
    if (!differs)
        return plain;
    QString germanPlain;
    for (const QChar c : german.normalized(QString::NormalizationForm_KD)) {
        if (c.category() != QChar::Mark_NonSpacing)
            germanPlain += c;
    }
    return plain + QLatin1Char('\n') + germanPlain;
}

QString queryKey(const QString &typed)
{
    return searchKey(typed.simplified()).section(QLatin1Char('\n'), 0, 0);
}

} // namespace NineTouch::RepText
