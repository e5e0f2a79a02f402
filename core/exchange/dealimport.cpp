#include "dealimport.h"

#include "csv.h"
#include "dealfields.h"
#include "names.h"
#include "validation.h"
#include "zonecatalog.h"

#include <QRegularExpression>

#include <algorithm>
#include <tuple>

namespace NineTouch {

namespace {

struct FieldInfo
{
    ImportField field;
    const char *name; // for --map and the JSON summary
    const char *label; // for the app
};

const QList<FieldInfo> &fieldInfo()
{
    static const QList<FieldInfo> all {
        { ImportField::Ignore, "ignore", QT_TRANSLATE_NOOP("DealImport", "(not imported)") },
        { ImportField::Id, "id", QT_TRANSLATE_NOOP("DealImport", "NineTouch deal id") },
        { ImportField::ExternalRef, "external_ref",
          QT_TRANSLATE_NOOP("DealImport", "The CRM's deal id") },
        { ImportField::Title, "title", QT_TRANSLATE_NOOP("DealImport", "Deal title") },
        { ImportField::Topic, "topic", QT_TRANSLATE_NOOP("DealImport", "Topic for the prospect") },
        { ImportField::Organization, "organization",
          QT_TRANSLATE_NOOP("DealImport", "Organization") },
        { ImportField::Contact, "contact", QT_TRANSLATE_NOOP("DealImport", "Contact's name") },
        { ImportField::FirstName, "first_name",
          QT_TRANSLATE_NOOP("DealImport", "Contact's first name") },
        { ImportField::LastName, "last_name",
          QT_TRANSLATE_NOOP("DealImport", "Contact's last name") },
        { ImportField::Salutation, "salutation",
          QT_TRANSLATE_NOOP("DealImport", "Contact's salutation (Frau, Herr, Ms)") },
        { ImportField::Address, "address",
          QT_TRANSLATE_NOOP("DealImport", "How the contact is addressed (formal, du)") },
        { ImportField::Email, "email", QT_TRANSLATE_NOOP("DealImport", "Contact's email") },
        { ImportField::Phone, "phone", QT_TRANSLATE_NOOP("DealImport", "Direct phone") },
        { ImportField::Mobile, "mobile", QT_TRANSLATE_NOOP("DealImport", "Mobile phone") },
        { ImportField::Reception, "reception", QT_TRANSLATE_NOOP("DealImport", "Reception phone") },
        { ImportField::TimeZone, "tz", QT_TRANSLATE_NOOP("DealImport", "Contact's time zone") },
        { ImportField::Language, "language",
          QT_TRANSLATE_NOOP("DealImport", "Contact's language") },
        { ImportField::Region, "region", QT_TRANSLATE_NOOP("DealImport", "Contact's region") },
        { ImportField::Value, "value", QT_TRANSLATE_NOOP("DealImport", "Value") },
        { ImportField::Currency, "currency", QT_TRANSLATE_NOOP("DealImport", "Currency") },
        { ImportField::Stage, "stage", QT_TRANSLATE_NOOP("DealImport", "Stage") },
        { ImportField::Status, "status", QT_TRANSLATE_NOOP("DealImport", "Status") },
        { ImportField::LostReason, "lost_reason", QT_TRANSLATE_NOOP("DealImport", "Lost reason") },
        { ImportField::ValueSummary, "value_summary",
          QT_TRANSLATE_NOOP("DealImport", "Value summary") },
        { ImportField::Cost, "cost", QT_TRANSLATE_NOOP("DealImport", "Follow-up cost") },
        { ImportField::MaterialDelivered, "material_delivered",
          QT_TRANSLATE_NOOP("DealImport", "Decision material delivered") },
        { ImportField::Created, "created", QT_TRANSLATE_NOOP("DealImport", "Created on") },
        { ImportField::Note, "note", QT_TRANSLATE_NOOP("DealImport", "Note on the timeline") },
    };
    return all;
}

// Header names as the products export them, compared loosely (DealImport::looseName).
const QHash<QString, ImportField> &knownHeaders()
{
    static const QHash<QString, ImportField> all = [] {
        QHash<QString, ImportField> h;
        const auto add = [&h](std::initializer_list<const char *> names, ImportField f) {
            for (const char *n : names)
                h.insert(QString::fromUtf8(n), f); // "währung" is UTF-8, like this file
        };
        // NineTouch's own export ("id" is decided by the format, below).
        add({ "externalref" }, ImportField::ExternalRef);
        add({ "title" }, ImportField::Title);
        add({ "topic" }, ImportField::Topic);
        add({ "organization", "organisation", "company", "account" }, ImportField::Organization);
        add({ "contact", "contactname", "person", "fullname" }, ImportField::Contact);
        add({ "firstname" }, ImportField::FirstName);
        add({ "salutation" }, ImportField::Salutation);
        add({ "address", "addressform" }, ImportField::Address);
        add({ "lastname", "surname" }, ImportField::LastName);
        add({ "email", "emailaddress", "mail" }, ImportField::Email);
        add({ "phone", "telephone", "directphone" }, ImportField::Phone);
        add({ "mobile", "mobilephone", "cell" }, ImportField::Mobile);
        add({ "reception", "switchboard" }, ImportField::Reception);
        add({ "tz", "timezone" }, ImportField::TimeZone);
        add({ "language" }, ImportField::Language);
        add({ "region", "country" }, ImportField::Region);
        add({ "value", "amount", "dealvalue" }, ImportField::Value);
        add({ "currency" }, ImportField::Currency);
        add({ "stage" }, ImportField::Stage);
        add({ "status" }, ImportField::Status);
        add({ "lostreason" }, ImportField::LostReason);
        add({ "valuesummary", "description" }, ImportField::ValueSummary);
        add({ "cost" }, ImportField::Cost);
        add({ "materialdelivered" }, ImportField::MaterialDelivered);
        add({ "created", "createdat" }, ImportField::Created);
        add({ "note", "notes", "dealnotes", "notizen", "notiz" }, ImportField::Note);
        // German spreadsheets.
        add({ "titel" }, ImportField::Title);
        add({ "firma", "unternehmen" }, ImportField::Organization);
        add({ "kontakt", "ansprechpartner" }, ImportField::Contact);
        add({ "vorname" }, ImportField::FirstName);
        add({ "anrede" }, ImportField::Salutation);
        add({ "nachname" }, ImportField::LastName);
        add({ "telefon" }, ImportField::Phone);
        add({ "mobil", "handy" }, ImportField::Mobile);
        add({ "wert", "betrag" }, ImportField::Value);
        add({ "währung" }, ImportField::Currency);
        add({ "phase" }, ImportField::Stage);
        add({ "sprache" }, ImportField::Language);
        // Pipedrive: "Deal - Title", "Organization - Name", "Person - Email - Work" …
        add({ "dealid" }, ImportField::ExternalRef);
        add({ "dealtitle" }, ImportField::Title);
        add({ "dealcurrency", "dealcurrencyofvalue" }, ImportField::Currency);
        add({ "dealstage" }, ImportField::Stage);
        add({ "dealstatus" }, ImportField::Status);
        add({ "deallostreason" }, ImportField::LostReason);
        add({ "dealdealcreated", "dealcreated", "dealaddtime" }, ImportField::Created);
        add({ "organizationname", "dealorganization" }, ImportField::Organization);
        add({ "personname", "dealcontactperson" }, ImportField::Contact);
        add({ "personfirstname" }, ImportField::FirstName);
        add({ "personlastname" }, ImportField::LastName);
        add({ "personemail", "personemailwork" }, ImportField::Email);
        add({ "personphone", "personphonework" }, ImportField::Phone);
        add({ "personphonemobile" }, ImportField::Mobile);
        // HubSpot: "Record ID", "Deal Name", "Amount", "Associated Contact" …
        add({ "recordid" }, ImportField::ExternalRef);
        add({ "dealname" }, ImportField::Title);
        add({ "associatedcompany", "associatedcompanyprimary" }, ImportField::Organization);
        add({ "associatedcontact", "associatedcontactprimary" }, ImportField::Contact);
        add({ "createdate" }, ImportField::Created);
        add({ "dealcurrencycode" }, ImportField::Currency);
        add({ "dealdescription" }, ImportField::ValueSummary);
        // Salesforce: "Opportunity Name", "Account Name", "Stage", "Created Date" …
        add({ "opportunityid" }, ImportField::ExternalRef);
        add({ "opportunityname" }, ImportField::Title);
        add({ "accountname" }, ImportField::Organization);
        add({ "opportunitycurrency", "amountcurrency" }, ImportField::Currency);
        add({ "createddate" }, ImportField::Created);
        add({ "contactfullname", "primarycontact" }, ImportField::Contact);
        add({ "contactemail" }, ImportField::Email);
        add({ "contactphone" }, ImportField::Phone);
        return h;
    }();
    return all;
}

QString cell(const QStringList &row, int column)
{
    return Csv::unguard(row.value(column).trimmed());
}

// -- values in the file's conventions --------------------------------------------------------

struct Amount
{
    qint64 cents = 0;
    QString currency; // from a sign or code written with the number
};

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

enum class DateOrder { DayFirst, MonthFirst };

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

// A contact imported without a zone or a region, whose number says the country: the country's
// conventions and (where a country has one zone) its zone. "+1" spans zones: none is guessed.
std::pair<QString, QString> regionAndZoneOfPhone(const QString &phone)
{
    static const QList<std::tuple<const char *, const char *, const char *>> prefixes {
        { "+353", "IE", "Europe/Dublin" },   { "+351", "PT", "Europe/Lisbon" },
        { "+358", "FI", "Europe/Helsinki" }, { "+420", "CZ", "Europe/Prague" },
        { "+49", "DE", "Europe/Berlin" },    { "+43", "AT", "Europe/Vienna" },
        { "+41", "CH", "Europe/Zurich" },    { "+44", "GB", "Europe/London" },
        { "+33", "FR", "Europe/Paris" },     { "+31", "NL", "Europe/Amsterdam" },
        { "+32", "BE", "Europe/Brussels" },  { "+34", "ES", "Europe/Madrid" },
        { "+39", "IT", "Europe/Rome" },      { "+45", "DK", "Europe/Copenhagen" },
        { "+46", "SE", "Europe/Stockholm" }, { "+47", "NO", "Europe/Oslo" },
        { "+48", "PL", "Europe/Warsaw" },    { "+65", "SG", "Asia/Singapore" },
        { "+81", "JP", "Asia/Tokyo" },       { "+91", "IN", "Asia/Kolkata" },
        { "+86", "CN", "Asia/Shanghai" },
    };
    QString digits = phone.simplified();
    digits.remove(u' ');
    if (digits.startsWith(QLatin1String("00")))
        digits = QLatin1Char('+') + digits.mid(2);
    for (const auto &[prefix, region, zone] : prefixes) {
        if (digits.startsWith(QLatin1String(prefix)))
            return { QLatin1String(region), QLatin1String(zone) };
    }
    return {};
}

// Where a new contact's language and zone came from, where its row gives none.
enum class From {
    File,
    Chosen, // the rep's choice for the file
    Country, // the country column
    Phone, // the phone number's country
    OtherCountry, // a country that does not speak German: English
    GermanHeaders, // German column names: German
    SeveralZones, // a country of several zones (the United States, a +1 number): the rep's
    Nothing, // nothing said: English, the rep's zone
};
struct Placement
{
    From language = From::File;
    From zone = From::File;
};

// A number of the North American plan (+1): a country, but of several zones.
bool northAmerican(const QString &phone)
{
    QString digits = phone.simplified();
    digits.remove(u' ');
    return digits.startsWith(QLatin1String("+1")) || digits.startsWith(QLatin1String("001"));
}

// A new contact's language and zone where its row gives none. What the file says about the
// contact comes first: its country (the country column, else its phone number's country) gives
// the language (German for Germany, Austria, Switzerland, Liechtenstein; else English) and, for
// a country of one clock, the zone. Only where it says nothing does the rep's choice for the
// file decide; then German column names; then English and the rep's own zone.
Placement placeContact(Contact &c, const DealImport::Plan &plan, bool germanFile)
{
    Placement p;
    const QString phone = c.phone.isEmpty() ? c.mobile : c.phone;
    From countryFrom = From::Country;
    if (c.region.isEmpty()) {
        c.region = regionAndZoneOfPhone(phone).first;
        countryFrom = From::Phone;
    }
    if (c.tz.isEmpty()) {
        const QString countryZone =
            c.region.isEmpty() ? QString() : ZoneCatalog::zoneOfCountry(c.region);
        if (!countryZone.isEmpty()) {
            c.tz = countryZone;
            p.zone = countryFrom;
        } else if (!plan.tz.isEmpty()) {
            c.tz = plan.tz;
            p.zone = From::Chosen;
        } else {
            p.zone =
                !c.region.isEmpty() || northAmerican(phone) ? From::SeveralZones : From::Nothing;
        }
    }
    if (!c.language.isEmpty())
        return p;
    static const QStringList germanCountries { QStringLiteral("DE"), QStringLiteral("AT"),
                                               QStringLiteral("CH"), QStringLiteral("LI") };
    if (!c.region.isEmpty() || northAmerican(phone)) {
        const bool german = germanCountries.contains(c.region);
        c.language = german ? QStringLiteral("de") : QStringLiteral("en");
        p.language = german ? countryFrom : From::OtherCountry;
    } else if (!plan.language.isEmpty()) {
        c.language = plan.language;
        p.language = From::Chosen;
    } else if (germanFile) {
        c.language = QStringLiteral("de");
        p.language = From::GermanHeaders;
    } else {
        c.language = QStringLiteral("en");
        p.language = From::Nothing;
    }
    return p;
}

// How the new contacts the file says nothing about were placed, for the summary.
class Placed
{
public:
    void add(Placement p)
    {
        ++m_language[p.language];
        ++m_zone[p.zone];
    }

    QStringList notes(const DealImport::Plan &plan, const QTimeZone &repZone) const
    {
        QStringList out;
        const auto count = [](const QHash<From, int> &h, From f) {
            return h.value(f);
        };
        if (const int n = count(m_language, From::Chosen))
            out << DealImport::tr("%n new contact(s) read %1, as chosen for this file.", nullptr, n)
                       .arg(plan.language == QLatin1String("de") ? DealImport::tr("German")
                                                                 : DealImport::tr("English"));
        if (const int n = count(m_language, From::Country) + count(m_language, From::Phone))
            out << DealImport::tr("%n new contact(s) read German: their country (or their phone "
                                  "number's) speaks it.",
                                  nullptr, n);
        if (const int n = count(m_language, From::OtherCountry))
            out << DealImport::tr("%n new contact(s) read English: their country does not speak "
                                  "German.",
                                  nullptr, n);
        if (const int n = count(m_language, From::GermanHeaders))
            out << DealImport::tr("%n new contact(s) read German: the file's column names are "
                                  "German.",
                                  nullptr, n);
        if (const int n = count(m_language, From::Nothing))
            out << DealImport::tr("%n new contact(s) read English: the file gives no language or "
                                  "German-speaking country for them.",
                                  nullptr, n);
        if (const int n = count(m_zone, From::Chosen))
            out << DealImport::tr("%n new contact(s) in %1, as chosen for this file.", nullptr, n)
                       .arg(plan.tz);
        if (const int n = count(m_zone, From::Country))
            out << DealImport::tr("%n new contact(s) placed in a time zone by their country.",
                                  nullptr, n);
        if (const int n = count(m_zone, From::Phone))
            out << DealImport::tr("%n new contact(s) placed in a time zone by the country of "
                                  "their phone number.",
                                  nullptr, n);
        if (const int n = count(m_zone, From::SeveralZones))
            out << DealImport::tr("%n new contact(s) in your own time zone (%1) for now: their "
                                  "country has several; set each one's zone in the deal.",
                                  nullptr, n)
                       .arg(QString::fromUtf8(repZone.id()));
        if (const int n = count(m_zone, From::Nothing))
            out << DealImport::tr("%n new contact(s) in your own time zone (%1): the file gives "
                                  "no zone, country or phone number that says another.",
                                  nullptr, n)
                       .arg(QString::fromUtf8(repZone.id()));
        return out;
    }

private:
    QHash<From, int> m_language;
    QHash<From, int> m_zone;
};

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

QStringList stageWords(const QString &name)
{
    static const QRegularExpression split(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return name.toCaseFolded().split(split, Qt::SkipEmptyParts);
}

// A CRM's stage that reads as one of the rep's: "Proposal Made" and "Proposal/Price Quote"
// are the rep's "Proposal", "Negotiations Started" is "Negotiation", "Qualified To Buy" is
// "Qualified" (each word of the rep's starts the CRM's words in order, three letters at least).
QString similarStage(const QString &crm, const QList<Stage> &stages)
{
    // A starting stage by its German name ("Angebot"), as a German spreadsheet writes it.
    if (const QString starting = startingStageOf(crm); !starting.isEmpty()) {
        for (const Stage &s : stages) {
            if (s.name == starting)
                return s.name;
        }
    }
    const QStringList theirs = stageWords(crm);
    for (const Stage &s : stages) {
        const QStringList mine = stageWords(s.name);
        if (mine.isEmpty() || mine.size() > theirs.size())
            continue;
        // A word of the rep's starts the CRM's ("Proposal" in "Proposal Made"), or the two share
        // a stem of six letters or more ("Qualified", Salesforce's "Qualification").
        const auto stem = [](const QString &a, const QString &b) {
            qsizetype n = 0;
            while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
                ++n;
            return n;
        };
        bool same = true;
        for (int i = 0; i < mine.size() && same; ++i)
            same = (mine.at(i).size() >= 3 && theirs.at(i).startsWith(mine.at(i)))
                || stem(mine.at(i), theirs.at(i)) >= 6;
        if (same)
            return s.name;
    }
    return {};
}

// The stages of the CRMs' default pipelines, in their order, as their exports name them: a
// new stage from one goes where its pipeline puts it among the rep's.
const QList<QStringList> &crmPipelines()
{
    static const QList<QStringList> pipelines {
        { QStringLiteral("Lead In"), QStringLiteral("Qualified"), QStringLiteral("Contact Made"),
          QStringLiteral("Needs Defined"), QStringLiteral("Demo Scheduled"),
          QStringLiteral("Proposal Made"), QStringLiteral("Negotiations Started") }, // Pipedrive
        { QStringLiteral("Appointment Scheduled"), QStringLiteral("Qualified To Buy"),
          QStringLiteral("Presentation Scheduled"), QStringLiteral("Decision Maker Bought-In"),
          QStringLiteral("Contract Sent") }, // HubSpot
        { QStringLiteral("Prospecting"), QStringLiteral("Qualification"),
          QStringLiteral("Needs Analysis"), QStringLiteral("Value Proposition"),
          QStringLiteral("Id. Decision Makers"), QStringLiteral("Perception Analysis"),
          QStringLiteral("Proposal/Price Quote"), QStringLiteral("Negotiation/Review") }, // SF
    };
    return pipelines;
}

// Every stage in its order once the new ones are in: a new stage follows the stage its CRM's
// pipeline has before it (the rep's stage that one reads as, or a new one), else precedes the
// one after it; a stage no known pipeline has goes last.
QStringList stageOrderWith(const QStringList &newStages, const QList<Stage> &stages)
{
    QStringList order;
    for (const Stage &s : stages)
        order << s.name;
    const auto placeOf = [&](const QString &crm) -> qsizetype {
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (DealImport::looseName(order.at(i)) == DealImport::looseName(crm))
                return i;
        }
        if (const QString mine = similarStage(crm, stages); !mine.isEmpty())
            return order.indexOf(mine);
        return -1;
    };
    const auto positionIn = [](const QString &name) -> std::pair<int, qsizetype> {
        const auto &pipelines = crmPipelines();
        for (int p = 0; p < pipelines.size(); ++p) {
            for (qsizetype i = 0; i < pipelines.at(p).size(); ++i) {
                if (DealImport::looseName(pipelines.at(p).at(i)) == DealImport::looseName(name))
                    return { p, i };
            }
        }
        return { -1, -1 };
    };
    QStringList pending = newStages;
    std::stable_sort(pending.begin(), pending.end(), [&](const QString &a, const QString &b) {
        // Known stages first, by pipeline and place; the others as met.
        const auto key = [&](const QString &name) {
            const auto [p, i] = positionIn(name);
            return p < 0 ? std::tuple(1, 0, qsizetype(0)) : std::tuple(0, p, i);
        };
        return key(a) < key(b);
    });
    for (const QString &name : std::as_const(pending)) {
        const auto [p, i] = positionIn(name);
        qsizetype at = order.size();
        if (p >= 0) {
            const QStringList &pipeline = crmPipelines().at(p);
            bool placed = false;
            for (qsizetype j = i - 1; j >= 0 && !placed; --j) {
                if (const qsizetype before = placeOf(pipeline.at(j)); before >= 0) {
                    at = before + 1;
                    placed = true;
                }
            }
            for (qsizetype j = i + 1; j < pipeline.size() && !placed; ++j) {
                if (const qsizetype after = placeOf(pipeline.at(j)); after >= 0) {
                    at = after;
                    placed = true;
                }
            }
        }
        order.insert(at, name);
    }
    return order;
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

} // namespace

// -- fields ----------------------------------------------------------------------------------

QString DealImport::fieldName(ImportField field)
{
    for (const FieldInfo &i : fieldInfo()) {
        if (i.field == field)
            return QLatin1String(i.name);
    }
    return {};
}

std::optional<ImportField> DealImport::fieldFromName(const QString &name)
{
    for (const FieldInfo &i : fieldInfo()) {
        if (name.trimmed().compare(QLatin1String(i.name), Qt::CaseInsensitive) == 0)
            return i.field;
    }
    return std::nullopt;
}

QString DealImport::fieldLabel(ImportField field)
{
    for (const FieldInfo &i : fieldInfo()) {
        if (i.field == field)
            return tr(i.label);
    }
    return {};
}

QList<ImportField> DealImport::allFields()
{
    QList<ImportField> all;
    for (const FieldInfo &i : fieldInfo())
        all << i.field;
    return all;
}

QString DealImport::looseName(const QString &header)
{
    QString out;
    for (const QChar c : header.toCaseFolded()) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

QStringList DealImport::Plan::unusedColumns() const
{
    QStringList unused;
    for (int i = 0; i < headers.size(); ++i) {
        if (fields.value(i) == ImportField::Ignore)
            unused << (headers.at(i).trimmed().isEmpty() ? tr("column %1").arg(i + 1)
                                                         : headers.at(i));
    }
    return unused;
}

// -- read ------------------------------------------------------------------------------------

Result<DealImport::Plan> DealImport::read(const TextFile::Text &file, QChar separator)
{
    Plan plan;
    plan.encoding = file.encoding;
    plan.separator = separator.isNull() ? Csv::detectSeparator(file.text) : separator;
    QString parseError;
    QList<int> lines;
    QList<QStringList> rows = Csv::parse(file.text, &parseError, plan.separator, &lines);
    if (!parseError.isEmpty())
        return inputError(tr("The file is not valid CSV: %1.").arg(parseError));
    if (rows.isEmpty())
        return inputError(tr("The file is empty: its first row must name the columns."));
    plan.headers = rows.takeFirst();
    lines.removeFirst();
    // Empty columns at the end of the header (a trailing separator) carry nothing.
    while (!plan.headers.isEmpty() && plan.headers.constLast().trimmed().isEmpty())
        plan.headers.removeLast();
    if (plan.headers.isEmpty())
        return inputError(tr("The first row names no columns."));
    if (plan.headers.size() > maxColumns)
        return inputError(tr("The file has %1 columns; at most %2 are read. Is it a deals "
                             "export?")
                              .arg(plan.headers.size())
                              .arg(maxColumns));
    if (plan.headers.size() == 1) {
        const QString h = plan.headers.constFirst();
        const bool other = h.contains(u';') || h.contains(u',') || h.contains(u'\t');
        return inputError(
            other ? tr("The whole first row is one column (\"%1\"): the file "
                       "separates its fields with a character other than the "
                       "one tried (%2).")
                        .arg(h.left(60),
                             plan.separator == u'\t' ? tr("tab") : QString(plan.separator))
                  : tr("The file has a single column (\"%1\"); a deals export "
                       "has several.")
                        .arg(h.left(60)));
    }
    // The same name twice: which one holds the value is anyone's guess.
    QHash<QString, int> seen;
    for (int i = 0; i < plan.headers.size(); ++i) {
        const QString loose = looseName(plan.headers.at(i));
        if (loose.isEmpty())
            continue;
        if (seen.contains(loose))
            return inputError(tr("The column \"%1\" appears twice (columns %2 and %3); rename "
                                 "one in the file.")
                                  .arg(plan.headers.at(i))
                                  .arg(seen.value(loose) + 1)
                                  .arg(i + 1));
        seen.insert(loose, i);
    }

    // Report footers ("Confidential Information", "Generated By …", "Total"): trailing rows
    // with at most one filled cell, or a total.
    const auto footer = [&plan](const QStringList &r) {
        int n = 0;
        for (const QString &c : r)
            n += !c.trimmed().isEmpty();
        const QString first = looseName(r.value(0));
        return (n <= 1 && plan.headers.size() >= 3) || first.startsWith(QLatin1String("total"))
            || first.startsWith(QLatin1String("grandtotal"))
            || first.startsWith(QLatin1String("summe"));
    };
    while (!rows.isEmpty() && footer(rows.constLast())) {
        rows.removeLast();
        lines.removeLast();
        ++plan.footerRows;
    }
    // Every row as wide as the header; empty cells past it (trailing separators) are fine.
    for (int r = 0; r < rows.size(); ++r) {
        QStringList &row = rows[r];
        while (row.size() > plan.headers.size() && row.constLast().trimmed().isEmpty())
            row.removeLast();
        if (row.size() > plan.headers.size())
            return inputError(tr("Row %1 has %2 fields but the header names %3: check its "
                                 "quotes and separators (the file is read with %4).")
                                  .arg(lines.at(r))
                                  .arg(row.size())
                                  .arg(plan.headers.size())
                                  .arg(plan.separator == u'\t'
                                           ? tr("tabs")
                                           : QStringLiteral("'%1'").arg(plan.separator)));
    }
    plan.rows = rows;
    plan.lines = lines;

    // The format, from the names of its columns.
    QSet<QString> loose;
    bool pipedrive = false;
    for (const QString &h : std::as_const(plan.headers)) {
        loose.insert(looseName(h));
        pipedrive = pipedrive || h.startsWith(QLatin1String("Deal - "))
            || h.startsWith(QLatin1String("Person - "))
            || h.startsWith(QLatin1String("Organization - "));
    }
    if (pipedrive) {
        plan.format = QStringLiteral("Pipedrive");
        plan.refPrefix = QStringLiteral("pipedrive");
    } else if (loose.contains(QStringLiteral("dealname"))
               && (loose.contains(QStringLiteral("recordid"))
                   || loose.contains(QStringLiteral("associatedcontact"))
                   || loose.contains(QStringLiteral("dealstage")))) {
        plan.format = QStringLiteral("HubSpot");
        plan.refPrefix = QStringLiteral("hubspot");
    } else if (loose.contains(QStringLiteral("opportunityname"))
               || (loose.contains(QStringLiteral("accountname"))
                   && loose.contains(QStringLiteral("stage")))) {
        plan.format = QStringLiteral("Salesforce");
        plan.refPrefix = QStringLiteral("salesforce");
    } else if (loose.contains(QStringLiteral("title"))
               && loose.contains(QStringLiteral("organization"))
               && loose.contains(QStringLiteral("contact"))) {
        plan.format = QStringLiteral("NineTouch");
    } else {
        plan.format = QStringLiteral("CSV");
        plan.refPrefix = QStringLiteral("csv");
    }
    for (const QString &h : std::as_const(plan.headers)) {
        const QString l = looseName(h);
        ImportField f = knownHeaders().value(l, ImportField::Ignore);
        if (l == QLatin1String("id"))
            f = plan.format == QLatin1String("NineTouch") ? ImportField::Id
                                                          : ImportField::ExternalRef;
        plan.fields << f;
    }
    // One column per field: a second one guessed for the same field is left out.
    QSet<ImportField> taken;
    for (ImportField &f : plan.fields) {
        if (f == ImportField::Ignore)
            continue;
        if (taken.contains(f))
            f = ImportField::Ignore;
        taken.insert(f);
    }
    return plan;
}

Status DealImport::setContactDefaults(Plan &plan, const QString &language, const QString &tz)
{
    const QString lang = language.trimmed().toLower();
    if (!lang.isEmpty() && lang != QLatin1String("en") && lang != QLatin1String("de"))
        return inputError(
            Field::Language,
            tr("'%1' is not a language NineTouch writes; use en or de.").arg(language));
    QString zone = tz.trimmed();
    if (!zone.isEmpty()) {
        // A city or a country of one clock names its zone ("Wien", "Germany").
        if (const QString resolved = ZoneCatalog::resolve(zone); !resolved.isEmpty())
            zone = resolved;
        auto checked = checkTimeZone(Field::TimeZone, zone);
        if (!checked)
            return checked.error();
    }
    plan.language = lang;
    plan.tz = zone;
    return success();
}

Status DealImport::map(Plan &plan, const QString &spec)
{
    const qsizetype eq = spec.lastIndexOf(u'=');
    if (eq <= 0)
        return inputError(tr("'%1' is not a mapping; write COLUMN=FIELD, e.g. \"Deal - Owner "
                             "email=email\".")
                              .arg(spec));
    const QString column = spec.left(eq).trimmed();
    const auto field = fieldFromName(spec.mid(eq + 1));
    if (!field) {
        QStringList names;
        for (ImportField f : allFields())
            names << fieldName(f);
        return inputError(tr("'%1' is not a field; the fields are %2.")
                              .arg(spec.mid(eq + 1).trimmed(), names.join(QStringLiteral(", "))));
    }
    int index = -1;
    if (column.startsWith(u'#')) {
        bool ok = false;
        index = column.mid(1).toInt(&ok) - 1;
        if (!ok || index < 0 || index >= plan.headers.size())
            return inputError(
                tr("There is no column %1; the file has %2.").arg(column).arg(plan.headers.size()));
    } else {
        for (int i = 0; i < plan.headers.size(); ++i) {
            if (looseName(plan.headers.at(i)) == looseName(column))
                index = i;
        }
        if (index < 0)
            return inputError(tr("There is no column \"%1\"; the columns are %2.")
                                  .arg(column, plan.headers.join(QStringLiteral(", "))));
    }
    // The field moves to this column: another column that had it gives it up.
    if (*field != ImportField::Ignore) {
        for (ImportField &f : plan.fields) {
            if (f == *field)
                f = ImportField::Ignore;
        }
    }
    plan.fields[index] = *field;
    return success();
}

// -- prepare ---------------------------------------------------------------------------------

Result<DealImport::Outcome> DealImport::prepare(const Plan &plan, Pipeline &pipeline)
{
    Outcome out;
    const auto columnOf = [&plan](ImportField f) {
        return int(plan.fields.indexOf(f));
    };
    const auto has = [&](ImportField f) {
        return columnOf(f) >= 0;
    };
    if (!has(ImportField::Title))
        return inputError(tr("No column holds the deals' titles; map one, e.g. "
                             "\"Deal name=title\"."));
    if (!has(ImportField::Email) && !has(ImportField::Contact))
        return inputError(tr("No column holds the contacts' email addresses; map one, e.g. "
                             "\"Person email=email\"."));

    auto existing = pipeline.deals().list();
    if (!existing)
        return existing.error();
    auto stages = pipeline.stages();
    if (!stages)
        return stages.error();
    if (stages->isEmpty())
        return refusal(tr("There are no stages: add one first."));
    QHash<qint64, const Deal *> byId;
    QHash<QString, const Deal *> byRef;
    QHash<QString, const Deal *> byTitleEmail;
    const auto titleEmail = [](const QString &title, const QString &email) -> QString {
        return title.simplified().toCaseFolded() + QLatin1Char('\n')
            + email.trimmed().toCaseFolded();
    };
    // A file whose column names are German (German Excel, a German CRM): its people read German.
    static const QStringList germanHeaders { QStringLiteral("titel"),   QStringLiteral("firma"),
                                             QStringLiteral("kontakt"), QStringLiteral("währung"),
                                             QStringLiteral("wert"),    QStringLiteral("phase"),
                                             QStringLiteral("sprache"), QStringLiteral("notizen") };
    int germanNames = 0;
    for (const QString &h : plan.headers)
        germanNames += germanHeaders.contains(h.trimmed().toLower());
    const bool germanFile = germanNames >= 2;
    // One contact per email address: the first details met are kept, later ones are said.
    QHash<QString, Contact> contactByEmail;
    QHash<QString, Contact> firstInFile; // email -> the contact as the file first gave it
    QStringList merged;
    for (const Deal &d : std::as_const(*existing)) {
        contactByEmail.insert(d.contact.email.trimmed().toCaseFolded(), d.contact);
        byId.insert(d.id, &d);
        if (!d.externalRef.isEmpty())
            byRef.insert(d.externalRef, &d);
        byTitleEmail.insert(titleEmail(d.title, d.contact.email), &d);
    }
    QHash<QString, QString> stageByLoose; // loose name -> the rep's spelling
    for (const Stage &s : std::as_const(*stages))
        stageByLoose.insert(s.name.trimmed().toCaseFolded(), s.name);

    const QChar decimal = has(ImportField::Value)
        ? decimalMarkOf(plan.rows, columnOf(ImportField::Value), plan.separator)
        : u'.';
    const DateOrder dateOrder = has(ImportField::Created)
        ? dateOrderOf(plan.rows, columnOf(ImportField::Created))
        : DateOrder::MonthFirst;
    const QTimeZone zone = pipeline.settings().zone();
    const QDateTime now = QDateTime::currentDateTimeUtc();

    QStringList problems;
    QHash<QString, int> seenInFile; // key -> line
    int organizationsFromEmail = 0;
    Placed placed;
    const Settings &settings = pipeline.settings();
    for (int r = 0; r < plan.rows.size() && problems.size() < 20; ++r) {
        const QStringList &row = plan.rows.at(r);
        const int line = plan.lines.value(r);
        const auto get = [&](ImportField f) {
            return has(f) ? cell(row, columnOf(f)) : QString();
        };
        const auto problem = [&](ImportField f, const QString &message) {
            problems << tr("Row %1, column \"%2\": %3")
                            .arg(line)
                            .arg(plan.headers.value(columnOf(f)), message);
        };
        RowOutcome outcome;
        outcome.line = line;
        outcome.title = get(ImportField::Title);
        const auto skip = [&](const QString &why, qint64 dealId = 0) {
            outcome.action = RowOutcome::Action::Skip;
            outcome.reason = why;
            outcome.dealId = dealId;
            out.rows << outcome;
            ++out.skipped;
        };

        // The row as a deal.
        Deal d;
        d.currency = settings.currency;
        d.title = get(ImportField::Title);
        d.topic = get(ImportField::Topic);
        d.organization = get(ImportField::Organization);
        auto [name, email] = nameAndEmail(get(ImportField::Contact));
        d.contact.name = name;
        d.contact.email = get(ImportField::Email).isEmpty() ? email : get(ImportField::Email);
        d.contact.firstName = get(ImportField::FirstName);
        if (d.contact.name.isEmpty())
            d.contact.name = QStringList { get(ImportField::FirstName), get(ImportField::LastName) }
                                 .join(u' ')
                                 .simplified();
        d.contact.phone = get(ImportField::Phone);
        d.contact.mobile = get(ImportField::Mobile);
        d.contact.reception = get(ImportField::Reception);
        d.contact.salutation = get(ImportField::Salutation).simplified();
        if (const QString form = get(ImportField::Address).toLower(); !form.isEmpty()) {
            const auto address = addressFormFromString(form);
            if (!address) {
                problem(ImportField::Address,
                        tr("'%1' is not a way to address a contact; use usual, formal, "
                           "first-name or du.")
                            .arg(get(ImportField::Address)));
                continue;
            }
            d.contact.address = *address;
        }
        d.contact.tz = get(ImportField::TimeZone);
        d.contact.language = get(ImportField::Language).toLower();
        // A country as a code or by its name ("Germany", "Österreich").
        d.contact.region = get(ImportField::Region);
        if (const QString code = ZoneCatalog::countryCode(d.contact.region); !code.isEmpty())
            d.contact.region = code;
        else
            d.contact.region = d.contact.region.toUpper();
        d.valueSummary = get(ImportField::ValueSummary);
        // A CRM's reason may run over lines; the deal's is one line.
        d.lostReason = get(ImportField::LostReason).simplified();
        QString ref = get(ImportField::ExternalRef);
        if (!ref.isEmpty() && !plan.refPrefix.isEmpty())
            ref = plan.refPrefix + QLatin1Char(':') + ref;
        d.externalRef = ref;

        if (d.title.isEmpty()) {
            skip(tr("no title"));
            continue;
        }
        if (d.contact.email.isEmpty()) {
            skip(tr("no email address for the contact"));
            continue;
        }
        if (d.contact.name.isEmpty()) {
            skip(tr("no contact person"));
            continue;
        }
        if (!get(ImportField::Value).isEmpty()) {
            const auto amount = parseAmount(get(ImportField::Value), decimal);
            if (!amount) {
                problem(ImportField::Value,
                        tr("'%1' is not an amount (read with '%2' as the decimal mark).")
                            .arg(get(ImportField::Value))
                            .arg(decimal));
                continue;
            }
            d.valueCents = amount->cents;
            if (!amount->currency.isEmpty())
                d.currency = amount->currency;
        }
        if (!get(ImportField::Currency).isEmpty())
            d.currency = get(ImportField::Currency).toUpper();
        std::optional<DealStatus> status;
        if (!get(ImportField::Status).isEmpty()) {
            status = statusWord(get(ImportField::Status));
            if (looseName(get(ImportField::Status)) == QLatin1String("deleted")) {
                skip(tr("deleted in the CRM"));
                continue;
            }
            if (!status) {
                problem(ImportField::Status,
                        tr("'%1' is not a status; open, won and lost (or Closed Won, Closed "
                           "Lost) are.")
                            .arg(get(ImportField::Status)));
                continue;
            }
        }
        QString stage = stageName(get(ImportField::Stage));
        if (const auto closed = statusWord(stage); closed && *closed != DealStatus::Open) {
            status = status.value_or(*closed); // "Closed Won" is a status, not a stage
            stage.clear();
        }
        d.status = status.value_or(DealStatus::Open);
        if (!get(ImportField::Cost).isEmpty()) {
            const auto cost = costFromString(get(ImportField::Cost).toLower());
            if (!cost) {
                problem(ImportField::Cost,
                        tr("'%1' is not low or high.").arg(get(ImportField::Cost)));
                continue;
            }
            d.cost = *cost;
        }
        if (!get(ImportField::MaterialDelivered).isEmpty()) {
            const QString m = get(ImportField::MaterialDelivered).toLower();
            if (m != QLatin1String("yes") && m != QLatin1String("no")) {
                problem(ImportField::MaterialDelivered,
                        tr("'%1' is not yes or no.").arg(get(ImportField::MaterialDelivered)));
                continue;
            }
            d.materialDelivered = m == QLatin1String("yes");
        }
        if (!get(ImportField::Created).isEmpty()) {
            const auto created = parseDate(get(ImportField::Created), dateOrder, zone);
            if (!created || created->date().year() < 1970 || *created > now) {
                problem(ImportField::Created,
                        tr("'%1' is not a date in the past (like 2026-04-30, 4/30/2026 or "
                           "30.04.2026).")
                            .arg(get(ImportField::Created)));
                continue;
            }
            d.createdAt = *created;
        }
        if (d.organization.isEmpty()) {
            d.organization = d.contact.email.section(u'@', 1);
            ++organizationsFromEmail;
        }
        const Placement placement = placeContact(d.contact, plan, germanFile);

        // One contact per email address in the file too: the first row that names it decides
        // its details, so deals that share a contact never rewrite it in turn on a re-import.
        {
            const QString emailKey = d.contact.email.trimmed().toCaseFolded();
            if (auto first = firstInFile.constFind(emailKey); first != firstInFile.cend()) {
                if (first->name.simplified().compare(d.contact.name.simplified(),
                                                     Qt::CaseInsensitive)
                    != 0)
                    merged << tr("row %1: %2 kept for %3").arg(line).arg(first->name, first->email);
                const QString email = d.contact.email;
                d.contact = *first;
                d.contact.email = email;
            } else if (!emailKey.isEmpty()) {
                firstInFile.insert(emailKey, d.contact);
            }
        }

        // Which deal it is, if it is one already.
        const Deal *match = nullptr;
        QString matchedBy;
        bool idOk = false;
        const qint64 id = get(ImportField::Id).toLongLong(&idOk);
        if (idOk && byId.contains(id)) {
            // An id alone could be another database's: the same title or contact confirms it.
            const Deal *candidate = byId.value(id);
            if (candidate->title.compare(d.title, Qt::CaseInsensitive) == 0
                || candidate->contact.email.compare(d.contact.email, Qt::CaseInsensitive) == 0) {
                match = candidate;
                matchedBy = tr("its id");
            }
        }
        if (!match && !ref.isEmpty() && byRef.contains(ref)) {
            match = byRef.value(ref);
            matchedBy = tr("its CRM id");
        }
        if (!match && byTitleEmail.contains(titleEmail(d.title, d.contact.email))) {
            match = byTitleEmail.value(titleEmail(d.title, d.contact.email));
            matchedBy = tr("its title and contact email");
        }
        // The same deal twice in the file: the first row counts.
        const QString key = match ? QStringLiteral("#%1").arg(match->id)
            : !ref.isEmpty()      ? ref
                                  : titleEmail(d.title, d.contact.email);
        if (seenInFile.contains(key)) {
            skip(tr("the same deal as row %1").arg(seenInFile.value(key)), match ? match->id : 0);
            continue;
        }
        seenInFile.insert(key, line);

        // Its stage: the rep's, or a new one created in the order met.
        const auto stageFor = [&](Deal &target, const Deal *current) {
            if (stage.isEmpty()) {
                if (current)
                    return; // keeps its stage
                target.stageId =
                    d.status == DealStatus::Open ? stages->constFirst().id : stages->constLast().id;
                return;
            }
            QString known = stageByLoose.value(stage.toCaseFolded());
            if (known.isEmpty())
                known = similarStage(stage, *stages);
            if (!known.isEmpty()) {
                for (const Stage &s : std::as_const(*stages)) {
                    if (s.name == known)
                        target.stageId = s.id;
                }
                target.stage = known;
                return;
            }
            if (!out.newStages.contains(stage, Qt::CaseInsensitive))
                out.newStages << stage;
            target.stageId = 0;
            target.stage = stage;
        };

        if (!match) {
            stageFor(d, nullptr);
            Deal check = d;
            if (check.stageId == 0)
                check.stageId = stages->constFirst().id;
            if (Status s = pipeline.validate(check); !s) {
                problems << tr("Row %1: %2").arg(line).arg(s.error().message);
                continue;
            }
            outcome.action = RowOutcome::Action::Create;
            const QString emailKey = d.contact.email.trimmed().toCaseFolded();
            if (auto known = contactByEmail.constFind(emailKey); known != contactByEmail.cend()) {
                const bool otherName = known->name.simplified().compare(d.contact.name.simplified(),
                                                                        Qt::CaseInsensitive)
                    != 0;
                const bool otherPhone = !d.contact.phone.isEmpty()
                    && known->phone.simplified() != d.contact.phone.simplified();
                if (otherName || otherPhone)
                    merged
                        << tr("row %1: %2 kept for %3").arg(line).arg(known->name, d.contact.email);
            } else {
                contactByEmail.insert(emailKey, d.contact);
                placed.add(placement);
            }
            out.rows << outcome;
            out.batch.creates << d;
            // Where the deal came from, and the CRM's notes, on its timeline.
            QString origin = plan.format == QLatin1String("CSV")
                ? tr("Imported from a CSV file.")
                : tr("Imported from a %1 export.").arg(plan.format);
            if (!d.externalRef.isEmpty())
                origin +=
                    QLatin1Char(' ') + tr("Its id there: %1.").arg(get(ImportField::ExternalRef));
            if (!get(ImportField::Note).isEmpty())
                origin += QStringLiteral("\n") + get(ImportField::Note);
            out.batch.createNotes << origin;
            ++out.created;
            continue;
        }

        // An update: the columns the file has, over the deal as it is.
        Deal wanted = *match;
        const auto take = [&](ImportField f, auto apply) {
            if (has(f) && !get(f).isEmpty())
                apply();
        };
        take(ImportField::Title, [&] { wanted.title = d.title; });
        take(ImportField::Topic, [&] { wanted.topic = d.topic; });
        take(ImportField::Organization, [&] { wanted.organization = d.organization; });
        take(ImportField::Contact, [&] { wanted.contact.name = d.contact.name; });
        take(ImportField::FirstName, [&] { wanted.contact.firstName = d.contact.firstName; });
        take(ImportField::Salutation, [&] { wanted.contact.salutation = d.contact.salutation; });
        take(ImportField::Address, [&] { wanted.contact.address = d.contact.address; });
        // An address in another letter case is the same address: kept as it is.
        take(ImportField::Email, [&] {
            if (wanted.contact.email.compare(d.contact.email, Qt::CaseInsensitive) != 0)
                wanted.contact.email = d.contact.email;
        });
        take(ImportField::Phone, [&] { wanted.contact.phone = d.contact.phone; });
        take(ImportField::Mobile, [&] { wanted.contact.mobile = d.contact.mobile; });
        take(ImportField::Reception, [&] { wanted.contact.reception = d.contact.reception; });
        take(ImportField::TimeZone, [&] { wanted.contact.tz = d.contact.tz; });
        take(ImportField::Language, [&] { wanted.contact.language = d.contact.language; });
        take(ImportField::Region, [&] { wanted.contact.region = d.contact.region; });
        take(ImportField::Value, [&] { wanted.valueCents = d.valueCents; });
        if ((has(ImportField::Currency) && !get(ImportField::Currency).isEmpty())
            || (has(ImportField::Value) && d.currency != settings.currency))
            wanted.currency = d.currency;
        take(ImportField::LostReason, [&] { wanted.lostReason = d.lostReason; });
        take(ImportField::ValueSummary, [&] { wanted.valueSummary = d.valueSummary; });
        take(ImportField::Cost, [&] { wanted.cost = d.cost; });
        take(ImportField::MaterialDelivered,
             [&] { wanted.materialDelivered = d.materialDelivered; });
        if (!ref.isEmpty() && wanted.externalRef.isEmpty())
            wanted.externalRef = ref;
        stageFor(wanted, match);
        QStringList changed;
        const QList<Field> fields = changedFields(*match, wanted);
        for (Field f : fields) {
            switch (f) {
            case Field::Title:
                changed << fieldName(ImportField::Title);
                break;
            case Field::Topic:
                changed << fieldName(ImportField::Topic);
                break;
            case Field::Organization:
                changed << fieldName(ImportField::Organization);
                break;
            case Field::ContactName:
                changed << fieldName(ImportField::Contact);
                break;
            case Field::FirstName:
                changed << fieldName(ImportField::FirstName);
                break;
            case Field::Email:
                changed << fieldName(ImportField::Email);
                break;
            case Field::Phone:
                changed << fieldName(ImportField::Phone);
                break;
            case Field::Mobile:
                changed << fieldName(ImportField::Mobile);
                break;
            case Field::Reception:
                changed << fieldName(ImportField::Reception);
                break;
            case Field::TimeZone:
                changed << fieldName(ImportField::TimeZone);
                break;
            case Field::Language:
                changed << fieldName(ImportField::Language);
                break;
            case Field::Region:
                changed << fieldName(ImportField::Region);
                break;
            case Field::Salutation:
                changed << fieldName(ImportField::Salutation);
                break;
            case Field::Address:
                changed << fieldName(ImportField::Address);
                break;
            case Field::Value:
                changed << fieldName(ImportField::Value);
                break;
            case Field::Currency:
                changed << fieldName(ImportField::Currency);
                break;
            case Field::Stage:
                changed << fieldName(ImportField::Stage);
                break;
            case Field::LostReason:
                changed << fieldName(ImportField::LostReason);
                break;
            case Field::ValueSummary:
                changed << fieldName(ImportField::ValueSummary);
                break;
            case Field::Cost:
                changed << fieldName(ImportField::Cost);
                break;
            case Field::MaterialDelivered:
                changed << fieldName(ImportField::MaterialDelivered);
                break;
            default:
                changed << QStringLiteral("?");
                break;
            }
        }
        if (wanted.stageId == 0 && match->stage.compare(wanted.stage, Qt::CaseInsensitive) != 0
            && !changed.contains(fieldName(ImportField::Stage)))
            changed << fieldName(ImportField::Stage);
        if (wanted.externalRef != match->externalRef)
            changed << fieldName(ImportField::ExternalRef);
        QString statusNote;
        if (status && *status != match->status)
            statusNote = tr("its status stays %1 (the file says %2): change it in the app")
                             .arg(toString(match->status), toString(*status));
        if (changed.isEmpty()) {
            skip(statusNote.isEmpty()
                     ? tr("already here, unchanged (found by %1)").arg(matchedBy)
                     : tr("already here (found by %1); %2").arg(matchedBy, statusNote),
                 match->id);
            continue;
        }
        Deal check = wanted;
        if (check.stageId == 0)
            check.stageId = stages->constFirst().id;
        if (Status s = pipeline.validate(check); !s) {
            problems << tr("Row %1: %2").arg(line).arg(s.error().message);
            continue;
        }
        outcome.action = RowOutcome::Action::Update;
        outcome.dealId = match->id;
        outcome.reason =
            tr("found by %1; changed: %2").arg(matchedBy, changed.join(QStringLiteral(", ")));
        if (!statusNote.isEmpty())
            outcome.reason += QStringLiteral("; ") + statusNote;
        out.rows << outcome;
        out.batch.updates << std::pair { *match, wanted };
        ++out.updated;
    }
    if (!problems.isEmpty())
        return inputError(tr("Nothing was imported:\n%1").arg(problems.join(u'\n')));
    out.batch.newStages = out.newStages;
    if (!out.newStages.isEmpty()) {
        out.batch.stageOrder = stageOrderWith(out.newStages, *stages);
        for (const QString &name : std::as_const(out.newStages)) {
            const qsizetype at = out.batch.stageOrder.indexOf(name);
            out.newStagesAfter << (at > 0 ? out.batch.stageOrder.at(at - 1) : QString());
        }
    }
    if (plan.encoding != QLatin1String("UTF-8") && plan.encoding != QLatin1String("UTF-16LE")
        && plan.encoding != QLatin1String("UTF-16BE"))
        out.notes << tr("Read as %1: the file is not UTF-8. Check the names with accents.")
                         .arg(plan.encoding);
    if (plan.footerRows > 0)
        out.notes << tr("%n line(s) at the end (a report footer) left out.", nullptr,
                        plan.footerRows);
    out.notes << placed.notes(plan, zone);
    if (!merged.isEmpty()) {
        const QStringList shown = merged.mid(0, 5);
        out.notes << tr("%n row(s) give other contact details for an email address that already "
                        "has a contact; one contact per address, its first details kept (%1).",
                        nullptr, int(merged.size()))
                         .arg(shown.join(QStringLiteral("; "))
                              + (merged.size() > shown.size() ? QStringLiteral("; …") : QString()));
    }
    if (organizationsFromEmail > 0)
        out.notes << tr("%n deal(s) without an organization: the domain of the contact's email "
                        "is used.",
                        nullptr, organizationsFromEmail);
    return out;
}

Result<DealImport::Outcome> DealImport::apply(const Plan &plan, Pipeline &pipeline,
                                              const QDateTime &now, const Progress &progress)
{
    auto out = prepare(plan, pipeline);
    if (!out)
        return out;
    auto counts = pipeline.applyImport(out->batch, now, progress);
    if (!counts)
        return counts.error();
    return out;
}

} // namespace NineTouch
