#include "dealrepository.h"

#include "names.h"
#include "sql/access.h"
#include "sql/dealcolumns.h"
#include "sql/rowreader.h"
#include "sql/sqlhelpers.h"

#include <QSqlQuery>

namespace NineTouch {

namespace {

const char dealColumns[] = R"sql(
    SELECT d.id, d.title, coalesce(o.name, ''), d.stage_id, s.name, d.status, d.lost_reason,
           d.value_cents, d.currency, d.value_summary, d.cost, d.material_delivered,
           d.cycles, d.reminder_days, d.deadline_days, d.reengage_days, d.slot_days,
           d.created_at, d.updated_at, d.stage_changed_at, d.closed_at,
           c.id, c.name, c.email, c.phone, c.mobile, c.reception, c.tz, c.language,
           1 + (SELECT count(*) FROM deal_stakeholders k WHERE k.deal_id = d.id
                AND k.contact_id IS DISTINCT FROM d.contact_id),
           d.topic, c.first_name, c.region, d.external_ref, c.bounced, c.salutation, c.address,
           d.owner
    FROM deals d
    JOIN stages s ON s.id = d.stage_id
    LEFT JOIN organizations o ON o.id = d.organization_id
    LEFT JOIN contacts c ON c.id = d.contact_id)sql";

// A deal's card: the columns the board reads (DealCard), the same joins.
const char cardColumns[] = R"sql(
    SELECT d.id, d.title, coalesce(o.name, ''), d.stage_id, s.name, d.status, d.value_cents,
           d.currency, d.lost_reason, c.name, c.email, d.owner
    FROM deals d
    JOIN stages s ON s.id = d.stage_id
    LEFT JOIN organizations o ON o.id = d.organization_id
    LEFT JOIN contacts c ON c.id = d.contact_id)sql";

// The first six columns, the same in a card and a whole deal (cardColumns, dealColumns).
template<typename D> void readIdentity(const RowReader &q, StringPool &pool, D &d)
{
    d.id = q.integer(0);
    d.title = q.text(1);
    d.organization = q.text(2);
    d.stageId = q.integer(3);
    d.stage = q.text(4, pool);
    d.status = dealStatusFromUtf8(q.view(5)).value_or(DealStatus::Open);
}

// The reader of a card (cardColumns): the board's.
DealCard readCard(const RowReader &q, StringPool &pool)
{
    DealCard d;
    readIdentity(q, pool, d);
    d.valueCents = q.integer(6);
    d.currency = q.text(7, pool);
    d.lostReason = q.text(8, pool);
    d.contact.name = q.text(9);
    d.contact.email = q.text(10);
    d.owner = q.integer(11);
    return d;
}

// The one reader of a whole deal (dealColumns), for a single deal and for the lists alike.
Deal readDeal(const RowReader &q, StringPool &pool)
{
    Deal d;
    readIdentity(q, pool, d);
    d.lostReason = q.text(6, pool);
    d.valueCents = q.integer(7);
    d.currency = q.text(8, pool);
    d.valueSummary = q.text(9);
    d.cost = costFromUtf8(q.view(10)).value_or(FollowUpCost::Low);
    d.materialDelivered = q.integer(11) != 0;
    const auto optionalInt = [&q](int c) {
        return q.isNull(c) ? std::nullopt : std::optional<int>(int(q.integer(c)));
    };
    d.policy.cycles = optionalInt(12);
    d.policy.reminderDays = optionalInt(13);
    d.policy.deadlineDays = optionalInt(14);
    d.policy.reengageDays = optionalInt(15);
    d.policy.slotDays = optionalInt(16);
    d.createdAt = q.time(17);
    d.updatedAt = q.time(18);
    d.stageChangedAt = q.time(19);
    d.closedAt = q.time(20);
    d.contact.id = q.integer(21);
    d.contact.name = q.text(22);
    d.contact.email = q.text(23);
    d.contact.phone = q.text(24);
    d.contact.mobile = q.text(25);
    d.contact.reception = q.text(26);
    d.contact.tz = q.text(27, pool);
    d.contact.language = q.text(28, pool);
    d.stakeholders = int(q.integer(29));
    d.topic = q.text(30);
    d.contact.firstName = q.text(31);
    d.contact.region = q.text(32, pool);
    d.externalRef = q.text(33);
    d.contact.bounced = q.text(34);
    d.contact.salutation = q.text(35);
    d.contact.address = addressFormFromString(q.text(36, pool)).value_or(AddressForm::Usual);
    d.owner = q.integer(37);
    return d;
}

} // namespace

DealRepository::DealRepository(Database &db)
    : m_db(db)
    , m_statements(std::make_unique<Sql::StatementCache>())
{
}

DealRepository::~DealRepository() = default;

Result<QList<Stage>> DealRepository::stages() const
{
    QSqlQuery q(Sql::connection(m_db));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, position FROM stages ORDER BY position, id")))
        return Sql::failure(m_db, q);
    QList<Stage> all;
    while (q.next())
        all.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt() });
    return all;
}

Result<QList<Rep>> DealRepository::reps() const
{
    QSqlQuery q(Sql::connection(m_db));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, login FROM reps ORDER BY id")))
        return Sql::failure(m_db, q);
    QList<Rep> all;
    while (q.next())
        all.append({ q.value(0).toLongLong(), q.value(1).toString() });
    return all;
}

Result<std::optional<Stage>> DealRepository::stageByName(const QString &name) const
{
    QSqlQuery q(Sql::connection(m_db));
    q.prepare(
        QStringLiteral("SELECT id, name, position FROM stages WHERE name = ? COLLATE NOCASE"));
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return Sql::failure(m_db, q);
    if (q.next())
        return std::optional<Stage>(
            Stage { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt() });
    return std::optional<Stage>();
}

Result<QList<qint64>> DealRepository::dealsOfAddress(const QString &email) const
{
    QSqlQuery q(Sql::connection(m_db));
    q.prepare(QStringLiteral(R"sql(
        SELECT d.id FROM deals d
        WHERE d.contact_id IN (SELECT id FROM contacts WHERE email = ? COLLATE NOCASE)
           OR d.id IN (SELECT k.deal_id FROM deal_stakeholders k JOIN contacts c
                       ON c.id = k.contact_id WHERE c.email = ? COLLATE NOCASE)
        ORDER BY d.status <> 'open', d.updated_at DESC, d.id DESC)sql"));
    q.addBindValue(email.trimmed());
    q.addBindValue(email.trimmed());
    if (!q.exec())
        return Sql::failure(m_db, q);
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Status DealRepository::setBounced(qint64 contactId, const QString &text)
{
    QSqlQuery q(Sql::connection(m_db));
    q.prepare(QStringLiteral("UPDATE contacts SET bounced = ? WHERE id = ?"));
    q.addBindValue(text);
    q.addBindValue(contactId);
    if (!q.exec())
        return Sql::failure(m_db, q);
    return success();
}

Result<qint64> DealRepository::addStage(const QString &name)
{
    QSqlQuery q(Sql::connection(m_db));
    q.prepare(QStringLiteral("INSERT INTO stages (name, position) VALUES (?, (SELECT "
                             "coalesce(max(position), 0) + 1 FROM stages)) RETURNING id"));
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return Sql::failure(m_db, q);
    return Sql::insertedId(q);
}

Status DealRepository::renameStage(qint64 id, const QString &name)
{
    QSqlQuery q(Sql::connection(m_db));
    q.prepare(QStringLiteral("UPDATE stages SET name = ? WHERE id = ?"));
    q.addBindValue(name.trimmed());
    q.addBindValue(id);
    if (!q.exec())
        return Sql::failure(m_db, q);
    return success();
}

Status DealRepository::reorderStages(const QList<qint64> &ids)
{
    QSqlQuery q(Sql::connection(m_db));
    q.prepare(QStringLiteral("UPDATE stages SET position = ? WHERE id = ?"));
    for (int i = 0; i < ids.size(); ++i) {
        q.addBindValue(i + 1);
        q.addBindValue(ids.at(i));
        if (!q.exec())
            return Sql::failure(m_db, q);
    }
    return success();
}

Status DealRepository::removeStage(qint64 id)
{
    QSqlQuery q(Sql::connection(m_db));
    q.prepare(QStringLiteral("DELETE FROM stages WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Sql::failure(m_db, q);
    return success();
}

Result<qint64> DealRepository::organizationId(const QString &name, const QDateTime &now)
{
    QSqlQuery &insert =
        m_statements->get(m_db,
                          "INSERT INTO organizations (name, created_at) VALUES (?, ?) "
                          "ON CONFLICT (name) DO NOTHING");
    insert.addBindValue(name.trimmed());
    insert.addBindValue(Sql::fromTime(now));
    if (!insert.exec())
        return Sql::failure(m_db, insert);
    QSqlQuery &q = m_statements->get(m_db, "SELECT id FROM organizations WHERE name = ?");
    q.addBindValue(name.trimmed());
    if (!q.exec() || !q.next())
        return Sql::failure(m_db, q);
    const qint64 id = q.value(0).toLongLong();
    q.finish(); // a cached SELECT must not keep its read snapshot
    return id;
}

Result<qint64> DealRepository::insert(const Deal &d, ContactByEmail share)
{
    const QDateTime now = d.createdAt.isValid() ? d.createdAt : QDateTime::currentDateTimeUtc();
    const auto org = organizationId(d.organization, now);
    if (!org)
        return org.error();

    qint64 contactId = 0;
    if (share == ContactByEmail::Share && !d.contact.email.trimmed().isEmpty()) {
        QSqlQuery &known = m_statements->get(
            m_db, "SELECT id FROM contacts WHERE email = ? COLLATE NOCASE ORDER BY id LIMIT 1");
        known.addBindValue(d.contact.email.trimmed());
        if (!known.exec())
            return Sql::failure(m_db, known);
        if (known.next())
            contactId = known.value(0).toLongLong();
        known.finish();
    }
    if (!contactId) {
        if (auto made = insertContact(d, *org, now); made)
            contactId = *made;
        else
            return made.error();
    }
    return insertDeal(d, *org, contactId, now);
}

Result<qint64> DealRepository::insertContact(const Deal &d, qint64 org, const QDateTime &now)
{
    QSqlQuery &contact = m_statements->get(
        m_db,
        "INSERT INTO contacts (organization_id, name, email, phone, mobile, "
        "reception, tz, language, first_name, region, salutation, address, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    Sql::bindAll(contact,
                 { QVariant(org), QVariant(d.contact.name), QVariant(d.contact.email),
                   QVariant(d.contact.phone), QVariant(d.contact.mobile),
                   QVariant(d.contact.reception), QVariant(d.contact.tz),
                   QVariant(d.contact.language), QVariant(d.contact.firstName),
                   QVariant(d.contact.region), QVariant(d.contact.salutation),
                   QVariant(toString(d.contact.address)), Sql::fromTime(now) });
    if (!contact.exec())
        return Sql::failure(m_db, contact);
    return Sql::insertedId(contact);
}

Result<qint64> DealRepository::insertDeal(const Deal &d, qint64 org, qint64 contactId,
                                          const QDateTime &now)
{
    // The deal's own columns from the one table of them, then what the store adds.
    static const QByteArray insert = []() -> QByteArray {
        QByteArrayList names { "organization_id", "contact_id", "created_at" };
        for (const Sql::DealColumn &c : Sql::dealColumns())
            names << c.name;
        return "INSERT INTO deals (" + names.join(", ") + ") VALUES ("
            + QByteArrayList(names.size(), "?").join(", ") + ") RETURNING id";
    }();
    QSqlQuery &q = m_statements->get(m_db, insert.constData());
    Deal written = d;
    if (!written.updatedAt.isValid())
        written.updatedAt = now;
    if (!written.stageChangedAt.isValid())
        written.stageChangedAt = now;
    if (written.owner == 0)
        written.owner = m_db.rep();
    Sql::bindAll(q, { QVariant(org), QVariant(contactId), Sql::fromTime(now) });
    for (const Sql::DealColumn &c : Sql::dealColumns())
        Sql::bindAll(q, { c.value(written) });
    if (!q.exec())
        return Sql::failure(m_db, q);
    const qint64 dealId = Sql::insertedId(q);

    QSqlQuery &stakeholder = m_statements->get(
        m_db, "INSERT INTO deal_stakeholders (deal_id, contact_id, role) VALUES (?, ?, 'primary')");
    stakeholder.addBindValue(dealId);
    stakeholder.addBindValue(contactId);
    if (!stakeholder.exec())
        return Sql::failure(m_db, stakeholder);
    return dealId;
}

Status DealRepository::update(const Deal &d)
{
    const auto org = organizationId(d.organization, d.updatedAt);
    if (!org)
        return org.error();
    static const QString update = []() -> QString {
        QStringList sets { QStringLiteral("organization_id = ?") };
        for (const Sql::DealColumn &c : Sql::dealColumns())
            sets << QLatin1String(c.name) + QStringLiteral(" = ?");
        return QStringLiteral("UPDATE deals SET ") + sets.join(QStringLiteral(", "))
            + QStringLiteral(" WHERE id = ?");
    }();
    QSqlQuery q(Sql::connection(m_db));
    q.prepare(update);
    Sql::bindAll(q, { QVariant(*org) });
    for (const Sql::DealColumn &c : Sql::dealColumns())
        Sql::bindAll(q, { c.value(d) });
    Sql::bindAll(q, { QVariant(d.id) });
    if (!q.exec())
        return Sql::failure(m_db, q);

    q.prepare(QStringLiteral("UPDATE contacts SET organization_id = ?, name = ?, email = ?, "
                             "phone = ?, mobile = ?, reception = ?, tz = ?, language = ?, "
                             "first_name = ?, region = ?, bounced = ?, salutation = ?, "
                             "address = ? WHERE id = ?"));
    Sql::bindAll(
        q,
        { QVariant(*org), QVariant(d.contact.name), QVariant(d.contact.email),
          QVariant(d.contact.phone), QVariant(d.contact.mobile), QVariant(d.contact.reception),
          QVariant(d.contact.tz), QVariant(d.contact.language), QVariant(d.contact.firstName),
          QVariant(d.contact.region), QVariant(d.contact.bounced), QVariant(d.contact.salutation),
          QVariant(toString(d.contact.address)), QVariant(d.contact.id) });
    if (!q.exec())
        return Sql::failure(m_db, q);
    return success();
}

Status DealRepository::remove(qint64 id)
{
    const auto found = find(id);
    if (!found)
        return found.error();
    const std::optional<Deal> &deal = *found;
    if (!deal)
        return success();
    // Its history first, row by row (the schema has no cascades: an undo must see every row).
    QSqlQuery q(Sql::connection(m_db));
    for (const char *table : { "touches", "tasks", "meetings", "deal_stakeholders" }) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE deal_id = ?").arg(QLatin1String(table)));
        q.addBindValue(id);
        if (!q.exec())
            return Sql::failure(m_db, q);
    }
    q.prepare(QStringLiteral("DELETE FROM deals WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Sql::failure(m_db, q);
    // The contact goes too unless another deal still names it.
    q.prepare(QStringLiteral("DELETE FROM contacts WHERE id = ? AND NOT EXISTS "
                             "(SELECT 1 FROM deals WHERE contact_id = ?)"));
    q.addBindValue(deal->contact.id);
    q.addBindValue(deal->contact.id);
    if (!q.exec())
        return Sql::failure(m_db, q);
    return success();
}

Result<std::optional<Deal>> DealRepository::find(qint64 id) const
{
    const QByteArray sql = QByteArray(dealColumns) + " WHERE d.id = ?";
    RowReader q(Sql::connection(m_db), sql.constData());
    q.bind(1, id);
    StringPool pool;
    if (q.next())
        return std::optional<Deal>(readDeal(q, pool));
    if (!q.isValid() || q.failed())
        return Sql::readFailure(m_db, q.errorText());
    return std::optional<Deal>();
}

namespace {

// The board's path and the lists': every deal matching filter in id order, read through SQLite
// directly (see RowReader), each row handed over as it is read.
template<typename Row>
Status readEach(const Database &db, const char *columns, const DealFilter &filter,
                Row (*read)(const RowReader &, StringPool &),
                const std::function<void(Row &&)> &take)
{
    QByteArray sql = QByteArray(columns) + " WHERE 1 = 1";
    if (filter.stageId)
        sql += " AND d.stage_id = ?";
    if (filter.status)
        sql += " AND d.status = ?";
    if (filter.owner)
        sql += " AND d.owner = ?";
    sql += " ORDER BY d.id";
    RowReader q(Sql::connection(db), sql.constData());
    int parameter = 0;
    if (filter.stageId)
        q.bind(++parameter, *filter.stageId);
    if (filter.status)
        q.bind(++parameter, toString(*filter.status));
    if (filter.owner)
        q.bind(++parameter, *filter.owner);
    StringPool pool;
    while (q.next())
        take(read(q, pool));
    if (!q.isValid() || q.failed())
        return Sql::readFailure(db, q.errorText());
    return success();
}

} // namespace

Status DealRepository::forEachCard(const DealFilter &filter,
                                   const std::function<void(DealCard &&)> &take) const
{
    return readEach<DealCard>(m_db, cardColumns, filter, readCard, take);
}

Result<QList<Deal>> DealRepository::list(const DealFilter &filter) const
{
    QList<Deal> deals;
    if (!filter.stageId && !filter.status && !filter.owner) { // every deal: room for all
        if (auto n = count(); n)
            deals.reserve(qsizetype(*n));
    }
    const Status s = readEach<Deal>(m_db, dealColumns, filter, readDeal,
                                    [&deals](Deal &&d) { deals.append(std::move(d)); });
    if (!s)
        return s.error();
    return deals;
}

Result<qint64> DealRepository::count() const
{
    QSqlQuery q(Sql::connection(m_db));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM deals")) || !q.next())
        return Sql::failure(m_db, q);
    return q.value(0).toLongLong();
}

} // namespace NineTouch
