#include "outofoffice.h"

#include <QHash>
#include <QRegularExpression>

namespace NineTouch::OutOfOffice {

namespace {

constexpr qsizetype maxText = 16 * 1024;
constexpr qsizetype window = 60; // how far before a date its phrase may stand

QRegularExpression caseless(const QString &pattern)
{
    return QRegularExpression(pattern,
                              QRegularExpression::CaseInsensitiveOption
                                  | QRegularExpression::UseUnicodePropertiesOption);
}

// Month names and their common short forms, lower case, in the six languages.
const QHash<QString, int> &months()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> t;
        const char *names[12] = {
            "january|jan|januar|jänner|janvier|janv|enero|ene|gennaio|genn|gen|januari",
            "february|feb|februar|feber|février|fevrier|févr|fevr|febrero|febbraio|febr|februari",
            "march|mar|märz|maerz|mrz|mars|marzo|maart|mrt",
            "april|apr|avril|avr|abril|abr|aprile",
            "may|mai|mayo|maggio|mag|mei",
            "june|jun|juni|juin|junio|giugno|giu",
            "july|jul|juli|juillet|juil|julio|luglio|lug",
            "august|aug|août|aout|agosto|ago|augustus",
            "september|sep|sept|septembre|septiembre|setiembre|settembre|sett|set",
            "october|oct|oktober|okt|octobre|octubre|ottobre|ott",
            "november|nov|novembre|noviembre",
            "december|dec|dezember|dez|décembre|decembre|déc|diciembre|dic|dicembre",
        };
        for (int m = 0; m < 12; ++m) {
            for (const QString &name : QString::fromUtf8(names[m]).split(QLatin1Char('|')))
                t.insert(name, m + 1);
        }
        return t;
    }();
    return table;
}

QString monthAlternatives()
{
    QStringList names = months().keys();
    // Longest first, so "march" is not read as "mar".
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return names.join(QLatin1Char('|'));
}

// A phrase before a date that makes it the first day back.
const QRegularExpression &backPhrase()
{
    static const QRegularExpression re = caseless(QStringLiteral(
        "(?<![\\w'])("
        "(won't|will not|not) (be )?(back|return(ing)?)( to the office)? (until|till|before)|"
        "back( in the office| at work| at my desk| in office)?( on| from)?|"
        "return(ing)?( to the office| to work)?( on| from)?|will return( on)?|"
        "return date( is)?:?|available again( on| from)?|in the office again( on| from)?|"
        "wieder (da|im büro|im haus|erreichbar|zurück|verfügbar)( ab| am)?( dem| den)?|"
        "zurück (ab|am)( dem| den)?|ab (dem |den )?wieder|"
        "de retour( au bureau)?( le| à partir du| dès le| a partir du)?|retour (le|prévu le)|"
        "je reviens( le)?|reviendrai( le)?|"
        "de vuelta( en la oficina)?( el| a partir del)?|vuelvo( a la oficina)?( el)?|"
        "regres(o|aré|are)( a la oficina)?( el)?|volveré( a la oficina)?( el)?|"
        "rientr(erò|ero|o)( in ufficio)?( il| dal| lunedì)?|di nuovo( in ufficio)?( dal| il)?|"
        "torner(ò|o)( in ufficio)?( il)?|"
        "(weer )?terug( op kantoor)?( op| vanaf)?|weer (aanwezig|op kantoor|bereikbaar)( op| "
        "vanaf)?)"
        "[\\s,]*$"));
    return re;
}

// A phrase before a date that makes it the last day away.
const QRegularExpression &untilPhrase()
{
    static const QRegularExpression re = caseless(QStringLiteral(
        "(?<![\\w'])(until|till|til|through|thru|up to and including|"
        "bis( einschließlich| einschliesslich| inklusive| inkl\\.?| zum| zum einschließlich)?|"
        "jusqu'(au|à)( inclus)?|jusqu’(au|à)|jusque|"
        "hasta( el)?( día)?|"
        "fino (al|a)|sino (al|a)|"
        "tot( en met)?|t/m)"
        "[\\s,]*$"));
    return re;
}

// A "from" word before a date ("ab", "am", "vanaf", "dal", "à partir du", "a partir del"):
// with a "back" word after the date in the same sentence, the date is the first day back.
const QRegularExpression &fromWord()
{
    static const QRegularExpression re =
        caseless(QStringLiteral("(?<![\\w'])(ab|am|vanaf|dal|à partir du|a partir du|a partir "
                                "del|desde el|desde)[\\s,]*$"));
    return re;
}

// Without a phrase before it, a date is the first day back when a "back" word follows it
// in the same sentence ("ab dem 16. März bin ich wieder im Büro", "vanaf … ben ik weer").
const QRegularExpression &backWordAfter()
{
    static const QRegularExpression re =
        caseless(QStringLiteral("^(?:[^.!?\\n]|(?<=\\d)\\.(?=\\d)){0,60}\\b(wieder|zurück|de "
                                "retour|di nuovo|weer|terug|de vuelta)\\b"));
    return re;
}

// Weekday names: skipped between a phrase and its date ("back on Monday, March 16th").
const QString &weekdays()
{
    static const QString names = QStringLiteral(
        "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|"
        "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|"
        "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
        "lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|"
        "lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|"
        "sabato|domenica|"
        "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|the|den|dem|le|el|il");
    return names;
}

struct Mention
{
    qsizetype start = 0;
    qsizetype end = 0;
    int day = 0;
    int month = 0;
    int year = 0; // 0: not written
    int first = 0; // numeric dates: the two numbers as written, to decide their order
    int second = 0;
    bool numeric = false;
    bool slashed = false; // 03/04: day or month first depends on the writer's country
};

QList<Mention> mentions(const QString &text)
{
    static const QString monthsRe = monthAlternatives();
    static const QRegularExpression dayMonth =
        caseless(QStringLiteral("(?<![\\w])(\\d{1,2})(?:st|nd|rd|th|er|e|º|°)?\\.?\\s*(?:de\\s+)?(")
                 + monthsRe + QStringLiteral(")\\b\\.?(?:,?\\s*(?:de\\s+)?(\\d{4}))?"));
    static const QRegularExpression monthDay =
        caseless(QStringLiteral("(?<![\\w])(") + monthsRe
                 + QStringLiteral(")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?"));
    static const QRegularExpression numeric = caseless(QStringLiteral(
        "(?<![\\d./-])(\\d{1,4})([./-])(\\d{1,2})(?:\\2(\\d{2,4}))?\\.?(?![\\d/-])"));
    QList<Mention> out;
    const auto overlaps = [&out](qsizetype s, qsizetype e) {
        for (const Mention &m : std::as_const(out)) {
            if (s < m.end && e > m.start)
                return true;
        }
        return false;
    };
    for (auto it = dayMonth.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        Mention d { m.capturedStart(), m.capturedEnd(), m.captured(1).toInt(),
                    months().value(m.captured(2).toLower()), m.captured(3).toInt() };
        out << d;
    }
    for (auto it = monthDay.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (overlaps(m.capturedStart(), m.capturedEnd()))
            continue;
        out << Mention { m.capturedStart(), m.capturedEnd(), m.captured(2).toInt(),
                         months().value(m.captured(1).toLower()), m.captured(3).toInt() };
    }
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (overlaps(m.capturedStart(), m.capturedEnd()))
            continue;
        Mention d;
        d.start = m.capturedStart();
        d.end = m.capturedEnd();
        d.numeric = true;
        d.slashed = m.captured(2) == QLatin1String("/");
        // A time of day is no date: "bis 12.30 Uhr", "at 10.30", "um 8.15".
        static const QRegularExpression timeAfter = caseless(
            QStringLiteral("^\\s*(uhr|h\\b|hrs?\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.|o'clock)"));
        static const QRegularExpression timeBefore =
            caseless(QStringLiteral("(?<![\\w'])(at|um|gegen|à|vers|alle|ore|om|a las|by)\\s*$"));
        if (m.captured(4).isEmpty()
            && (timeAfter.match(text.mid(m.capturedEnd(), 12)).hasMatch()
                || timeBefore
                       .match(text.mid(std::max<qsizetype>(0, m.capturedStart() - 12),
                                       std::min<qsizetype>(12, m.capturedStart())))
                       .hasMatch()))
            continue;
        if (m.captured(1).size() == 4) { // 2026-03-16
            if (m.captured(4).isEmpty())
                continue;
            d.year = m.captured(1).toInt();
            d.month = m.captured(3).toInt();
            d.day = m.captured(4).toInt();
            d.numeric = false;
        } else {
            if (m.captured(1).size() > 2)
                continue;
            d.first = m.captured(1).toInt();
            d.second = m.captured(3).toInt();
            if (!m.captured(4).isEmpty()) {
                d.year = m.captured(4).toInt();
                if (d.year < 100)
                    d.year += 2000;
            } else if (m.captured(2) == QLatin1String("-")) {
                continue; // "555-0147" is a telephone number, not a day
            }
        }
        out << d;
    }
    std::sort(out.begin(), out.end(),
              [](const Mention &a, const Mention &b) { return a.start < b.start; });
    return out;
}

// The text before a date that its phrase may stand in: the same sentence, at most window
// characters, with weekday names and filler words at its end left out.
QString before(const QString &text, const Mention &m, qsizetype floor)
{
    const qsizetype from = std::max(floor, m.start - window);
    QString s = text.mid(from, m.start - from);
    // A sentence ends at ". ", "! ", "? " (a date's own "13.03. " is not one: digits before).
    static const QRegularExpression end(QStringLiteral("(?<!\\d)[.!?;]\\s"));
    qsizetype cut = -1;
    for (auto it = end.globalMatch(s); it.hasNext();)
        cut = it.next().capturedEnd();
    if (cut >= 0)
        s = s.mid(cut);
    static const QRegularExpression trailing =
        caseless(QStringLiteral("(\\b(") + weekdays() + QStringLiteral(")\\b[\\s,.]*)+$"));
    s.remove(trailing);
    return s;
}

// order: how the writer orders a slashed date's numbers; Unknown when nothing says it.
enum class Order { DayFirst, MonthFirst, Unknown };

QDate resolve(const Mention &m, const QDate &written, Order order)
{
    int day = m.day;
    int month = m.month;
    if (m.numeric) {
        // Dots and dashes are day first everywhere; a slash depends on the writer.
        bool swap = false;
        if (m.slashed) {
            if (m.first > 12)
                swap = false;
            else if (m.second > 12)
                swap = true;
            else if (m.first != m.second && order == Order::Unknown)
                return {}; // 03/04 from someone whose country is unknown: no date at all
            else
                swap = order == Order::MonthFirst;
        }
        day = swap ? m.second : m.first;
        month = swap ? m.first : m.second;
    }
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return {};
    if (m.year > 0)
        return QDate(m.year, month, day);
    // The next such day on or after the message's (a week's slack for "until yesterday"); in
    // the next year only when that is near ("back on 5 January" written in December), never a
    // date that is simply past ("back on 25 February" written in March).
    const QDate floor = written.addDays(-7);
    const QDate thisYear(floor.year(), month, day);
    if (thisYear.isValid() && thisYear >= floor)
        return thisYear;
    const QDate nextYear(floor.year() + 1, month, day);
    if (nextYear.isValid() && nextYear <= written.addDays(120))
        return nextYear;
    return {};
}

} // namespace

QDate firstDayBack(const QString &input, const QDate &written, const QString &language)
{
    if (!written.isValid())
        return {};
    QString text = input.left(maxText);
    // The signature and what follows it say nothing of the writer's return.
    static const QRegularExpression signature(QStringLiteral("\\n-- ?\\r?\\n"));
    if (const auto m = signature.match(text); m.hasMatch())
        text.truncate(m.capturedStart());
    text.replace(QChar(0x2019), QLatin1Char('\'')); // jusqu’au
    text.replace(QChar(0xa0), QLatin1Char(' '));
    text = text.simplified();
    const QString lang = language.trimmed().toLower();
    // The phrase's own language orders a slashed date: English phrases by the message's
    // language (month first in the US, day first elsewhere, unknown without one), the other
    // five languages day first.
    static const QRegularExpression englishPhrase =
        caseless(QStringLiteral("^(won't|will|not|back|return|available|in the office|until|"
                                "till|til|through|thru|up to)"));
    const auto orderOf = [&](const QString &phrase) {
        if (!englishPhrase.match(phrase.trimmed()).hasMatch())
            return Order::DayFirst;
        if (lang.startsWith(QLatin1String("en-us")))
            return Order::MonthFirst;
        if (lang.isEmpty())
            return Order::Unknown;
        return Order::DayFirst;
    };

    // The first date that a phrase ties to the writer's return decides.
    qsizetype previousEnd = 0;
    for (const Mention &m : mentions(text)) {
        const QString lead = before(text, m, previousEnd);
        previousEnd = m.end;
        // The phrase nearest the date decides; of two ending there, the longer one ("not
        // return until" is a return, not an "until").
        const auto backed = backPhrase().match(lead);
        const auto until = untilPhrase().match(lead);
        QDate back;
        if (backed.hasMatch()
            && (!until.hasMatch() || backed.capturedStart() <= until.capturedStart())) {
            back = resolve(m, written, orderOf(backed.captured(0)));
        } else if (until.hasMatch()) {
            back = resolve(m, written, orderOf(until.captured(0)));
            if (back.isValid())
                back = back.addDays(1);
        } else if (fromWord().match(lead).hasMatch()
                   && backWordAfter().match(text.mid(m.end, 80)).hasMatch()) {
            back = resolve(m, written, Order::DayFirst);
        } else {
            continue;
        }
        if (!back.isValid() || back <= written || back > written.addDays(366))
            continue;
        return back;
    }
    return {};
}

} // namespace NineTouch::OutOfOffice
