// DealImport::prepare and apply: every row checked and matched against the database, then the
// changes in one write. The file's layout and mapping are importcolumns.cpp; what a cell says
// is importvalues.cpp; where a contact or a new stage goes is importplaces.cpp.
#include "dealimport.h"

#include "dealfields.h"
#include "importplaces.h"
#include "importvalues.h"
#include "names.h"
#include "validation.h"
#include "zonecatalog.h"

namespace NineTouch {

using namespace ImportValues;
using namespace ImportPlaces;

namespace {

// One prepare(): the plan's rows against the database as it is, step by step. Each row is read
// into a deal, its values parsed, its contact shared, matched to a deal already here, and
// either created or merged into that deal; the outcome then says what was assumed.
class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(DealImport)

public:
    using Plan = DealImport::Plan;
    using Outcome = DealImport::Outcome;
    using RowOutcome = DealImport::RowOutcome;

    ImportRun(const Plan &plan, Pipeline &pipeline, const QDateTime &now)
        : m_plan(plan)
        , m_pipeline(pipeline)
        , m_now(now)
    {
    }

    Result<Outcome> run()
    {
        if (Status s = load(); !s)
            return s.error();
        for (int r = 0; r < m_plan.rows.size() && m_problems.size() < 20; ++r)
            prepareRow(r);
        if (!m_problems.isEmpty())
            return inputError(tr("Nothing was imported:\n%1").arg(m_problems.join(u'\n')));
        placeNewStages();
        addNotes();
        return m_out;
    }

private:
    // What a row is while it is prepared.
    struct Row
    {
        const QStringList *cells = nullptr;
        int line = 0;
        RowOutcome outcome;
        Deal deal;
        QString ref; // the CRM's id, with its prefix
        QString stage; // as the file names it; empty: none
        std::optional<DealStatus> status; // as the file says it
        Placement placement;
    };
    struct Match
    {
        const Deal *deal = nullptr;
        QString by; // "its id", "its CRM id", "its title and contact email"
    };

    int columnOf(ImportField f) const { return int(m_plan.fields.indexOf(f)); }
    bool has(ImportField f) const { return columnOf(f) >= 0; }
    QString get(const Row &row, ImportField f) const
    {
        return has(f) ? cell(*row.cells, columnOf(f)) : QString();
    }
    bool given(const Row &row, ImportField f) const { return !get(row, f).isEmpty(); }
    static QString titleEmail(const QString &title, const QString &email)
    {
        return title.simplified().toCaseFolded() + QLatin1Char('\n')
            + email.trimmed().toCaseFolded();
    }
    void problem(const Row &row, ImportField f, const QString &message)
    {
        m_problems << tr("Row %1, column \"%2\": %3")
                          .arg(row.line)
                          .arg(m_plan.headers.value(columnOf(f)), message);
    }
    void skip(Row &row, const QString &why, qint64 dealId = 0)
    {
        row.outcome.action = RowOutcome::Action::Skip;
        row.outcome.reason = why;
        row.outcome.dealId = dealId;
        m_out.rows << row.outcome;
        ++m_out.skipped;
    }

    Status load();
    void prepareRow(int r);
    bool readText(Row &row);
    bool readValues(Row &row);
    bool readStatusAndStage(Row &row);
    void shareContact(Row &row);
    Match match(const Row &row) const;
    void placeStage(Deal &target, const Deal *current, const Row &row);
    void create(Row &row);
    void update(Row &row, const Match &m);
    Deal merged(const Deal &current, const Row &row) const;
    QStringList changedColumns(const Deal &before, const Deal &after) const;
    void placeNewStages();
    void addNotes();

    const Plan &m_plan;
    Pipeline &m_pipeline;
    const QDateTime m_now;
    Outcome m_out;
    QList<Deal> m_existing;
    QList<Stage> m_stages;
    QHash<qint64, const Deal *> m_byId;
    QHash<QString, const Deal *> m_byRef;
    QHash<QString, const Deal *> m_byTitleEmail;
    QHash<QString, QString> m_stageByLoose; // loose name -> the rep's spelling
    QHash<QString, Contact> m_contactByEmail; // in the database, then as created
    QHash<QString, Contact> m_firstInFile; // email -> the contact as the file first gave it
    QHash<QString, int> m_seenInFile; // a deal's key -> its line
    QStringList m_merged; // "row 3: Jana Roe kept for jana@acme.example"
    QStringList m_problems;
    bool m_germanFile = false;
    QChar m_decimal = u'.';
    DateOrder m_dateOrder = DateOrder::MonthFirst;
    int m_organizationsFromEmail = 0;
    Placed m_placed;
};

// The database as it is, and what the whole file says: its decimal mark, its date order,
// whether its column names are German.
Status ImportRun::load()
{
    if (!has(ImportField::Title))
        return inputError(tr("No column holds the deals' titles; map one, e.g. "
                             "\"Deal name=title\"."));
    if (!has(ImportField::Email) && !has(ImportField::Contact))
        return inputError(tr("No column holds the contacts' email addresses; map one, e.g. "
                             "\"Person email=email\"."));
    auto existing = m_pipeline.deals().list();
    if (!existing)
        return existing.error();
    auto stages = m_pipeline.stages();
    if (!stages)
        return stages.error();
    if (stages->isEmpty())
        return refusal(tr("There are no stages: add one first."));
    m_existing = std::move(*existing);
    m_stages = std::move(*stages);
    for (const Deal &d : std::as_const(m_existing)) {
        m_contactByEmail.insert(d.contact.email.trimmed().toCaseFolded(), d.contact);
        m_byId.insert(d.id, &d);
        if (!d.externalRef.isEmpty())
            m_byRef.insert(d.externalRef, &d);
        m_byTitleEmail.insert(titleEmail(d.title, d.contact.email), &d);
    }
    for (const Stage &s : std::as_const(m_stages))
        m_stageByLoose.insert(s.name.trimmed().toCaseFolded(), s.name);
    // A file whose column names are German (German Excel, a German CRM): its people read German.
    static const QStringList germanHeaders { QStringLiteral("titel"),   QStringLiteral("firma"),
                                             QStringLiteral("kontakt"), QStringLiteral("währung"),
                                             QStringLiteral("wert"),    QStringLiteral("phase"),
                                             QStringLiteral("sprache"), QStringLiteral("notizen") };
    int germanNames = 0;
    for (const QString &h : m_plan.headers)
        germanNames += germanHeaders.contains(h.trimmed().toLower());
    m_germanFile = germanNames >= 2;
    if (has(ImportField::Value))
        m_decimal = decimalMarkOf(m_plan.rows, columnOf(ImportField::Value), m_plan.separator);
    if (has(ImportField::Created))
        m_dateOrder = dateOrderOf(m_plan.rows, columnOf(ImportField::Created));
    return success();
}

// One row: read, checked, matched, then a create, an update or a skip with its reason.
void ImportRun::prepareRow(int r)
{
    Row row;
    row.cells = &m_plan.rows.at(r);
    row.line = m_plan.lines.value(r);
    row.outcome.line = row.line;
    row.outcome.title = get(row, ImportField::Title);
    row.deal.currency = m_pipeline.settings().currency;
    if (!readText(row) || !readValues(row))
        return;
    if (row.deal.organization.isEmpty()) {
        row.deal.organization = row.deal.contact.email.section(u'@', 1);
        ++m_organizationsFromEmail;
    }
    row.placement = placeContact(row.deal.contact, m_plan, m_germanFile);
    shareContact(row);
    const Match m = match(row);
    // The same deal twice in the file: the first row counts.
    const QString key = m.deal ? QStringLiteral("#%1").arg(m.deal->id)
        : !row.ref.isEmpty()   ? row.ref
                               : titleEmail(row.deal.title, row.deal.contact.email);
    if (m_seenInFile.contains(key)) {
        skip(row, tr("the same deal as row %1").arg(m_seenInFile.value(key)),
             m.deal ? m.deal->id : 0);
        return;
    }
    m_seenInFile.insert(key, row.line);
    if (m.deal)
        update(row, m);
    else
        create(row);
}

// The row's words as a deal: title, organization, the contact and how to address them; false
// when the row is skipped or refused.
bool ImportRun::readText(Row &row)
{
    Deal &d = row.deal;
    d.title = get(row, ImportField::Title);
    d.topic = get(row, ImportField::Topic);
    d.organization = get(row, ImportField::Organization);
    const auto [name, email] = nameAndEmail(get(row, ImportField::Contact));
    d.contact.name = name;
    d.contact.email = given(row, ImportField::Email) ? get(row, ImportField::Email) : email;
    d.contact.firstName = get(row, ImportField::FirstName);
    if (d.contact.name.isEmpty())
        d.contact.name =
            QStringList { get(row, ImportField::FirstName), get(row, ImportField::LastName) }
                .join(u' ')
                .simplified();
    d.contact.phone = get(row, ImportField::Phone);
    d.contact.mobile = get(row, ImportField::Mobile);
    d.contact.reception = get(row, ImportField::Reception);
    d.contact.salutation = get(row, ImportField::Salutation).simplified();
    if (const QString form = get(row, ImportField::Address).toLower(); !form.isEmpty()) {
        const auto address = addressFormFromString(form);
        if (!address) {
            problem(row, ImportField::Address,
                    tr("'%1' is not a way to address a contact; use usual, formal, first-name "
                       "or du.")
                        .arg(get(row, ImportField::Address)));
            return false;
        }
        d.contact.address = *address;
    }
    d.contact.tz = get(row, ImportField::TimeZone);
    d.contact.language = get(row, ImportField::Language).toLower();
    // A country as a code or by its name ("Germany", "Österreich").
    d.contact.region = get(row, ImportField::Region);
    const QString code = ZoneCatalog::countryCode(d.contact.region);
    d.contact.region = code.isEmpty() ? d.contact.region.toUpper() : code;
    d.valueSummary = get(row, ImportField::ValueSummary);
    // A CRM's reason may run over lines; the deal's is one line.
    d.lostReason = get(row, ImportField::LostReason).simplified();
    row.ref = get(row, ImportField::ExternalRef);
    if (!row.ref.isEmpty() && !m_plan.refPrefix.isEmpty())
        row.ref = m_plan.refPrefix + QLatin1Char(':') + row.ref;
    d.externalRef = row.ref;
    if (d.title.isEmpty())
        skip(row, tr("no title"));
    else if (d.contact.email.isEmpty())
        skip(row, tr("no email address for the contact"));
    else if (d.contact.name.isEmpty())
        skip(row, tr("no contact person"));
    else
        return true;
    return false;
}

// The row's values in the file's conventions: amount and currency, status and stage, cost,
// material, the day it was created; false when one is not what its column says.
bool ImportRun::readValues(Row &row)
{
    Deal &d = row.deal;
    if (given(row, ImportField::Value)) {
        const auto amount = parseAmount(get(row, ImportField::Value), m_decimal);
        if (!amount) {
            problem(row, ImportField::Value,
                    tr("'%1' is not an amount (read with '%2' as the decimal mark).")
                        .arg(get(row, ImportField::Value))
                        .arg(m_decimal));
            return false;
        }
        d.valueCents = amount->cents;
        if (!amount->currency.isEmpty())
            d.currency = amount->currency;
    }
    if (given(row, ImportField::Currency))
        d.currency = get(row, ImportField::Currency).toUpper();
    if (!readStatusAndStage(row))
        return false;
    if (given(row, ImportField::Cost)) {
        const auto cost = costFromString(get(row, ImportField::Cost).toLower());
        if (!cost) {
            problem(row, ImportField::Cost,
                    tr("'%1' is not low or high.").arg(get(row, ImportField::Cost)));
            return false;
        }
        d.cost = *cost;
    }
    if (given(row, ImportField::MaterialDelivered)) {
        const QString m = get(row, ImportField::MaterialDelivered).toLower();
        if (m != QLatin1String("yes") && m != QLatin1String("no")) {
            problem(row, ImportField::MaterialDelivered,
                    tr("'%1' is not yes or no.").arg(get(row, ImportField::MaterialDelivered)));
            return false;
        }
        d.materialDelivered = m == QLatin1String("yes");
    }
    if (given(row, ImportField::Created)) {
        const auto created =
            parseDate(get(row, ImportField::Created), m_dateOrder, m_pipeline.settings().zone());
        if (!created || created->date().year() < 1970 || *created > m_now) {
            problem(row, ImportField::Created,
                    tr("'%1' is not a date in the past (like 2026-04-30, 4/30/2026 or "
                       "30.04.2026).")
                        .arg(get(row, ImportField::Created)));
            return false;
        }
        d.createdAt = *created;
    }
    return true;
}

// The status (a word any CRM writes) and the stage ("Closed Won" is a status, not a stage); a
// row deleted in the CRM is skipped.
bool ImportRun::readStatusAndStage(Row &row)
{
    if (given(row, ImportField::Status)) {
        row.status = statusWord(get(row, ImportField::Status));
        if (DealImport::looseName(get(row, ImportField::Status)) == QLatin1String("deleted")) {
            skip(row, tr("deleted in the CRM"));
            return false;
        }
        if (!row.status) {
            problem(row, ImportField::Status,
                    tr("'%1' is not a status; open, won and lost (or Closed Won, Closed Lost) "
                       "are.")
                        .arg(get(row, ImportField::Status)));
            return false;
        }
    }
    row.stage = stageName(get(row, ImportField::Stage));
    if (const auto closed = statusWord(row.stage); closed && *closed != DealStatus::Open) {
        row.status = row.status.value_or(*closed);
        row.stage.clear();
    }
    row.deal.status = row.status.value_or(DealStatus::Open);
    return true;
}

// One contact per email address in the file too: the first row that names it decides its
// details, so deals that share a contact never rewrite it in turn on a re-import.
void ImportRun::shareContact(Row &row)
{
    Contact &c = row.deal.contact;
    const QString emailKey = c.email.trimmed().toCaseFolded();
    const auto first = m_firstInFile.constFind(emailKey);
    if (first == m_firstInFile.cend()) {
        if (!emailKey.isEmpty())
            m_firstInFile.insert(emailKey, c);
        return;
    }
    if (first->name.simplified().compare(c.name.simplified(), Qt::CaseInsensitive) != 0)
        m_merged << tr("row %1: %2 kept for %3").arg(row.line).arg(first->name, first->email);
    const QString email = c.email;
    c = *first;
    c.email = email;
}

// Which deal the row is, if it is one already: by NineTouch's id (confirmed by its title or
// contact, since an id alone could be another database's), the CRM's id, or title and email.
ImportRun::Match ImportRun::match(const Row &row) const
{
    const Deal &d = row.deal;
    bool idOk = false;
    const qint64 id = get(row, ImportField::Id).toLongLong(&idOk);
    if (idOk && m_byId.contains(id)) {
        const Deal *candidate = m_byId.value(id);
        if (candidate->title.compare(d.title, Qt::CaseInsensitive) == 0
            || candidate->contact.email.compare(d.contact.email, Qt::CaseInsensitive) == 0)
            return { candidate, tr("its id") };
    }
    if (!row.ref.isEmpty() && m_byRef.contains(row.ref))
        return { m_byRef.value(row.ref), tr("its CRM id") };
    if (const QString key = titleEmail(d.title, d.contact.email); m_byTitleEmail.contains(key))
        return { m_byTitleEmail.value(key), tr("its title and contact email") };
    return {};
}

// The deal's stage: the rep's the file's stage reads as, else a new one (placed once all rows
// are read); without a stage, a new deal goes first (open) or last (closed), and a deal here
// keeps its own.
void ImportRun::placeStage(Deal &target, const Deal *current, const Row &row)
{
    if (row.stage.isEmpty()) {
        if (!current)
            target.stageId = row.deal.status == DealStatus::Open ? m_stages.constFirst().id
                                                                 : m_stages.constLast().id;
        return;
    }
    QString known = m_stageByLoose.value(row.stage.toCaseFolded());
    if (known.isEmpty())
        known = similarStage(row.stage, m_stages);
    if (!known.isEmpty()) {
        for (const Stage &s : std::as_const(m_stages)) {
            if (s.name == known)
                target.stageId = s.id;
        }
        target.stage = known;
        return;
    }
    if (!m_out.newStages.contains(row.stage, Qt::CaseInsensitive))
        m_out.newStages << row.stage;
    target.stageId = 0;
    target.stage = row.stage;
}

// A new deal, its contact shared with one of the same address, a note saying where it came from.
void ImportRun::create(Row &row)
{
    Deal &d = row.deal;
    placeStage(d, nullptr, row);
    Deal check = d;
    if (check.stageId == 0)
        check.stageId = m_stages.constFirst().id;
    if (Status s = m_pipeline.validate(check); !s) {
        m_problems << tr("Row %1: %2").arg(row.line).arg(s.error().message);
        return;
    }
    row.outcome.action = RowOutcome::Action::Create;
    const QString emailKey = d.contact.email.trimmed().toCaseFolded();
    if (auto known = m_contactByEmail.constFind(emailKey); known != m_contactByEmail.cend()) {
        const bool otherName =
            known->name.simplified().compare(d.contact.name.simplified(), Qt::CaseInsensitive) != 0;
        const bool otherPhone =
            !d.contact.phone.isEmpty() && known->phone.simplified() != d.contact.phone.simplified();
        if (otherName || otherPhone)
            m_merged
                << tr("row %1: %2 kept for %3").arg(row.line).arg(known->name, d.contact.email);
    } else {
        m_contactByEmail.insert(emailKey, d.contact);
        m_placed.add(row.placement);
    }
    m_out.rows << row.outcome;
    m_out.batch.creates << d;
    // Where the deal came from, and the CRM's notes, on its timeline.
    QString origin = m_plan.format == DealImport::Format::Csv
        ? tr("Imported from a CSV file.")
        : tr("Imported from a %1 export.").arg(DealImport::formatName(m_plan.format));
    if (!d.externalRef.isEmpty())
        origin +=
            QLatin1Char(' ') + tr("Its id there: %1.").arg(get(row, ImportField::ExternalRef));
    if (given(row, ImportField::Note))
        origin += QStringLiteral("\n") + get(row, ImportField::Note);
    m_out.batch.createNotes << origin;
    ++m_out.created;
}

// The columns the file has, over the deal as it is; a cell left empty changes nothing.
Deal ImportRun::merged(const Deal &current, const Row &row) const
{
    const Deal &d = row.deal;
    Deal wanted = current;
    const auto take = [&](ImportField f, auto apply) {
        if (given(row, f))
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
    if (given(row, ImportField::Currency)
        || (has(ImportField::Value) && d.currency != m_pipeline.settings().currency))
        wanted.currency = d.currency;
    take(ImportField::LostReason, [&] { wanted.lostReason = d.lostReason; });
    take(ImportField::ValueSummary, [&] { wanted.valueSummary = d.valueSummary; });
    take(ImportField::Cost, [&] { wanted.cost = d.cost; });
    take(ImportField::MaterialDelivered, [&] { wanted.materialDelivered = d.materialDelivered; });
    if (!row.ref.isEmpty() && wanted.externalRef.isEmpty())
        wanted.externalRef = row.ref;
    return wanted;
}

// What an update changes, named as the import's columns ("email, stage").
QStringList ImportRun::changedColumns(const Deal &before, const Deal &after) const
{
    static const QHash<Field, ImportField> columns {
        { Field::Title, ImportField::Title },
        { Field::Topic, ImportField::Topic },
        { Field::Organization, ImportField::Organization },
        { Field::ContactName, ImportField::Contact },
        { Field::FirstName, ImportField::FirstName },
        { Field::Email, ImportField::Email },
        { Field::Phone, ImportField::Phone },
        { Field::Mobile, ImportField::Mobile },
        { Field::Reception, ImportField::Reception },
        { Field::TimeZone, ImportField::TimeZone },
        { Field::Language, ImportField::Language },
        { Field::Region, ImportField::Region },
        { Field::Salutation, ImportField::Salutation },
        { Field::Address, ImportField::Address },
        { Field::Value, ImportField::Value },
        { Field::Currency, ImportField::Currency },
        { Field::Stage, ImportField::Stage },
        { Field::LostReason, ImportField::LostReason },
        { Field::ValueSummary, ImportField::ValueSummary },
        { Field::Cost, ImportField::Cost },
        { Field::MaterialDelivered, ImportField::MaterialDelivered },
    };
    QStringList changed;
    for (Field f : changedFields(before, after))
        changed << (columns.contains(f) ? DealImport::fieldName(columns.value(f))
                                        : QStringLiteral("?"));
    const QString stage = DealImport::fieldName(ImportField::Stage);
    if (after.stageId == 0 && before.stage.compare(after.stage, Qt::CaseInsensitive) != 0
        && !changed.contains(stage))
        changed << stage;
    if (after.externalRef != before.externalRef)
        changed << DealImport::fieldName(ImportField::ExternalRef);
    return changed;
}

// A deal already here: the file's columns over it, or a skip when nothing differs. A status
// that differs is said, never written (won and lost are the rep's acts, with their tasks).
void ImportRun::update(Row &row, const Match &m)
{
    Deal wanted = merged(*m.deal, row);
    placeStage(wanted, m.deal, row);
    const QStringList changed = changedColumns(*m.deal, wanted);
    QString statusNote;
    if (row.status && *row.status != m.deal->status)
        statusNote = tr("its status stays %1 (the file says %2): change it in the app")
                         .arg(toString(m.deal->status), toString(*row.status));
    if (changed.isEmpty()) {
        skip(row,
             statusNote.isEmpty() ? tr("already here, unchanged (found by %1)").arg(m.by)
                                  : tr("already here (found by %1); %2").arg(m.by, statusNote),
             m.deal->id);
        return;
    }
    Deal check = wanted;
    if (check.stageId == 0)
        check.stageId = m_stages.constFirst().id;
    if (Status s = m_pipeline.validate(check); !s) {
        m_problems << tr("Row %1: %2").arg(row.line).arg(s.error().message);
        return;
    }
    row.outcome.action = RowOutcome::Action::Update;
    row.outcome.dealId = m.deal->id;
    row.outcome.reason =
        tr("found by %1; changed: %2").arg(m.by, changed.join(QStringLiteral(", ")));
    if (!statusNote.isEmpty())
        row.outcome.reason += QStringLiteral("; ") + statusNote;
    m_out.rows << row.outcome;
    m_out.batch.updates << std::pair { *m.deal, wanted };
    ++m_out.updated;
}

// The new stages where their CRM's pipeline puts them among the rep's, each with its place.
void ImportRun::placeNewStages()
{
    m_out.batch.newStages = m_out.newStages;
    if (m_out.newStages.isEmpty())
        return;
    m_out.batch.stageOrder = stageOrderWith(m_out.newStages, m_stages);
    for (const QString &name : std::as_const(m_out.newStages)) {
        const qsizetype at = m_out.batch.stageOrder.indexOf(name);
        m_out.newStagesAfter << (at > 0 ? m_out.batch.stageOrder.at(at - 1) : QString());
    }
}

// What the summary says of the file as a whole: how it was read, and what was assumed.
void ImportRun::addNotes()
{
    const QString encoding = m_plan.encoding;
    if (encoding != QLatin1String("UTF-8") && encoding != QLatin1String("UTF-16LE")
        && encoding != QLatin1String("UTF-16BE"))
        m_out.notes
            << tr("Read as %1: the file is not UTF-8. Check the names with accents.").arg(encoding);
    if (m_plan.footerRows > 0)
        m_out.notes << tr("%n line(s) at the end (a report footer) left out.", nullptr,
                          m_plan.footerRows);
    m_out.notes << m_placed.notes(m_plan, m_pipeline.settings().zone());
    if (!m_merged.isEmpty()) {
        const QStringList shown = m_merged.mid(0, 5);
        m_out.notes << tr("%n row(s) give other contact details for an email address that "
                          "already has a contact; one contact per address, its first details "
                          "kept (%1).",
                          nullptr, int(m_merged.size()))
                           .arg(shown.join(QStringLiteral("; "))
                                + (m_merged.size() > shown.size() ? QStringLiteral("; …")
                                                                  : QString()));
    }
    if (m_organizationsFromEmail > 0)
        m_out.notes << tr("%n deal(s) without an organization: the domain of the contact's "
                          "email is used.",
                          nullptr, m_organizationsFromEmail);
}

} // namespace

Result<DealImport::Outcome> DealImport::prepare(const Plan &plan, Pipeline &pipeline,
                                                const QDateTime &now)
{
    return ImportRun(plan, pipeline, now).run();
}

Result<DealImport::Outcome> DealImport::apply(const Plan &plan, Pipeline &pipeline,
                                              const QDateTime &now, const Progress &progress)
{
    auto out = prepare(plan, pipeline, now);
    if (!out)
        return out;
    auto counts = pipeline.applyImport(out->batch, now, progress);
    if (!counts)
        return counts.error();
    return out;
}

} // namespace NineTouch
