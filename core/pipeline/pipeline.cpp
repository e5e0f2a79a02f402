#include "pipelineprivate.h"

#include "dealfields.h"
#include "names.h"
#include "reptext.h"
#include "settingsrepository.h"
#include "validation.h"

#include <QScopeGuard>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <atomic>

namespace NineTouch {

Pipeline::Pipeline(std::shared_ptr<Database> db)
    : m_db(std::move(db))
    , m_deals(*m_db)
    , m_activity(*m_db)
    , m_templates(*m_db)
    , m_summaries(*m_db)
{
}

Pipeline::~Pipeline()
{
    m_db->setBeforeCommit({});
    // A look for a lost server still under way ends by itself (it holds nothing of this).
}

Result<std::unique_ptr<Pipeline>> Pipeline::open(const QString &path, Database::Mode mode,
                                                 Database::Check check)
{
    auto db = Database::open(path, mode, check);
    if (!db)
        return db.error();
    std::unique_ptr<Pipeline> pipeline(new Pipeline(*db));
    if (Status s = pipeline->reloadSettings(); !s)
        return s.error();
    Pipeline *p = pipeline.get();
    p->m_db->setBeforeCommit([p] { return p->summarize(); });
    // Once after a new rule, new settings or an older version, and only into a file checked
    // whole (with Check::Deferred, whoever runs the check does it after: the app). When
    // another program holds the file just now, its next write or the next start does it, and
    // readers replay what the summaries lack meanwhile.
    if (check == Database::Check::Full)
        (void)pipeline->bringSummariesCurrent();
    // Changes already in the file are not news: announce only what comes after.
    auto start = pipeline->m_db->changesSince(-1);
    if (!start)
        return start.error();
    pipeline->m_seenChange = start->lastSeq;
    return pipeline;
}

Status Pipeline::reloadSettings()
{
    auto loaded = SettingsRepository(*m_db).load();
    if (!loaded)
        return loaded.error();
    m_settings = *loaded;
    m_engine.reset();
    m_calendar = std::make_unique<WorkCalendar>(m_settings.calendar());
    m_engine = std::make_unique<CadenceEngine>(m_settings.policy, *m_calendar);
    m_basis = basisOf(m_settings);
    return success();
}

Status Pipeline::setSetting(const QString &key, const QString &value)
{
    Settings edited = m_settings;
    if (Status s = edited.set(key, value); !s)
        return s;
    return saveSettings(m_settings, edited);
}

namespace {

// The zone by its name: value() gives the zone used in place of one this machine lacks, which
// would hide a change to or from such a zone. (A form that shows the zone used keeps the
// file's name unless the rep picks another: see SettingsDialog::typed.)
bool differs(const Settings &a, const Settings &b, const QString &key)
{
    if (key == QLatin1String("rep.tz"))
        return a.repTz != b.repTz;
    return a.value(key) != b.value(key);
}

} // namespace

Status Pipeline::saveSettings(const Settings &base, const Settings &edited)
{
    // What the rep changed, each checked before anything is written.
    QStringList changedKeys;
    for (const QString &key : Settings::keys()) {
        if (!differs(base, edited, key))
            continue;
        Settings probe;
        if (Status s = probe.take(edited, key); !s)
            return s;
        changedKeys << key;
    }
    if (changedKeys.isEmpty())
        return success();
    // Read, merge and write in one transaction: a setting another program saves meanwhile is
    // neither lost nor silently replaced.
    return mutate([&]() -> Status {
        SettingsRepository store(*m_db);
        auto current = store.load();
        if (!current)
            return current.error();
        Settings merged = *current;
        QList<Field> conflicts;
        for (const QString &key : std::as_const(changedKeys)) {
            if (differs(*current, base, key) && differs(*current, edited, key))
                conflicts << Settings::fieldOf(key);
            else if (Status s = merged.take(edited, key); !s)
                return s;
        }
        if (!conflicts.isEmpty()) {
            Error e = refusal(tr("Changed elsewhere while you were editing it: choose which "
                                 "value to keep."));
            e.conflicts = conflicts;
            return e;
        }
        for (const QString &key : std::as_const(changedKeys)) {
            if (Status s = store.write(merged, key); !s)
                return s;
        }
        return success();
    });
}

QString Pipeline::breakupLostReason()
{
    return QStringLiteral("no response after the break-up rule");
}

// -- reads ---------------------------------------------------------------------------------

Result<Deal> Pipeline::deal(qint64 id) const
{
    auto found = m_deals.find(id);
    if (!found)
        return found.error();
    if (!*found)
        return noSuchDeal(id);
    return std::move(**found);
}

Result<Deal> Pipeline::openDeal(qint64 id) const
{
    auto d = deal(id);
    if (!d)
        return d.error();
    if (Status open = requireOpen(*d); !open)
        return open.error();
    return d;
}

Status Pipeline::requireOpen(const Deal &d)
{
    if (d.status == DealStatus::Open)
        return success();
    return refusal(d.status == DealStatus::Won ? tr("Deal %1 is won: reopen it first.").arg(d.id)
                                               : tr("Deal %1 is lost: reopen it first.").arg(d.id));
}

Status Pipeline::validate(const Deal &d) const
{
    if (d.title.trimmed().isEmpty())
        return inputError(Field::Title, tr("a deal needs a title."));
    if (d.organization.trimmed().isEmpty())
        return inputError(Field::Organization, tr("a deal needs an organization."));
    if (d.contact.name.trimmed().isEmpty())
        return inputError(Field::ContactName, tr("a deal needs a contact."));
    for (const auto &[field, value, length] :
         { std::tuple { Field::Title, d.title, 200 }, std::tuple { Field::Topic, d.topic, 200 },
           std::tuple { Field::Organization, d.organization, 200 },
           std::tuple { Field::ContactName, d.contact.name, 200 },
           std::tuple { Field::FirstName, d.contact.firstName, 100 },
           std::tuple { Field::Salutation, d.contact.salutation, 40 },
           std::tuple { Field::LostReason, d.lostReason, 500 } }) {
        if (Status s = checkText(field, value, length, false); !s)
            return s;
    }
    if (Status s = checkText(Field::ValueSummary, d.valueSummary, 1000, true); !s)
        return s;
    if (d.contact.address == AddressForm::Du && d.contact.language != QLatin1String("de"))
        return inputError(Field::Address,
                          tr("du is for a contact who reads German; address an English reader "
                             "formally or by the first name."));
    if (Status s = checkEmail(Field::Email, d.contact.email); !s)
        return s;
    for (const auto &[field, value] : { std::pair { Field::Phone, d.contact.phone },
                                        std::pair { Field::Mobile, d.contact.mobile },
                                        std::pair { Field::Reception, d.contact.reception } }) {
        if (Status s = checkPhone(field, value); !s)
            return s;
    }
    if (!d.contact.tz.isEmpty()) {
        if (auto z = checkTimeZone(Field::TimeZone, d.contact.tz); !z)
            return z.error();
    }
    if (Status s = checkLanguage(Field::Language, d.contact.language); !s)
        return s;
    if (Status s = checkRegion(Field::Region, d.contact.region); !s)
        return s;
    if (Status s = checkCurrency(Field::Currency, d.currency); !s)
        return s;
    if (d.valueCents < 0)
        return inputError(Field::Value, tr("cannot be negative."));
    for (const auto &[field, value] : { std::pair { Field::Cycles, d.policy.cycles },
                                        std::pair { Field::ReminderDays, d.policy.reminderDays },
                                        std::pair { Field::DeadlineDays, d.policy.deadlineDays },
                                        std::pair { Field::ReengageDays, d.policy.reengageDays },
                                        std::pair { Field::SlotDays, d.policy.slotDays } }) {
        if (value) {
            if (Status s = checkPolicyValue(field, *value); !s)
                return s;
        }
    }
    return success();
}

// -- changes -------------------------------------------------------------------------------

Status Pipeline::mutate(const std::function<Status()> &op)
{
    Status s = m_db->write(op);
    if (s)
        changed();
    return s;
}

Status Pipeline::batch(const std::function<Status()> &work)
{
    return mutate(work);
}

Status Pipeline::saveTemplate(StepKind step, const QString &language, const StoredTemplate &text)
{
    return mutate([&] { return m_templates.save(step, language, text); });
}

Status Pipeline::resetTemplate(StepKind step, const QString &language)
{
    return mutate([&] { return m_templates.remove(step, language); });
}

Status Pipeline::writeHistory(const std::function<Status(HistoryWriter &)> &work)
{
    Status s = m_db->write([&]() -> Status {
        SettingsRepository settings(*m_db);
        HistoryWriter writer(*this, m_deals, m_activity, settings);
        return work(writer);
    });
    if (!s)
        return s;
    // A whole pipeline written at once (the demo): that it reads back is part of success.
    return refresh();
}

void Pipeline::changed()
{
    // Part of a recorded edit or a larger write: announced once it is all committed.
    if (m_recording > 0 || m_db->inTransaction())
        return;
    (void)refresh();
}

Result<qint64> Pipeline::addDeal(Deal d, const QDateTime &now)
{
    d.id = 0; // always a new deal
    d.title = d.title.trimmed();
    d.organization = d.organization.trimmed();
    d.contact.name = d.contact.name.trimmed();
    d.currency = d.currency.isEmpty() ? m_settings.currency : d.currency.toUpper();
    d.createdAt = d.updatedAt = d.stageChangedAt = now.toUTC();
    // Checked before the write begins: a bad field is said at once, even while another
    // program holds the file.
    if (Status s = validate(d); !s)
        return s.error();
    return mutate<qint64>([&]() -> Result<qint64> {
        if (d.stageId == 0) {
            auto stages = m_deals.stages();
            if (!stages)
                return stages.error();
            if (stages->isEmpty())
                return refusal(tr("There are no stages: add one first."));
            d.stageId = stages->constFirst().id;
        }
        return m_deals.insert(d);
    });
}

Result<ImportCounts> Pipeline::applyImport(const ImportBatch &batch, const QDateTime &now,
                                           const std::function<bool(int, int)> &progress)
{
    const int total = int(batch.creates.size() + batch.updates.size());
    ImportCounts counts;
    Status s = mutate([&]() -> Status {
        QHash<QString, qint64> stageIds;
        auto stages = m_deals.stages();
        if (!stages)
            return stages.error();
        for (const Stage &st : std::as_const(*stages))
            stageIds.insert(st.name.toLower(), st.id);
        for (const QString &name : batch.newStages) {
            if (Status c = checkStageName(name, 0); !c)
                return c;
            auto id = m_deals.addStage(name.trimmed());
            if (!id)
                return id.error();
            stageIds.insert(name.trimmed().toLower(), *id);
        }
        if (!batch.newStages.isEmpty() && !batch.stageOrder.isEmpty()) {
            // The order asked for; a stage it does not name (added meanwhile) keeps its place
            // after them.
            QList<qint64> order;
            for (const QString &name : batch.stageOrder) {
                if (const qint64 id = stageIds.value(name.trimmed().toLower());
                    id && !order.contains(id))
                    order << id;
            }
            for (const Stage &st : std::as_const(*stages)) {
                if (!order.contains(st.id))
                    order << st.id;
            }
            if (Status o = m_deals.reorderStages(order); !o)
                return o;
        }
        int done = 0;
        const auto step = [&]() -> Status {
            ++done;
            if (progress && (done % 50 == 0 || done == total) && !progress(done, total))
                return refusal(tr("The import was cancelled; nothing was written."));
            return success();
        };
        for (qsizetype i = 0; i < batch.creates.size(); ++i) {
            Deal d = batch.creates.at(i);
            if (d.stageId == 0)
                d.stageId = stageIds.value(d.stage.trimmed().toLower());
            if (d.stageId == 0)
                return inputError(Field::Stage, tr("there is no stage '%1'.").arg(d.stage));
            d.id = 0;
            d.currency = d.currency.toUpper();
            if (Status v = validate(d); !v)
                return v;
            if (!d.createdAt.isValid())
                d.createdAt = now.toUTC();
            d.updatedAt = d.stageChangedAt = now.toUTC();
            if (d.status != DealStatus::Open)
                d.closedAt = now.toUTC();
            auto id = m_deals.insert(d, DealRepository::ContactByEmail::Share);
            if (!id)
                return id.error();
            if (const QString note = batch.createNotes.value(i); !note.trimmed().isEmpty()) {
                Touch t;
                t.dealId = *id;
                t.kind = TouchKind::Note;
                t.at = now.toUTC();
                t.note = note.left(4000);
                if (Status n = touch(t); !n)
                    return n;
            }
            ++counts.created;
            if (Status p = step(); !p)
                return p;
        }
        for (auto [old, d] : batch.updates) {
            if (d.stageId == 0)
                d.stageId = stageIds.value(d.stage.trimmed().toLower());
            if (Status w = writeDeal(old, d, now); !w)
                return w;
            ++counts.updated;
            if (Status p = step(); !p)
                return p;
        }
        return success();
    });
    if (!s)
        return s.error();
    return counts;
}

Status Pipeline::writeDeal(const Deal &old, Deal d, const QDateTime &now)
{
    d.currency = d.currency.toUpper();
    if (Status s = validate(d); !s)
        return s;
    d.updatedAt = now.toUTC();
    const bool stageMoved = old.stageId != d.stageId;
    // A corrected address is no longer known to bounce.
    if (old.contact.email.compare(d.contact.email, Qt::CaseInsensitive) != 0)
        d.contact.bounced.clear();
    if (stageMoved)
        d.stageChangedAt = now.toUTC();
    if (Status u = m_deals.update(d); !u)
        return u;
    if (!stageMoved)
        return success();
    auto moved = deal(d.id);
    if (!moved)
        return moved.error();
    Touch t;
    t.dealId = d.id;
    t.kind = TouchKind::StageChanged;
    t.at = now.toUTC();
    t.note = tr("%1 → %2").arg(old.stage, moved->stage);
    return touch(t);
}

Status Pipeline::editDeal(qint64 id, const Deal &base, const Deal &edited, const QDateTime &now)
{
    // Read, merge and write in one transaction: a write by another program cannot land in
    // between and be overwritten.
    return mutate([&]() -> Status {
        auto current = deal(id);
        if (!current)
            return current.error();
        const Merge merge = mergeEdit(base, edited, *current);
        if (!merge.conflicts.isEmpty()) {
            Error e = refusal(tr("Changed elsewhere while you were editing it: choose which "
                                 "value to keep."));
            e.conflicts = merge.conflicts;
            return e;
        }
        if (merge.written.isEmpty())
            return success();
        return writeDeal(*current, merge.deal, now);
    });
}

Status Pipeline::moveStage(qint64 id, qint64 stageId, const QDateTime &now)
{
    return mutate([&]() -> Status {
        auto current = deal(id);
        if (!current)
            return current.error();
        if (current->stageId == stageId)
            return success();
        Deal moved = *current;
        moved.stageId = stageId;
        return writeDeal(*current, moved, now);
    });
}

Status Pipeline::touch(Touch t)
{
    t.at = t.at.toUTC();
    auto id = m_activity.insertTouch(t);
    if (!id)
        return id.error();
    return success();
}

Status Pipeline::removeDeal(qint64 dealId)
{
    return mutate([&]() -> Status {
        if (auto d = deal(dealId); !d)
            return d.error();
        return m_deals.remove(dealId);
    });
}

Status Pipeline::markWon(qint64 dealId, const QDateTime &now)
{
    return mutate([&]() -> Status {
        auto d = deal(dealId);
        if (!d)
            return d.error();
        if (d->status == DealStatus::Won)
            return refusal(tr("Deal %1 is already won.").arg(dealId));
        if (d->status == DealStatus::Lost)
            return refusal(tr("Deal %1 is lost: reopen it before marking it won.").arg(dealId));
        Deal won = *d;
        won.status = DealStatus::Won;
        won.closedAt = won.updatedAt = now.toUTC();
        if (Status u = m_deals.update(won); !u)
            return u;
        Touch t;
        t.dealId = dealId;
        t.kind = TouchKind::Won;
        t.at = now;
        return touch(t);
    });
}

Status Pipeline::markLost(qint64 dealId, const QString &reason, const QDateTime &now)
{
    return mutate([&]() -> Status {
        auto d = deal(dealId);
        if (!d)
            return d.error();
        if (d->status == DealStatus::Lost)
            return refusal(tr("Deal %1 is already lost.").arg(dealId));
        if (d->status == DealStatus::Won)
            return refusal(tr("Deal %1 is won: reopen it before marking it lost.").arg(dealId));
        QString why = reason.trimmed();
        if (why.isEmpty()) {
            const auto c = cadence(dealId, now);
            if (!c)
                return c.error();
            if (!c->deadline.isValid())
                return inputError(Field::LostReason,
                                  tr("a reason is needed unless the break-up email was sent."));
            why = breakupLostReason();
        }
        if (Status s = checkText(Field::LostReason, why, 500, false); !s)
            return s;
        Deal lost = *d;
        lost.status = DealStatus::Lost;
        lost.lostReason = why;
        lost.closedAt = lost.updatedAt = now.toUTC();
        const CadencePolicy policy = lost.policy.appliedTo(m_settings.policy);
        if (Status u = m_deals.update(lost); !u)
            return u;
        if (Status c = cancelScheduled(dealId, now); !c)
            return c;
        Touch t;
        t.dealId = dealId;
        t.kind = TouchKind::Lost;
        t.at = now;
        t.note = why;
        if (Status added = touch(t); !added)
            return added;
        // Every lost deal gets a re-engage task: prospects' situations change.
        Task task;
        task.dealId = dealId;
        task.due = m_engine->reengageDue(now, policy.reengageDays);
        auto id = m_activity.insertTask(task);
        if (!id)
            return id.error();
        return success();
    });
}

Status Pipeline::reopen(qint64 dealId, const QDateTime &now)
{
    return mutate([&]() -> Status {
        auto d = deal(dealId);
        if (!d)
            return d.error();
        if (d->status == DealStatus::Open)
            return refusal(tr("Deal %1 is already open.").arg(dealId));
        Deal open = *d;
        open.status = DealStatus::Open;
        open.lostReason.clear();
        open.closedAt = {};
        open.updatedAt = now.toUTC();
        if (Status u = m_deals.update(open); !u)
            return u;
        if (Status r = m_activity.removeOpenTasks(dealId, TaskKind::Reengage); !r)
            return r;
        Touch t;
        t.dealId = dealId;
        t.kind = TouchKind::Reopened;
        t.at = now;
        return touch(t);
    });
}

// -- undo and redo -------------------------------------------------------------------------

Result<Change> Pipeline::record(const std::function<Status()> &edit)
{
    auto change = [&] {
        // Lowered on every way out: raised, it would keep the file's watch from announcing.
        ++m_recording;
        const auto lowered = qScopeGuard([this] { --m_recording; });
        return m_db->record(edit);
    }();
    (void)refresh();
    return change;
}

Status Pipeline::revert(const Change &change)
{
    Status s = m_db->revert(change);
    (void)refresh();
    return s;
}

Status Pipeline::reapply(const Change &change)
{
    Status s = m_db->reapply(change);
    (void)refresh();
    return s;
}

// -- following the file --------------------------------------------------------------------

Status Pipeline::refresh()
{
    const auto failed = [this](const Error &e) -> Status {
        m_readFailing = true;
        emit readFailed(e);
        return e;
    };
    auto batch = m_db->changesSince(m_seenChange);
    if (!batch)
        return failed(batch.error());
    if (!batch->isEmpty()) {
        if (batch->settings || batch->incomplete) {
            if (Status s = reloadSettings(); !s)
                return failed(s.error()); // read again at the next look
        }
        // Marked as seen before the signals: a receiver that reads fails on its own, and
        // retries with the next change.
        m_seenChange = batch->lastSeq;
        if (batch->incomplete) {
            // The log no longer reaches back: anything may have changed.
            emit settingsChanged();
            emit stagesChanged();
            emit templatesChanged();
            emit resynced();
        } else {
            if (batch->settings)
                emit settingsChanged();
            if (batch->stages)
                emit stagesChanged();
            if (batch->templates)
                emit templatesChanged();
            if (!batch->deals.isEmpty())
                emit dealsChanged(batch->deals);
        }
    }
    if (std::exchange(m_readFailing, false))
        emit readRecovered();
    return success();
}

void Pipeline::watch(int intervalMilliseconds)
{
    if (!m_watch) {
        m_watch = new QTimer(this);
        connect(m_watch, &QTimer::timeout, this, &Pipeline::look);
        // A server says when another program committed (NOTIFY): looked at at once then. The
        // timer stays, for a file and for a server whose connection was lost meanwhile.
        m_db->notifyChanges(this, [this] { look(); });
    }
    (void)m_db->changedElsewhere(); // the starting point
    m_watch->start(intervalMilliseconds);
}

void Pipeline::look()
{
    // Not in the middle of a write of ours (a long import that shows its progress): what it
    // wrote so far may still be rolled back.
    if (m_recording > 0 || m_db->inTransaction())
        return;
    if (m_db->isLost()) {
        lookForServer();
        return;
    }
    if (Status there = m_db->stillThere(); !there) {
        m_readFailing = true;
        emit readFailed(there.error());
        return;
    }
    auto elsewhere = m_db->changedElsewhere();
    if (!elsewhere) {
        m_readFailing = true;
        emit readFailed(elsewhere.error());
    } else if (*elsewhere || m_readFailing) {
        (void)refresh(); // a look that failed is tried again at every tick
    }
}

void Pipeline::lookForServer()
{
    if (m_probe || (m_sinceProbe.isValid() && !m_sinceProbe.hasExpired(m_probeWait)))
        return;
    // Reaching a server that went away may take connect_timeout (10 s): never on the rep's
    // thread. The thread only pings (no login, no keyring) and holds nothing of this
    // pipeline: it is left to end by itself when the pipeline goes first.
    auto up = std::make_shared<std::atomic_bool>(false);
    m_probe = QThread::create([up, url = m_db->path()] { *up = Database::serverIsUp(url); });
    connect(m_probe, &QThread::finished, m_probe, &QObject::deleteLater);
    connect(m_probe, &QThread::finished, this, [this, up] {
        m_probe = nullptr;
        m_sinceProbe.start();
        // A write may have connected again meanwhile (reconnect() then does nothing).
        const Status back = *up ? m_db->reconnect() : success();
        if (!*up || !back || m_db->isLost()) {
            // Said once already, when the connection was lost; the next look comes later. A
            // login the server refused (a password changed meanwhile) is said each time.
            m_probeWait = std::clamp(m_probeWait * 2, 1000, 30000);
            m_readFailing = true;
            if (!back && back.error().field == Field::DatabasePassword)
                emit readFailed(back.error());
            return;
        }
        m_probeWait = 0;
        look(); // what others wrote meanwhile is read: readRecovered
    });
    m_probe->start();
}

} // namespace NineTouch
