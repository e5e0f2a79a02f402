#include "pipeline.h"

#include "names.h"
#include "settingsrepository.h"
#include "validation.h"

#include <QUuid>

namespace NineTouch {

Pipeline::Pipeline(std::shared_ptr<Database> db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_deals(*m_db)
    , m_activity(*m_db)
{
    (void)reloadSettings();
}

Result<std::unique_ptr<Pipeline>> Pipeline::open(const QString &path, Database::Mode mode,
                                                 Database::Check check)
{
    auto db = Database::open(path, mode, check);
    if (!db)
        return db.error();
    auto pipeline = std::make_unique<Pipeline>(*db);
    if (Status s = pipeline->reloadSettings(); !s)
        return s.error();
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
    return success();
}

Status Pipeline::setSetting(const QString &key, const QString &value)
{
    if (Status s = SettingsRepository(*m_db).save(key, value); !s)
        return s;
    if (Status s = reloadSettings(); !s)
        return s;
    emit settingsChanged();
    return success();
}

QString Pipeline::breakupLostReason()
{
    return QStringLiteral("no response after the break-up rule");
}

QString Pipeline::triedText(int tried)
{
    QStringList lines;
    if (tried & int(PhoneLine::Direct))
        lines << QStringLiteral("direct");
    if (tried & int(PhoneLine::Reception))
        lines << QStringLiteral("reception");
    if (tried & int(PhoneLine::Mobile))
        lines << QStringLiteral("mobile");
    return lines.join(QLatin1Char(','));
}

Result<DealHistory> Pipeline::history(qint64 id) const
{
    auto d = m_deals.find(id);
    if (!d)
        return inputError(tr("There is no deal %1; 'deal list' shows the ids.").arg(id));
    return DealHistory { *d, m_activity.meetings(id), m_activity.touches(id),
                         m_activity.tasks(id) };
}

Result<Cadence> Pipeline::cadence(qint64 id, const QDateTime &now) const
{
    auto h = history(id);
    if (!h)
        return h.error();
    return m_engine->evaluate(*h, now);
}

Result<QList<DealStatusView>> Pipeline::evaluateAll(const QDateTime &now, const DealFilter &filter,
                                                    CadenceEngine::Detail detail,
                                                    bool withText) const
{
    auto deals = m_deals.list(filter);
    if (!deals)
        return deals.error();
    auto histories = m_activity.histories(std::move(deals).value(), withText);
    if (!histories)
        return histories.error();
    QList<DealStatusView> out;
    out.reserve(histories->size());
    for (DealHistory &h : std::move(histories).value()) {
        Cadence c = m_engine->evaluate(h, now, detail);
        out.append(DealStatusView { std::move(h), std::move(c) });
    }
    return out;
}

Result<Deal> Pipeline::openDeal(qint64 id) const
{
    auto d = m_deals.find(id);
    if (!d)
        return inputError(tr("There is no deal %1; 'deal list' shows the ids.").arg(id));
    if (d->status != DealStatus::Open)
        return refusal(tr("Deal %1 is %2: reopen it first.").arg(id).arg(toString(d->status)));
    return *d;
}

Status Pipeline::validate(const Deal &d) const
{
    if (d.title.trimmed().isEmpty())
        return inputError(tr("The deal needs a title (--title)."));
    if (d.organization.trimmed().isEmpty())
        return inputError(tr("The deal needs an organization (--org)."));
    if (d.contact.name.trimmed().isEmpty())
        return inputError(tr("The deal needs a contact name (--contact)."));
    for (const auto &[field, value, length] :
         { std::tuple { QStringLiteral("title"), d.title, 200 },
           std::tuple { QStringLiteral("organization"), d.organization, 200 },
           std::tuple { QStringLiteral("contact"), d.contact.name, 200 },
           std::tuple { QStringLiteral("lost reason"), d.lostReason, 500 } }) {
        if (Status s = checkText(field, value, length, false); !s)
            return s;
    }
    if (Status s = checkText(QStringLiteral("value summary"), d.valueSummary, 1000, true); !s)
        return s;
    if (Status s = checkEmail(QStringLiteral("email"), d.contact.email); !s)
        return s;
    for (const auto &[field, value] :
         { std::pair { QStringLiteral("phone"), d.contact.phone },
           std::pair { QStringLiteral("mobile"), d.contact.mobile },
           std::pair { QStringLiteral("reception"), d.contact.reception } }) {
        if (Status s = checkPhone(field, value); !s)
            return s;
    }
    if (!d.contact.tz.isEmpty()) {
        if (auto z = checkTimeZone(QStringLiteral("tz"), d.contact.tz); !z)
            return z.error();
    }
    if (Status s = checkLanguage(QStringLiteral("language"), d.contact.language); !s)
        return s;
    if (Status s = checkCurrency(QStringLiteral("currency"), d.currency); !s)
        return s;
    if (d.valueCents < 0)
        return inputError(tr("The value cannot be negative."));
    for (const auto &[name, value] :
         { std::pair { QStringLiteral("cycles"), d.policy.cycles },
           std::pair { QStringLiteral("reminder_days"), d.policy.reminderDays },
           std::pair { QStringLiteral("deadline_days"), d.policy.deadlineDays },
           std::pair { QStringLiteral("reengage_days"), d.policy.reengageDays },
           std::pair { QStringLiteral("slot_days"), d.policy.slotDays } }) {
        if (value) {
            if (Status s = checkPolicyValue(name, *value); !s)
                return s;
        }
    }
    return success();
}

Result<qint64> Pipeline::addDeal(Deal d, const QDateTime &now)
{
    d.id = 0; // always a new deal
    d.title = d.title.trimmed();
    d.organization = d.organization.trimmed();
    d.contact.name = d.contact.name.trimmed();
    d.currency = d.currency.isEmpty() ? m_settings.currency : d.currency.toUpper();
    if (d.stageId == 0) {
        auto stages = m_deals.stages();
        if (!stages)
            return stages.error();
        if (stages->isEmpty())
            return refusal(tr("There are no stages: add one first."));
        d.stageId = stages->constFirst().id;
    }
    if (Status s = validate(d); !s)
        return s.error();
    d.createdAt = d.updatedAt = d.stageChangedAt = now.toUTC();
    qint64 id = 0;
    Status s = m_db->write([&]() -> Status {
        auto inserted = m_deals.insert(d);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return success();
    });
    if (!s)
        return s.error();
    emit dealAdded(id);
    return id;
}

Result<int> Pipeline::importDeals(QList<Deal> deals, const QDateTime &now)
{
    for (Deal &d : deals) {
        d.id = 0;
        if (Status s = validate(d); !s)
            return s.error();
        d.createdAt = d.updatedAt = d.stageChangedAt = now.toUTC();
        if (d.status != DealStatus::Open)
            d.closedAt = now.toUTC();
    }
    QList<qint64> ids;
    Status s = m_db->write([&]() -> Status {
        for (const Deal &d : std::as_const(deals)) {
            auto id = m_deals.insert(d);
            if (!id)
                return id.error();
            ids << *id;
        }
        return success();
    });
    if (!s)
        return s.error();
    for (qint64 id : std::as_const(ids))
        emit dealAdded(id);
    return int(ids.size());
}

Status Pipeline::updateDeal(Deal d, const QDateTime &now)
{
    const auto old = m_deals.find(d.id);
    if (!old)
        return inputError(tr("There is no deal %1; 'deal list' shows the ids.").arg(d.id));
    d.currency = d.currency.toUpper();
    if (Status s = validate(d); !s)
        return s;
    d.updatedAt = now.toUTC();
    const bool stageMoved = old->stageId != d.stageId;
    if (stageMoved)
        d.stageChangedAt = now.toUTC();
    Status s = m_db->write([&]() -> Status {
        if (Status u = m_deals.update(d); !u)
            return u;
        if (stageMoved)
            return touch(d.id, TouchKind::StageChanged, now, 0, {},
                         tr("%1 → %2").arg(old->stage, m_deals.find(d.id)->stage));
        return success();
    });
    if (s)
        emit dealChanged(d.id);
    return s;
}

Status Pipeline::touch(qint64 dealId, TouchKind kind, const QDateTime &at, qint64 meetingId,
                       const QString &outcome, const QString &note, int minutes)
{
    Touch t;
    t.dealId = dealId;
    t.kind = kind;
    t.at = at.toUTC();
    t.meetingId = meetingId;
    t.outcome = outcome;
    t.note = note;
    t.minutes = minutes;
    auto id = m_activity.insertTouch(t);
    if (!id)
        return id.error();
    return success();
}

Result<Meeting> Pipeline::setMeeting(qint64 dealId, const QDateTime &start, const QString &tz,
                                     int minutes, const QString &agenda, Channel channel,
                                     const QDateTime &now)
{
    auto d = openDeal(dealId);
    if (!d)
        return d.error();
    if (!start.isValid())
        return inputError(tr("The meeting needs a valid start."));
    if (start <= now)
        return inputError(tr("The next meeting must be in the future; %1 has passed.")
                              .arg(start.toString(Qt::ISODate)));
    if (minutes < 5 || minutes > 480)
        return inputError(tr("--minutes must be between 5 and 480; %1 was given.").arg(minutes));
    if (Status s = checkText(QStringLiteral("agenda"), agenda, 2000, true); !s)
        return s.error();
    QString zone = tz;
    if (zone.isEmpty())
        zone = d->contact.tz.isEmpty() ? QString::fromUtf8(m_settings.zone().id()) : d->contact.tz;
    if (auto z = checkTimeZone(QStringLiteral("--tz"), zone); !z)
        return z.error();

    Meeting m;
    Status s = m_db->write([&]() -> Status {
        if (auto current = m_activity.scheduledMeeting(dealId)) {
            // A reschedule moves the same calendar event.
            m = *current;
            m.start = start.toUTC();
            m.tz = zone;
            m.minutes = minutes;
            if (!agenda.isEmpty())
                m.agenda = agenda;
            m.channel = channel;
            ++m.sequence;
            if (Status u = m_activity.updateMeeting(m, now); !u)
                return u;
            return touch(dealId, TouchKind::MeetingMoved, now, m.id, {},
                         start.toTimeZone(QTimeZone(zone.toUtf8())).toString(Qt::ISODate));
        }
        m.dealId = dealId;
        m.start = start.toUTC();
        m.tz = zone;
        m.minutes = minutes;
        m.agenda = agenda;
        m.channel = channel;
        m.uid = QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@ninetouch");
        auto id = m_activity.insertMeeting(m, now);
        if (!id)
            return id.error();
        m.id = *id;
        return touch(dealId, TouchKind::MeetingSet, now, m.id, {},
                     start.toTimeZone(QTimeZone(zone.toUtf8())).toString(Qt::ISODate));
    });
    if (!s)
        return s.error();
    emit dealChanged(dealId);
    return m;
}

Status Pipeline::meetingHeld(qint64 dealId, const QDateTime &now)
{
    auto d = openDeal(dealId);
    if (!d)
        return d.error();
    auto m = m_activity.scheduledMeeting(dealId);
    if (!m)
        return refusal(tr("Deal %1 has no meeting scheduled: set one first.").arg(dealId));
    Status s = m_db->write([&]() -> Status {
        m->status = MeetingStatus::Held;
        if (Status u = m_activity.updateMeeting(*m, now); !u)
            return u;
        return touch(dealId, TouchKind::MeetingHeld, now, m->id, {}, {}, m->minutes);
    });
    if (s)
        emit dealChanged(dealId);
    return s;
}

Result<QDateTime> Pipeline::proposedSlot(qint64 dealId) const
{
    auto m = m_activity.scheduledMeeting(dealId);
    if (!m)
        return refusal(tr("Deal %1 has no meeting scheduled.").arg(dealId));
    auto busy = m_activity.scheduledMeetings();
    if (!busy)
        return busy.error();
    QList<Meeting> others;
    for (const Meeting &b : std::as_const(*busy)) {
        if (b.dealId != dealId)
            others.append(b);
    }
    const auto d = m_deals.find(dealId);
    const CadencePolicy policy = d->policy.appliedTo(m_settings.policy);
    const QDateTime slot = m_engine->proposeSlot(*m, others, policy.slotDays);
    if (!slot.isValid())
        return refusal(
            tr("No free slot fits a %1-minute meeting in the working hours.").arg(m->minutes));
    return slot;
}

Result<MissedOutcome> Pipeline::meetingMissed(qint64 dealId, int tried, const QDateTime &now)
{
    auto d = openDeal(dealId);
    if (!d)
        return d.error();
    auto m = m_activity.scheduledMeeting(dealId);
    if (!m)
        return refusal(tr("Deal %1 has no meeting scheduled: nothing can be missed.").arg(dealId));
    if (now < m->start)
        return refusal(tr("The meeting starts at %1: it cannot be missed before it starts.")
                           .arg(m_calendar->toLocal(m->start).toString(Qt::ISODate)));
    const auto slot = proposedSlot(dealId);

    MissedOutcome outcome;
    Status s = m_db->write([&]() -> Status {
        Meeting missed = *m;
        missed.status = MeetingStatus::Missed;
        if (Status u = m_activity.updateMeeting(missed, now); !u)
            return u;
        const QString triedLines = triedText(tried ? tried : int(PhoneLine::Direct));
        if (Status t = touch(dealId, TouchKind::Call, now, m->id, QStringLiteral("missed"),
                             tr("Tried: %1").arg(triedLines));
            !t)
            return t;
        // Whether a next cycle remains: ask the rule, with the call recorded.
        DealHistory h { *d, m_activity.meetings(dealId), m_activity.touches(dealId), {} };
        const Cadence c = m_engine->evaluate(h, now);
        if (std::any_of(c.steps.cbegin(), c.steps.cend(),
                        [](const Step &st) { return st.kind == StepKind::Breakup; })) {
            outcome.breakupDue = true;
            return success();
        }
        if (!slot)
            return slot.error();
        // The power of assumption: the same event moves to the new slot.
        Meeting next = *m;
        next.id = 0;
        next.start = *slot;
        next.status = MeetingStatus::Scheduled;
        ++next.sequence;
        auto id = m_activity.insertMeeting(next, now);
        if (!id)
            return id.error();
        next.id = *id;
        outcome.proposed = next;
        return touch(dealId, TouchKind::MeetingSet, now, next.id, QStringLiteral("proposed"),
                     next.start.toTimeZone(QTimeZone(next.tz.toUtf8())).toString(Qt::ISODate));
    });
    if (!s)
        return s.error();
    emit dealChanged(dealId);
    return outcome;
}

Status Pipeline::cancelScheduled(qint64 dealId, const QDateTime &now)
{
    auto m = m_activity.scheduledMeeting(dealId);
    if (!m)
        return success();
    m->status = MeetingStatus::Cancelled;
    ++m->sequence;
    if (Status u = m_activity.updateMeeting(*m, now); !u)
        return u;
    return touch(dealId, TouchKind::MeetingCancelled, now, m->id);
}

Result<qint64> Pipeline::logTouch(qint64 dealId, TouchKind kind, const QDateTime &at,
                                  const QString &note, const QString &body, const QDateTime &now)
{
    const auto d = m_deals.find(dealId);
    if (!d)
        return inputError(tr("There is no deal %1; 'deal list' shows the ids.").arg(dealId));
    if (!isLoggable(kind))
        return inputError(
            tr("'%1' is recorded by its own command, not logged as a touch.").arg(toString(kind)));
    const QDateTime when = at.isValid() ? at.toUTC() : now.toUTC();
    if (when > now.addSecs(60))
        return inputError(
            tr("A touch cannot be logged in the future (%1).").arg(when.toString(Qt::ISODate)));
    if (Status s = checkText(QStringLiteral("note"), note, 4000, true); !s)
        return s.error();
    if (Status s = checkText(QStringLiteral("text"), body, 100000, true); !s)
        return s.error();

    // On a lost deal: the re-engage email, and the invite that cancels its meeting.
    const bool anytime = kind == TouchKind::Note || kind == TouchKind::Reply
        || (d->status == DealStatus::Lost
            && (kind == TouchKind::Reengage || kind == TouchKind::Invite));
    if (!anytime && d->status != DealStatus::Open)
        return refusal(tr("Deal %1 is %2: only notes and replies can be logged; reopen it first.")
                           .arg(dealId)
                           .arg(toString(d->status)));
    if (kind == TouchKind::Breakup) {
        const auto c = cadence(dealId, when);
        if (!c)
            return c.error();
        if (c->cycle == 0)
            return refusal(tr("No pursuit is running on deal %1 (the prospect answered or no "
                              "meeting was set since): a break-up email is only for a prospect "
                              "who has not answered in the whole pursuit.")
                               .arg(dealId));
        if (c->deadline.isValid())
            return refusal(tr("The break-up email for deal %1 was already sent.").arg(dealId));
    }

    qint64 id = 0;
    Status s = m_db->write([&]() -> Status {
        Touch t;
        t.dealId = dealId;
        t.kind = kind;
        t.at = when;
        t.note = note;
        t.body = body;
        if (auto m = m_activity.scheduledMeeting(dealId))
            t.meetingId = m->id;
        auto inserted = m_activity.insertTouch(t);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        if (kind == TouchKind::Breakup)
            return cancelScheduled(dealId, when); // an early break-up calls the meeting off
        if (kind == TouchKind::Reengage)
            return m_activity.completeTasks(dealId, QStringLiteral("reengage"), when);
        return success();
    });
    if (!s)
        return s.error();
    emit dealChanged(dealId);
    return id;
}

Status Pipeline::restore(const DealHistory &h)
{
    if (!m_deals.find(h.deal.id))
        return inputError(tr("There is no deal %1 to restore.").arg(h.deal.id));
    Status s = m_db->write([&]() -> Status {
        if (Status u = m_deals.update(h.deal); !u)
            return u;
        return m_activity.replaceAll(h.deal.id, h.meetings, h.touches, h.tasks);
    });
    if (s)
        emit dealChanged(h.deal.id);
    return s;
}

Status Pipeline::checkStageName(const QString &name, qint64 except) const
{
    if (name.trimmed().isEmpty())
        return inputError(tr("A stage needs a name."));
    if (Status s = checkText(tr("stage name"), name.trimmed(), 60, false); !s)
        return s;
    if (const auto other = m_deals.stageByName(name); other && other->id != except)
        return inputError(
            tr("There is a stage '%1' already; choose another name.").arg(other->name));
    return success();
}

Result<qint64> Pipeline::addStage(const QString &name)
{
    if (Status s = checkStageName(name, 0); !s)
        return s.error();
    qint64 id = 0;
    Status s = m_db->write([&]() -> Status {
        auto added = m_deals.addStage(name);
        if (!added)
            return added.error();
        id = *added;
        return success();
    });
    if (!s)
        return s.error();
    emit stagesChanged();
    return id;
}

Status Pipeline::renameStage(qint64 id, const QString &name)
{
    if (Status s = checkStageName(name, id); !s)
        return s;
    Status s = m_db->write([&] { return m_deals.renameStage(id, name); });
    if (s)
        emit stagesChanged();
    return s;
}

Status Pipeline::reorderStages(const QList<qint64> &ids)
{
    Status s = m_db->write([&] { return m_deals.reorderStages(ids); });
    if (s)
        emit stagesChanged();
    return s;
}

Status Pipeline::removeStage(qint64 id)
{
    const auto stages = m_deals.stages();
    if (!stages)
        return stages.error();
    const auto stage = std::find_if(stages->cbegin(), stages->cend(),
                                    [id](const Stage &st) { return st.id == id; });
    if (stage == stages->cend())
        return inputError(tr("There is no stage %1.").arg(id));
    if (stages->size() == 1)
        return refusal(
            tr("'%1' is the last stage: a pipeline needs at least one.").arg(stage->name));
    auto deals = m_deals.list(DealFilter { id, std::nullopt });
    if (!deals)
        return deals.error();
    if (!deals->isEmpty())
        return refusal(tr("'%1' still has %n deal(s) (won and lost ones count too): move them to "
                          "another stage first.",
                          nullptr, int(deals->size()))
                           .arg(stage->name));
    Status s = m_db->write([&] { return m_deals.removeStage(id); });
    if (s)
        emit stagesChanged();
    return s;
}

Status Pipeline::removeDeal(qint64 dealId)
{
    Status s = m_db->write([&] { return m_deals.remove(dealId); });
    if (s)
        emit dealRemoved(dealId);
    return s;
}

Status Pipeline::reinsert(const DealHistory &h)
{
    Status s = m_db->write([&]() -> Status {
        auto id = m_deals.insert(h.deal);
        if (!id)
            return id.error();
        return m_activity.replaceAll(h.deal.id, h.meetings, h.touches, h.tasks);
    });
    if (s)
        emit dealAdded(h.deal.id);
    return s;
}

Status Pipeline::markWon(qint64 dealId, const QDateTime &now)
{
    auto d = m_deals.find(dealId);
    if (!d)
        return inputError(tr("There is no deal %1; 'deal list' shows the ids.").arg(dealId));
    if (d->status == DealStatus::Won)
        return refusal(tr("Deal %1 is already won.").arg(dealId));
    if (d->status == DealStatus::Lost)
        return refusal(tr("Deal %1 is lost: reopen it before marking it won.").arg(dealId));
    d->status = DealStatus::Won;
    d->closedAt = d->updatedAt = now.toUTC();
    Status s = m_db->write([&]() -> Status {
        if (Status u = m_deals.update(*d); !u)
            return u;
        return touch(dealId, TouchKind::Won, now);
    });
    if (s)
        emit dealChanged(dealId);
    return s;
}

Status Pipeline::markLost(qint64 dealId, const QString &reason, const QDateTime &now)
{
    auto d = m_deals.find(dealId);
    if (!d)
        return inputError(tr("There is no deal %1; 'deal list' shows the ids.").arg(dealId));
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
            return inputError(tr("Give a --reason: without one, a deal can only be marked lost "
                                 "after its break-up email."));
        why = breakupLostReason();
    }
    if (Status s = checkText(QStringLiteral("--reason"), why, 500, false); !s)
        return s;
    d->status = DealStatus::Lost;
    d->lostReason = why;
    d->closedAt = d->updatedAt = now.toUTC();
    const CadencePolicy policy = d->policy.appliedTo(m_settings.policy);
    Status s = m_db->write([&]() -> Status {
        if (Status u = m_deals.update(*d); !u)
            return u;
        if (Status c = cancelScheduled(dealId, now); !c)
            return c;
        if (Status t = touch(dealId, TouchKind::Lost, now, 0, {}, why); !t)
            return t;
        // Every lost deal gets a re-engage task: prospects' situations change.
        Task task;
        task.dealId = dealId;
        task.due = m_engine->reengageDue(now, policy.reengageDays);
        auto id = m_activity.insertTask(task);
        if (!id)
            return id.error();
        return success();
    });
    if (s)
        emit dealChanged(dealId);
    return s;
}

Status Pipeline::reopen(qint64 dealId, const QDateTime &now)
{
    auto d = m_deals.find(dealId);
    if (!d)
        return inputError(tr("There is no deal %1; 'deal list' shows the ids.").arg(dealId));
    if (d->status == DealStatus::Open)
        return refusal(tr("Deal %1 is already open.").arg(dealId));
    d->status = DealStatus::Open;
    d->lostReason.clear();
    d->closedAt = {};
    d->updatedAt = now.toUTC();
    Status s = m_db->write([&]() -> Status {
        if (Status u = m_deals.update(*d); !u)
            return u;
        if (Status r = m_activity.removeOpenTasks(dealId, QStringLiteral("reengage")); !r)
            return r;
        return touch(dealId, TouchKind::Reopened, now);
    });
    if (s)
        emit dealChanged(dealId);
    return s;
}

} // namespace NineTouch
