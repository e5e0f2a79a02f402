// Deals with their organization, primary contact and stage; and the rep's stages.
#pragma once

#include "database.h"
#include "types.h"

#include <functional>
#include <memory>
#include <optional>

namespace NineTouch {

namespace Sql {
class StatementCache;
}

struct DealFilter
{
    std::optional<qint64> stageId;
    std::optional<DealStatus> status;
    std::optional<qint64> owner; // Rep::id
};

class DealRepository final
{
public:
    explicit DealRepository(Database &db);
    ~DealRepository();
    Q_DISABLE_COPY_MOVE(DealRepository)

    Result<QList<Stage>> stages() const;
    // Everyone who works on the database, in the order they came (a file: its own rep, and
    // the reps of a team database it was copied from).
    Result<QList<Rep>> reps() const;
    Result<std::optional<Stage>> stageByName(const QString &name) const;
    // The deals whose contact or one of whose stakeholders has this address (any case),
    // open deals first, then the most recently changed.
    Result<QList<qint64>> dealsOfAddress(const QString &email) const;
    // Flags (or, with an empty text, clears) a contact's address as undeliverable.
    Status setBounced(qint64 contactId, const QString &text);
    Result<qint64> addStage(const QString &name);
    Status renameStage(qint64 id, const QString &name);
    Status reorderStages(const QList<qint64> &ids);
    Status removeStage(qint64 id); // refused by the database while deals use it

    // Share: a contact already known by the deal's email address is the deal's contact (one
    // person, one contact; its details are kept); otherwise the deal gets a contact of its own.
    enum class ContactByEmail { New, Share };
    // A new id, whatever deal.id says.
    Result<qint64> insert(const Deal &deal, ContactByEmail share = ContactByEmail::New);
    Status remove(qint64 id); // the deal, its history and its own contact
    Status update(const Deal &deal); // deal and contact fields
    Result<std::optional<Deal>> find(qint64 id) const;
    Result<QList<Deal>> list(const DealFilter &filter = {}) const;
    // Each deal's card (DealCard), handed over as it is read, in id order: the board's read,
    // which keeps no list of whole deals.
    Status forEachCard(const DealFilter &filter,
                       const std::function<void(DealCard &&)> &take) const;
    Result<qint64> count() const;

private:
    Result<qint64> organizationId(const QString &name, const QDateTime &now);
    Result<qint64> insertContact(const Deal &deal, qint64 organization, const QDateTime &now);
    Result<qint64> insertDeal(const Deal &deal, qint64 organization, qint64 contact,
                              const QDateTime &now);

    Database &m_db;
    std::unique_ptr<Sql::StatementCache> m_statements;
};

} // namespace NineTouch
