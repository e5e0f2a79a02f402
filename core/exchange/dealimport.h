// Deals brought in from a CSV file: NineTouch's own export, or the deal and opportunity exports
// of Pipedrive, HubSpot and Salesforce, recognised by their column names. Three steps, so that
// the app can show each one:
//
//   read()     the file's layout: separator, format, what each column is taken for (guessed
//              from its name, or mapped by the rep), the data rows without report footers;
//   prepare()  every row checked and matched against the database: created, updated or
//              skipped, and why; nothing is written, and one bad row refuses the whole file;
//   apply()    the prepared changes in one transaction, with progress and cancel.
//
// A deal already in the database is never added twice: rows are matched by NineTouch's id, by
// the CRM's id (kept on the deal as its external reference), or by title and contact email.
#pragma once

#include "pipeline.h"
#include "textfile.h"

#include <functional>

namespace NineTouch {

// What a column of an imported file fills.
enum class ImportField {
    Ignore,
    Id, // NineTouch's own deal id
    ExternalRef, // the CRM's id for the deal
    Title,
    Topic,
    Organization,
    Contact, // "Jana Müller", or "Jana Müller (jana@acme.example)"
    FirstName,
    LastName,
    Salutation, // "Frau", "Herr", "Ms": the title of a formal greeting
    Address, // usual, formal, first-name or du
    Email,
    Phone,
    Mobile,
    Reception,
    TimeZone,
    Language,
    Region,
    Value,
    Currency,
    Stage,
    Status,
    LostReason,
    ValueSummary,
    Cost,
    MaterialDelivered,
    Created,
    Note, // notes kept on the deal's timeline
};

class DealImport final
{
    Q_DECLARE_TR_FUNCTIONS(DealImport)

public:
    static constexpr int maxColumns = 300;

    // Where a file comes from, by the names of its columns.
    enum class Format { Csv, NineTouch, Pipedrive, HubSpot, Salesforce };
    // The product's name ("Pipedrive"), as the summary and `import --json` say it; "CSV".
    static QString formatName(Format format);

    // The file as read, and what each column is taken for.
    struct Plan
    {
        Format format = Format::Csv;
        QString encoding; // as TextFile decoded it
        QChar separator;
        QStringList headers; // as the file writes them
        QList<ImportField> fields; // one per column
        QList<QStringList> rows; // the data rows, report footers left out
        QList<int> lines; // each row's line in the file
        int footerRows = 0;
        QString refPrefix; // "pipedrive", "hubspot", "salesforce" for the external reference
        // What a new contact gets where the file says nothing of it (no language or zone, and
        // no country, in its column or by its phone number), chosen by the rep for the file;
        // empty: German for a file with German column names, else English; the rep's zone.
        QString language; // "en" or "de"
        QString tz; // an IANA zone id

        // Columns read into nothing, by header (empty headers as "column N").
        QStringList unusedColumns() const;
    };

    struct RowOutcome
    {
        enum class Action { Create, Update, Skip };
        Action action = Action::Create;
        int line = 0;
        QString title;
        qint64 dealId = 0; // the deal updated or skipped
        QString reason; // why updated (what changed) or skipped
    };

    // What applying a plan does: row by row, and in total.
    struct Outcome
    {
        QList<RowOutcome> rows;
        QStringList newStages; // created in this order
        // Where each of newStages goes: the stage it follows ("" for the first place), placed
        // by the CRM's own order where the file comes from one whose stages are known.
        QStringList newStagesAfter;
        int created = 0;
        int updated = 0;
        int skipped = 0;
        QStringList notes; // about the file as a whole ("Read as Windows-1252 …")
        ImportBatch batch; // what apply() writes
    };

    // separator: detected when null.
    static Result<Plan> read(const TextFile::Text &file, QChar separator = {});
    // "COLUMN=FIELD": COLUMN is a header (compared loosely) or #N, the column's number from 1;
    // FIELD a name from fieldNames(), or "ignore".
    static Status map(Plan &plan, const QString &spec);
    // now: the moment the import happens (a creation date after it is refused).
    static Result<Outcome> prepare(const Plan &plan, Pipeline &pipeline, const QDateTime &now);
    // prepare() and the writes, in one transaction; progress (rows done, rows in all) may
    // cancel by returning false, and then nothing is written.
    using Progress = std::function<bool(int done, int total)>;
    static Result<Outcome> apply(const Plan &plan, Pipeline &pipeline, const QDateTime &now,
                                 const Progress &progress = {});

    // The rep's choices for the file's contacts (Plan::language, Plan::tz), checked.
    static Status setContactDefaults(Plan &plan, const QString &language, const QString &tz);

    static QString fieldName(ImportField field); // "email"
    static std::optional<ImportField> fieldFromName(const QString &name);
    static QString fieldLabel(ImportField field); // "Contact's email", for the app
    static QList<ImportField> allFields();
    // Header text as compared: lower case, letters and digits only.
    static QString looseName(const QString &header);
};

} // namespace NineTouch
