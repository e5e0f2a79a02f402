#include "prospectformat.h"

namespace NineTouch {

namespace {

bool usesTwelveHourClock(const QLocale &l)
{
    // The English-speaking countries that write 2:30 PM.
    static const QList<QLocale::Territory> twelve { QLocale::UnitedStates, QLocale::Canada,
                                                    QLocale::Philippines,  QLocale::Australia,
                                                    QLocale::NewZealand,   QLocale::India };
    return l.language() == QLocale::English && twelve.contains(l.territory());
}

} // namespace

QLocale ProspectFormat::localeFor(const Contact &contact, const Settings &settings)
{
    QLocale::Territory territory = QLocale::AnyTerritory;
    if (!contact.region.isEmpty())
        territory = QLocale::codeToTerritory(contact.region);
    if (territory == QLocale::AnyTerritory && !contact.tz.isEmpty())
        territory = QTimeZone(contact.tz.toUtf8()).country();
    if (territory == QLocale::AnyTerritory)
        territory = settings.zone().country();
    const QLocale::Language language = QLocale::codeToLanguage(contact.language);
    const QLocale::Language wanted = language == QLocale::AnyLanguage ? QLocale::English : language;
    const QLocale l(wanted, territory);
    // English in a country CLDR has no English for (Japan, France) comes back as the US's:
    // such a reader gets the international day-month-year and 24-hour clock, not 3/5 and AM.
    if (wanted == QLocale::English && territory != QLocale::AnyTerritory
        && l.territory() != territory)
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    // A pair CLDR does not know (German in Japan) comes back as another language's locale.
    return l.language() == wanted ? l : QLocale(wanted);
}

ProspectFormat::ProspectFormat(const Contact &contact, const Settings &settings)
    : m_contact(contact)
    , m_locale(localeFor(contact, settings))
{
    const QTimeZone own(contact.tz.toUtf8());
    m_contactZone = own.isValid() ? own : settings.zone();
}

QString ProspectFormat::date(const QDateTime &instant, const QTimeZone &zone) const
{
    const QDate d = instant.toTimeZone(zone).date();
    switch (m_locale.language()) {
    case QLocale::German:
        return m_locale.toString(d, QStringLiteral("dddd, d. MMMM yyyy"));
    case QLocale::English:
        return usesTwelveHourClock(m_locale)
            ? m_locale.toString(d, QStringLiteral("dddd, MMMM d, yyyy"))
            : m_locale.toString(d, QStringLiteral("dddd d MMMM yyyy"));
    default:
        return m_locale.toString(d, QLocale::LongFormat);
    }
}

bool ProspectFormat::namesZone(const QTimeZone &zone) const
{
    return m_contact.tz.isEmpty() || m_contact.tz.toUtf8() != zone.id();
}

QString ProspectFormat::zoneName(const QDateTime &instant, const QTimeZone &zone) const
{
    QString name = zone.displayName(instant, QTimeZone::LongName, m_locale);
    if (name.isEmpty() || name.startsWith(QLatin1String("GMT"))
        || name.startsWith(QLatin1String("UTC")))
        name = QString::fromUtf8(zone.id()); // no name in the contact's language: the place
    return name;
}

QString ProspectFormat::time(const QDateTime &instant, const QTimeZone &zone) const
{
    const QTime t = instant.toTimeZone(zone).time();
    QString text;
    switch (m_locale.language()) {
    case QLocale::German:
        text = m_locale.toString(t, QStringLiteral("HH:mm")) + QStringLiteral(" Uhr");
        break;
    case QLocale::English:
        text = usesTwelveHourClock(m_locale) ? m_locale.toString(t, QStringLiteral("h:mm AP"))
                                             : m_locale.toString(t, QStringLiteral("HH:mm"));
        break;
    default:
        text = m_locale.toString(t, QLocale::ShortFormat);
    }
    if (namesZone(zone) || happensTwice(instant, zone))
        text += QStringLiteral(" (") + zoneName(instant, zone) + QLatin1Char(')');
    return text;
}

bool ProspectFormat::happensTwice(const QDateTime &instant, const QTimeZone &zone)
{
    // The clocks went back around then: the hour they went back over is read twice.
    const int before = zone.offsetFromUtc(instant.addDays(-1));
    const int after = zone.offsetFromUtc(instant.addDays(1));
    if (before <= after)
        return false;
    const QDateTime local = instant.toTimeZone(zone);
    const qint64 shift = before - after;
    const auto sameClock = [&](const QDateTime &other) {
        const QDateTime l = other.toTimeZone(zone);
        return l.date() == local.date() && l.time() == local.time();
    };
    return sameClock(instant.addSecs(shift)) || sameClock(instant.addSecs(-shift));
}

QString ProspectFormat::dayFromNow(const QDateTime &then, const QDateTime &now,
                                   const QTimeZone &zone) const
{
    const QDate day = then.toTimeZone(zone).date();
    const qint64 ago = day.daysTo(now.toTimeZone(zone).date());
    const bool german = m_locale.language() == QLocale::German;
    if (ago <= 0)
        return german ? QStringLiteral("heute") : QStringLiteral("today");
    if (ago == 1)
        return german ? QStringLiteral("gestern") : QStringLiteral("yesterday");
    if (ago < 7)
        return (german ? QStringLiteral("am ") : QStringLiteral("on "))
            + m_locale.toString(day, QStringLiteral("dddd"));
    return german ? QStringLiteral("am ") + m_locale.toString(day, QStringLiteral("d. MMMM"))
                  : QStringLiteral("on ")
            + m_locale.toString(day,
                                usesTwelveHourClock(m_locale) ? QStringLiteral("MMMM d")
                                                              : QStringLiteral("d MMMM"));
}

QString ProspectFormat::meetingKind(Channel channel) const
{
    const bool german = m_locale.language() == QLocale::German;
    switch (channel) {
    case Channel::Video:
        return german ? QStringLiteral("Videotelefonat") : QStringLiteral("video call");
    case Channel::InPerson:
        return german ? QStringLiteral("Treffen") : QStringLiteral("meeting");
    case Channel::Phone:
        break;
    }
    return german ? QStringLiteral("Telefonat") : QStringLiteral("call");
}

QString ProspectFormat::meetingHow(Channel channel, const QString &repName) const
{
    const bool german = m_locale.language() == QLocale::German;
    switch (channel) {
    case Channel::Video:
        return (german ? QStringLiteral("%1 startet das Videotelefonat zur vereinbarten Zeit.")
                       : QStringLiteral("%1 will open the video call at the agreed time."))
            .arg(repName);
    case Channel::InPerson:
        return (german ? QStringLiteral("%1 freut sich auf das Treffen zur vereinbarten Zeit.")
                       : QStringLiteral("%1 looks forward to meeting you at the agreed time."))
            .arg(repName);
    case Channel::Phone:
        break;
    }
    const bool du = m_contact.effectiveAddress() == AddressForm::Du;
    return (german ? (du ? QStringLiteral("%1 ruft dich zur vereinbarten Zeit an.")
                         : QStringLiteral("%1 ruft Sie zur vereinbarten Zeit an."))
                   : QStringLiteral("%1 will call you at the agreed time."))
        .arg(repName);
}

QString ProspectFormat::meetingPromise(Channel channel) const
{
    const bool german = m_locale.language() == QLocale::German;
    switch (channel) {
    case Channel::Video:
        return german ? QStringLiteral("Ich starte das Videotelefonat pünktlich zu dieser Zeit.")
                      : QStringLiteral("I will open the video call at exactly that time.");
    case Channel::InPerson:
        return german ? QStringLiteral("Ich freue mich auf unser Treffen.")
                      : QStringLiteral("I look forward to seeing you then.");
    case Channel::Phone:
        break;
    }
    if (german && m_contact.effectiveAddress() == AddressForm::Du)
        return QStringLiteral("Ich rufe dich pünktlich zu dieser Zeit an.");
    return german ? QStringLiteral("Ich rufe Sie pünktlich zu dieser Zeit an.")
                  : QStringLiteral("I will call you at exactly that time.");
}

QString ProspectFormat::inviteNote(bool updated, bool travels) const
{
    if (m_locale.language() == QLocale::German) {
        const QString what = updated ? QStringLiteral("Die aktualisierte Kalendereinladung")
                                     : QStringLiteral("Die Kalendereinladung");
        return what
            + (travels ? QStringLiteral(" kommt mit dieser E-Mail.")
                       : QStringLiteral(" folgt in einer eigenen E-Mail."));
    }
    const QString what = updated ? QStringLiteral("The updated calendar invitation")
                                 : QStringLiteral("The calendar invitation");
    return what
        + (travels ? QStringLiteral(" comes with this email.")
                   : QStringLiteral(" follows in a separate email."));
}

QString ProspectFormat::greeting(const Contact &c)
{
    const bool german = c.language == QLatin1String("de");
    if (c.effectiveAddress() == AddressForm::Formal) {
        const QString salutation = c.salutation.simplified();
        const QString family = c.familyName();
        // "Müller, Jana" is greeted as Jana Müller.
        const QString natural = c.name.contains(QLatin1Char(','))
            ? QString(c.name.section(QLatin1Char(','), 1) + QLatin1Char(' ')
                      + c.name.section(QLatin1Char(','), 0, 0))
                  .simplified()
            : c.name.simplified();
        const QString whom = !salutation.isEmpty() && !family.isEmpty()
            ? salutation + QLatin1Char(' ') + family
            : natural;
        if (german)
            return whom.isEmpty() ? QStringLiteral("Guten Tag")
                                  : QStringLiteral("Guten Tag ") + whom;
        return whom.isEmpty() ? QStringLiteral("Hello") : QStringLiteral("Dear ") + whom;
    }
    const QString first = c.greetingName();
    if (german)
        return first.isEmpty() ? QStringLiteral("Hallo zusammen")
                               : QStringLiteral("Hallo ") + first;
    return first.isEmpty() ? QStringLiteral("Hi there") : QStringLiteral("Hi ") + first;
}

QString ProspectFormat::money(qint64 cents, const QString &currency) const
{
    const QString symbol =
        QLocale(m_locale.language(), m_locale.territory()).currencySymbol(QLocale::CurrencySymbol);
    // The currency's own sign when it is the locale's; its code otherwise (never a wrong sign).
    const QString sign =
        m_locale.currencySymbol(QLocale::CurrencyIsoCode) == currency ? symbol : currency;
    return m_locale.toCurrencyString(double(cents) / 100.0, sign, cents % 100 ? 2 : 0);
}

} // namespace NineTouch
