// DealImport's first steps: the columns a file has and what each is taken for, the file read
// into a Plan, the rep's mapping and choices for it. The rows are prepared in dealimport.cpp.
#include "dealimport.h"

#include "csv.h"
#include "validation.h"
#include "zonecatalog.h"

#include <QRegularExpression>

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

QString DealImport::formatName(Format format)
{
    switch (format) {
    case Format::NineTouch:
        return QStringLiteral("NineTouch");
    case Format::Pipedrive:
        return QStringLiteral("Pipedrive");
    case Format::HubSpot:
        return QStringLiteral("HubSpot");
    case Format::Salesforce:
        return QStringLiteral("Salesforce");
    case Format::Csv:
        break;
    }
    return QStringLiteral("CSV");
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
        plan.format = Format::Pipedrive;
        plan.refPrefix = QStringLiteral("pipedrive");
    } else if (loose.contains(QStringLiteral("dealname"))
               && (loose.contains(QStringLiteral("recordid"))
                   || loose.contains(QStringLiteral("associatedcontact"))
                   || loose.contains(QStringLiteral("dealstage")))) {
        plan.format = Format::HubSpot;
        plan.refPrefix = QStringLiteral("hubspot");
    } else if (loose.contains(QStringLiteral("opportunityname"))
               || (loose.contains(QStringLiteral("accountname"))
                   && loose.contains(QStringLiteral("stage")))) {
        plan.format = Format::Salesforce;
        plan.refPrefix = QStringLiteral("salesforce");
    } else if (loose.contains(QStringLiteral("title"))
               && loose.contains(QStringLiteral("organization"))
               && loose.contains(QStringLiteral("contact"))) {
        plan.format = Format::NineTouch;
    } else {
        plan.format = Format::Csv;
        plan.refPrefix = QStringLiteral("csv");
    }
    for (const QString &h : std::as_const(plan.headers)) {
        const QString l = looseName(h);
        ImportField f = knownHeaders().value(l, ImportField::Ignore);
        if (l == QLatin1String("id"))
            f = plan.format == Format::NineTouch ? ImportField::Id : ImportField::ExternalRef;
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

} // namespace NineTouch
