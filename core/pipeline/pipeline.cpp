#include "pipeline.h"

#include "dealfields.h"
#include "names.h"
#include "reptext.h"
#include "settingsrepository.h"
#include "validation.h"

#include <QTimer>
#include <QUuid>

namespace NineTouch {

namespace {

Error noSuchDeal(qint64 id)
{
    return inputError(Field::Deal, Pipeline::tr("There is no deal %1.").arg(id));
}

} // namespace

Pipeline::Pipeline(std::shared_ptr<Database> db)
    : m_db(std::move(db))
    , m_deals(*m_db)
    , m_activity(*m_db)
{
}

Pipeline::~Pipeline() = default;

Result<std::unique_ptr<Pipeline>> Pipeline::open(const QString &path, Database::Mode mode,
                                                 Database::Check check)
{
    auto db = Database::open(path, mode, check);
    if (!db)
        return db.error();
    std::unique_ptr<Pipeline> pipeline(new Pipeline(*db));
    if (Status s = pipeline->reloadSettings(); !s)
        return s.error();
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
    return success();
}

Status Pipeline::setSetting(const QString &key, const QString &value)
{
    return setSettings({ { key, value } });
}

Status Pipeline::setSettings(const QList<std::pair<QString, QString>> &values)
{
    if (Status s = SettingsRepository(*m_db).saveAll(values); !s)
        return s;
    changed(); // reloads the settings through the change log
    return success();
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

Result<DealHistory> Pipeline::history(qint64 id) const
{
    auto d = deal(id);
    if (!d)
        return d.error();
    auto meetings = m_activity.meetings(id);
    if (!meetings)
        return meetings.error();
    auto touches = m_activity.touches(id);
    if (!touches)
        return touches.error();
    auto tasks = m_activity.tasks(id);
    if (!tasks)
        return tasks.error();
    return DealHistory { std::move(d).value(), std::move(meetings).value(),
                         std::move(touches).value(), std::move(tasks).value() };
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
    auto d = deal(id);
    if (!d)
        return d.error();
    if (d->status != DealStatus::Open)
        return refusal(d->status == DealStatus::Won
                           ? tr("Deal %1 is won: reopen it first.").arg(id)
                           : tr("Deal %1 is lost: reopen it first.").arg(id));
    return d;
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

template<typename T> Result<T> Pipeline::transaction(const std::function<Result<T>()> &op)
{
    std::optional<T> value;
    Status s = m_db->write([&]() -> Status {
        Result<T> r = op();
        if (!r)
            return r.error();
        value = std::move(r).value();
        return success();
    });
    if (!s)
        return s.error();
    changed();
    return std::move(*value);
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
    changed();
    return id;
}

Result<ImportCounts> Pipeline::applyImport(const ImportBatch &batch, const QDateTime &now,
                                           const std::function<bool(int, int)> &progress)
{
    const int total = int(batch.creates.size() + batch.updates.size());
    ImportCounts counts;
    Status s = m_db->write([&]() -> Status {
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
    changed();
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
    return m_db->write([&]() -> Status {
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
    });
}

Status Pipeline::editDeal(qint64 id, const Deal &base, const Deal &edited, const QDateTime &now)
{
    // Read, merge and write in one transaction: a write by another program cannot land in
    // between and be overwritten.
    Status s = m_db->write([&]() -> Status {
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
    if (s)
        changed();
    return s;
}

Status Pipeline::moveStage(qint64 id, qint64 stageId, const QDateTime &now)
{
    Status s = m_db->write([&]() -> Status {
        auto current = deal(id);
        if (!current)
            return current.error();
        if (current->stageId == stageId)
            return success();
        Deal moved = *current;
        moved.stageId = stageId;
        return editDeal(id, *current, moved, now);
    });
    if (s)
        changed();
    return s;
}

Status Pipeline::touch(Touch t)
{
    t.at = t.at.toUTC();
    auto id = m_activity.insertTouch(t);
    if (!id)
        return id.error();
    return success();
}

Result<Meeting> Pipeline::setMeeting(qint64 dealId, const QDateTime &start, const QString &tz,
                                     int minutes, const QString &agenda, Channel channel,
                                     const QDateTime &now)
{
    return transaction<Meeting>([&]() -> Result<Meeting> {
        auto d = openDeal(dealId);
        if (!d)
            return d.error();
        if (!start.isValid())
            return inputError(Field::MeetingStart, tr("the meeting needs a valid start."));
        if (start <= now)
            return inputError(Field::MeetingStart,
                              tr("the next meeting must be in the future; %1 has passed.")
                                  .arg(start.toString(Qt::ISODate)));
        if (minutes < 5 || minutes > 480)
            return inputError(Field::MeetingMinutes,
                              tr("must be between 5 and 480; %1 was given.").arg(minutes));
        if (Status s = checkText(Field::Agenda, agenda, 2000, true); !s)
            return s.error();
        QString zone = tz;
        if (zone.isEmpty())
            zone =
                d->contact.tz.isEmpty() ? QString::fromUtf8(m_settings.zone().id()) : d->contact.tz;
        if (auto z = checkTimeZone(Field::MeetingZone, zone); !z)
            return z.error();

        Meeting m;
        Status s = m_db->write([&]() -> Status {
            auto current = m_activity.scheduledMeeting(dealId);
            if (!current)
                return current.error();
            Touch t;
            t.dealId = dealId;
            t.at = now;
            t.slot = start.toUTC();
            if (*current) {
                // A reschedule moves the same calendar event.
                m = **current;
                m.start = start.toUTC();
                m.tz = zone;
                m.minutes = minutes;
                if (!agenda.isEmpty())
                    m.agenda = agenda;
                m.channel = channel;
                ++m.sequence;
                if (Status u = m_activity.updateMeeting(m, now); !u)
                    return u;
                t.kind = TouchKind::MeetingMoved;
                t.meetingId = m.id;
                return touch(t);
            }
            m.dealId = dealId;
            m.start = start.toUTC();
            m.tz = zone;
            m.minutes = minutes;
            m.agenda = agenda;
            m.channel = channel;
            m.uid =
                QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@ninetouch");
            auto id = m_activity.insertMeeting(m, now);
            if (!id)
                return id.error();
            m.id = *id;
            t.kind = TouchKind::MeetingSet;
            t.meetingId = m.id;
            return touch(t);
        });
        if (!s)
            return s.error();
        changed();
        return m;
    });
}

Status Pipeline::meetingHeld(qint64 dealId, const QDateTime &now)
{
    return transaction<std::monostate>([&]() -> Status {
        auto d = openDeal(dealId);
        if (!d)
            return d.error();
        auto m = m_activity.scheduledMeeting(dealId);
        if (!m)
            return m.error();
        if (!*m)
            return refusal(tr("Deal %1 has no meeting scheduled: set one first.").arg(dealId));
        Meeting held = **m;
        Status s = m_db->write([&]() -> Status {
            held.status = MeetingStatus::Held;
            if (Status u = m_activity.updateMeeting(held, now); !u)
                return u;
            Touch t;
            t.dealId = dealId;
            t.kind = TouchKind::MeetingHeld;
            t.at = now;
            t.meetingId = held.id;
            t.minutes = held.minutes;
            return touch(t);
        });
        if (s)
            changed();
        return s;
    });
}

Result<QList<Meeting>> Pipeline::meetingsOfOtherDeals(qint64 dealId) const
{
    auto busy = m_activity.scheduledMeetings();
    if (!busy)
        return busy.error();
    QList<Meeting> others;
    for (const Meeting &b : std::as_const(*busy)) {
        if (b.dealId != dealId)
            others.append(b);
    }
    return others;
}

Result<QDateTime> Pipeline::proposedSlot(qint64 dealId) const
{
    auto d = deal(dealId);
    if (!d)
        return d.error();
    auto m = m_activity.scheduledMeeting(dealId);
    if (!m)
        return m.error();
    if (!*m)
        return refusal(tr("Deal %1 has no meeting scheduled.").arg(dealId));
    auto others = meetingsOfOtherDeals(dealId);
    if (!others)
        return others.error();
    const CadencePolicy policy = d->policy.appliedTo(m_settings.policy);
    const QDateTime slot = m_engine->proposeSlot(**m, *others, policy.slotDays);
    if (!slot.isValid())
        return refusal(
            tr("No free slot fits a %1-minute meeting in the working hours.").arg((*m)->minutes));
    return slot;
}

Result<MissedOutcome> Pipeline::meetingMissed(qint64 dealId, int tried, const QDateTime &now,
                                              const QDateTime &chosen)
{
    return transaction<MissedOutcome>([&]() -> Result<MissedOutcome> {
        auto d = openDeal(dealId);
        if (!d)
            return d.error();
        auto scheduled = m_activity.scheduledMeeting(dealId);
        if (!scheduled)
            return scheduled.error();
        if (!*scheduled)
            return refusal(
                tr("Deal %1 has no meeting scheduled: nothing can be missed.").arg(dealId));
        const Meeting m = **scheduled;
        if (now < m.start)
            return refusal(tr("The meeting starts at %1: it cannot be missed before it starts.")
                               .arg(m_calendar->toLocal(m.start).toString(Qt::ISODate)));
        if (chosen.isValid() && chosen <= now)
            return inputError(Field::MeetingStart,
                              tr("the next meeting must be in the future; %1 has passed.")
                                  .arg(chosen.toString(Qt::ISODate)));
        const auto slot =
            chosen.isValid() ? Result<QDateTime>(chosen.toUTC()) : proposedSlot(dealId);

        MissedOutcome outcome;
        Status s = m_db->write([&]() -> Status {
            Meeting missed = m;
            missed.status = MeetingStatus::Missed;
            if (Status u = m_activity.updateMeeting(missed, now); !u)
                return u;
            Touch call;
            call.dealId = dealId;
            call.kind = TouchKind::Call;
            call.at = now;
            call.meetingId = m.id;
            call.outcome = CallOutcome::Missed;
            call.tried = tried ? tried : int(PhoneLine::Direct);
            if (Status t = touch(call); !t)
                return t;
            // Whether a next cycle remains: ask the rule, with the call recorded.
            auto h = history(dealId);
            if (!h)
                return h.error();
            const Cadence c = m_engine->evaluate(*h, now);
            if (std::any_of(c.steps.cbegin(), c.steps.cend(),
                            [](const Step &st) { return st.kind == StepKind::Breakup; })) {
                outcome.breakupDue = true;
                return success();
            }
            if (!slot)
                return slot.error();
            // The power of assumption: the same event moves to the new slot.
            Meeting next = m;
            next.id = 0;
            next.start = *slot;
            next.status = MeetingStatus::Scheduled;
            ++next.sequence;
            auto id = m_activity.insertMeeting(next, now);
            if (!id)
                return id.error();
            next.id = *id;
            outcome.proposed = next;
            Touch set;
            set.dealId = dealId;
            set.kind = TouchKind::MeetingSet;
            set.at = now;
            set.meetingId = next.id;
            set.slot = next.start;
            set.proposed = true;
            return touch(set);
        });
        if (!s)
            return s.error();
        changed();
        return outcome;
    });
}

QDate Pipeline::firstDayBack(const QDate &backOn) const
{
    // The first day both sides work: the prospect's weekdays, the rep's business days.
    QDate day = backOn;
    for (int i = 0; i < 60 && (day.dayOfWeek() > 5 || !m_calendar->isBusinessDay(day)); ++i)
        day = day.addDays(1);
    return day;
}

Result<QString> Pipeline::prospectAway(qint64 dealId, const QDate &backOn, const QString &who,
                                       const QDateTime &now)
{
    return transaction<QString>([&]() -> Result<QString> {
        auto d = deal(dealId);
        if (!d)
            return d.error();
        if (!backOn.isValid())
            return inputError(Field::MeetingStart,
                              tr("the day the prospect is back is not a date."));
        if (d->status != DealStatus::Open)
            return QString();
        const QDate day = firstDayBack(backOn);
        const QDateTime backAt = m_calendar->workStart(day);
        if (!backAt.isValid() || backAt <= now)
            return QString();
        auto h = history(dealId);
        if (!h)
            return h.error();
        for (const Touch &t : std::as_const(h->touches)) {
            if (t.kind == TouchKind::Away && t.slot >= backAt)
                return QString(); // known already: nothing moves again
        }
        const Cadence before = m_engine->evaluate(*h, now);

        QStringList moved;
        auto scheduled = m_activity.scheduledMeeting(dealId);
        if (!scheduled)
            return scheduled.error();
        if (*scheduled && (*scheduled)->start < backAt) {
            const Meeting m = **scheduled;
            const QTimeZone &meetingZone = m_calendar->zoneFor(m.tz);
            QDateTime start = instantAt(day, m.start.toTimeZone(meetingZone).time(), meetingZone);
            if (!start.isValid() || start < backAt)
                start = backAt;
            auto others = meetingsOfOtherDeals(dealId);
            if (!others)
                return others.error();
            start = m_engine->nextFreeSlot(start, m.minutes, *others, meetingZone);
            if (start.isValid()) {
                auto set = setMeeting(dealId, start, m.tz, m.minutes, {}, m.channel, now);
                if (!set)
                    return set.error();
                moved << tr("The call moves to %1.")
                             .arg(RepText::meetingTime(start, meetingZone, m_calendar->zone(),
                                                       true));
            }
        }

        Touch away;
        away.dealId = dealId;
        away.kind = TouchKind::Away;
        away.at = now;
        away.slot = backAt;
        // What the rule says with the day known: the deadline and the break-up wait for it.
        auto after = history(dealId);
        if (!after)
            return after.error();
        after->touches.append(away);
        const Cadence c = m_engine->evaluate(*after, now);
        const auto due = [](const Cadence &cadence, StepKind kind) {
            for (const Step &s : cadence.steps) {
                if (s.kind == kind)
                    return s.due;
            }
            return QDateTime();
        };
        if (before.deadline.isValid() && c.deadline != before.deadline)
            moved << tr("The decision deadline moves to %1.")
                         .arg(RepText::dayTime(m_calendar->toLocal(c.deadline)));
        if (const QDateTime breakup = due(c, StepKind::Breakup);
            breakup.isValid() && breakup != due(before, StepKind::Breakup))
            moved << tr("The break-up email waits until %1.")
                         .arg(RepText::dayTime(m_calendar->toLocal(breakup)));
        away.note = tr("%1 is out of the office, back on %2.")
                        .arg(who, RepText::day(day.isValid() ? day : backOn));
        if (!moved.isEmpty())
            away.note += QLatin1Char(' ') + moved.join(QLatin1Char(' '));
        if (Status s = touch(away); !s)
            return s.error();
        return away.note;
    });
}

Status Pipeline::cancelScheduled(qint64 dealId, const QDateTime &now)
{
    auto m = m_activity.scheduledMeeting(dealId);
    if (!m)
        return m.error();
    if (!*m)
        return success();
    Meeting cancelled = **m;
    cancelled.status = MeetingStatus::Cancelled;
    ++cancelled.sequence;
    if (Status u = m_activity.updateMeeting(cancelled, now); !u)
        return u;
    Touch t;
    t.dealId = dealId;
    t.kind = TouchKind::MeetingCancelled;
    t.at = now;
    t.meetingId = cancelled.id;
    return touch(t);
}

Result<qint64> Pipeline::logTouch(qint64 dealId, TouchKind kind, const QDateTime &at,
                                  const QString &note, const QString &body, const QDateTime &now,
                                  const QString &messageId, const QByteArray &raw)
{
    return transaction<qint64>([&]() -> Result<qint64> {
        auto d = deal(dealId);
        if (!d)
            return d.error();
        if (!isLoggable(kind))
            return inputError(tr("Meetings set, moved, held or cancelled, stage changes, won, "
                                 "lost and reopened are recorded by their own actions, not "
                                 "logged by hand."));
        const QDateTime when = at.isValid() ? at.toUTC() : now.toUTC();
        if (when > now.addSecs(60))
            return inputError(
                Field::TouchAt,
                tr("a touch cannot be logged in the future (%1).").arg(when.toString(Qt::ISODate)));
        if (Status s = checkText(Field::Note, note, 4000, true); !s)
            return s.error();
        if (Status s = checkText(Field::SentText, body, 100000, true); !s)
            return s.error();

        // On a lost deal: the re-engage email, and the invite that cancels its meeting.
        const bool anytime = kind == TouchKind::Note || kind == TouchKind::Reply
            || (d->status == DealStatus::Lost
                && (kind == TouchKind::Reengage || kind == TouchKind::Invite));
        if (!anytime && d->status != DealStatus::Open)
            return refusal(
                d->status == DealStatus::Won
                    ? tr("Deal %1 is won: only notes and replies can be logged; reopen it "
                         "first.")
                          .arg(dealId)
                    : tr("Deal %1 is lost: only notes and replies can be logged; reopen "
                         "it first.")
                          .arg(dealId));
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
            auto m = m_activity.scheduledMeeting(dealId);
            if (!m)
                return m.error();
            Touch t;
            t.dealId = dealId;
            t.kind = kind;
            t.at = when;
            t.note = note;
            t.body = body;
            t.messageId = messageId;
            t.raw = raw;
            if (kind == TouchKind::Call)
                t.outcome = CallOutcome::Attempted;
            // Only the steps of a meeting's cycle belong to it. A note, a reply or a re-engage
            // stands alone: linked, it would pin the meeting, and an undo of the meeting's
            // setting in the app would be refused for a note the CLI wrote meanwhile.
            const bool ofTheMeeting = kind == TouchKind::Recap || kind == TouchKind::Invite
                || kind == TouchKind::Reminder || kind == TouchKind::Call
                || kind == TouchKind::MissedCall || kind == TouchKind::Breakup;
            if (*m && ofTheMeeting)
                t.meetingId = (*m)->id;
            auto inserted = m_activity.insertTouch(t);
            if (!inserted)
                return inserted.error();
            id = *inserted;
            if (kind == TouchKind::Breakup)
                return cancelScheduled(dealId, when); // an early break-up calls the meeting off
            if (kind == TouchKind::Reengage)
                return m_activity.completeTasks(dealId, TaskKind::Reengage, when);
            return success();
        });
        if (!s)
            return s.error();
        changed();
        return id;
    });
}

Status Pipeline::recordSent(qint64 dealId, TouchKind kind, const QString &text, bool withInvite,
                            const QDateTime &now, const QString &note, const QString &messageId,
                            const QByteArray &raw)
{
    Status s = m_db->write([&]() -> Status {
        auto sent = logTouch(dealId, kind, {}, note, text, now, messageId, raw);
        if (!sent)
            return sent.error();
        if (!withInvite || kind == TouchKind::Invite)
            return success();
        auto invite =
            logTouch(dealId, TouchKind::Invite, {},
                     kind == TouchKind::Note ? tr("sent with an email")
                                             : tr("sent with the %1 email").arg(toString(kind)),
                     {}, now);
        return invite ? success() : Status(invite.error());
    });
    if (s)
        changed();
    return s;
}

Status Pipeline::flagBounced(qint64 dealId, const QString &text, const QDateTime &now,
                             const QString &messageId)
{
    Status s = m_db->write([&]() -> Status {
        auto d = deal(dealId);
        if (!d)
            return d.error();
        if (Status b = m_deals.setBounced(d->contact.id, text); !b)
            return b;
        Touch t;
        t.dealId = dealId;
        t.kind = TouchKind::Note;
        t.at = now.toUTC();
        t.note = tr("The address %1 bounced: %2").arg(d->contact.email, text);
        t.messageId = messageId;
        return touch(t);
    });
    if (s)
        changed();
    return s;
}

Status Pipeline::setMailSeen(const QString &mailbox, const MailSeen &seen)
{
    return m_db->write([&]() -> Status { return m_activity.setMailSeen(mailbox, seen); });
}

Status Pipeline::checkStageName(const QString &name, qint64 except) const
{
    if (name.trimmed().isEmpty())
        return inputError(Field::StageName, tr("a stage needs a name."));
    if (Status s = checkText(Field::StageName, name.trimmed(), 60, false); !s)
        return s;
    auto other = m_deals.stageByName(name);
    if (!other)
        return other.error();
    if (*other && (*other)->id != except)
        return inputError(
            Field::StageName,
            tr("there is a stage '%1' already; choose another name.").arg((*other)->name));
    return success();
}

Result<qint64> Pipeline::addStage(const QString &name)
{
    return transaction<qint64>([&]() -> Result<qint64> {
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
        changed();
        return id;
    });
}

Status Pipeline::renameStage(qint64 id, const QString &name)
{
    return transaction<std::monostate>([&]() -> Status {
        if (Status s = checkStageName(name, id); !s)
            return s;
        Status s = m_db->write([&] { return m_deals.renameStage(id, name); });
        if (s)
            changed();
        return s;
    });
}

Status Pipeline::reorderStages(const QList<qint64> &ids)
{
    Status s = m_db->write([&] { return m_deals.reorderStages(ids); });
    if (s)
        changed();
    return s;
}

Status Pipeline::removeStage(qint64 id)
{
    return transaction<std::monostate>([&]() -> Status {
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
            return refusal(
                tr("'%1' still has %n deal(s) (won and lost ones count too): move them to "
                   "another stage first.",
                   nullptr, int(deals->size()))
                    .arg(stage->name));
        Status s = m_db->write([&] { return m_deals.removeStage(id); });
        if (s)
            changed();
        return s;
    });
}

Status Pipeline::removeDeal(qint64 dealId)
{
    return transaction<std::monostate>([&]() -> Status {
        if (auto d = deal(dealId); !d)
            return d.error();
        Status s = m_db->write([&] { return m_deals.remove(dealId); });
        if (s)
            changed();
        return s;
    });
}

Status Pipeline::markWon(qint64 dealId, const QDateTime &now)
{
    return transaction<std::monostate>([&]() -> Status {
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
        Status s = m_db->write([&]() -> Status {
            if (Status u = m_deals.update(won); !u)
                return u;
            Touch t;
            t.dealId = dealId;
            t.kind = TouchKind::Won;
            t.at = now;
            return touch(t);
        });
        if (s)
            changed();
        return s;
    });
}

Status Pipeline::markLost(qint64 dealId, const QString &reason, const QDateTime &now)
{
    return transaction<std::monostate>([&]() -> Status {
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
        Status s = m_db->write([&]() -> Status {
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
        if (s)
            changed();
        return s;
    });
}

Status Pipeline::reopen(qint64 dealId, const QDateTime &now)
{
    return transaction<std::monostate>([&]() -> Status {
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
        Status s = m_db->write([&]() -> Status {
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
        if (s)
            changed();
        return s;
    });
}

// -- undo and redo -------------------------------------------------------------------------

Result<Change> Pipeline::record(const std::function<Status()> &edit)
{
    ++m_recording;
    auto change = m_db->record(edit);
    --m_recording;
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
        connect(m_watch, &QTimer::timeout, this, [this] {
            // Not in the middle of a write of ours (a long import that shows its progress):
            // what it wrote so far may still be rolled back.
            if (m_recording > 0 || m_db->inTransaction())
                return;
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
        });
    }
    (void)m_db->changedElsewhere(); // the starting point
    m_watch->start(intervalMilliseconds);
}

} // namespace NineTouch
