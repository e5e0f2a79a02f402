// The columns of deals that a deal's own fields fill, named once: the insert, the update and the
// field a conflict names (changesets.cpp) are all made from this table. (The reader, readDeal,
// reads a join by position; its column list stays beside it.)
#pragma once

#include "fields.h"
#include "names.h"
#include "sql/sqlhelpers.h"
#include "types.h"

#include <QByteArray>
#include <QVariant>

#include <array>

namespace NineTouch::Sql {

struct DealColumn
{
    const char *name;
    Field field; // what the rep calls it in a conflict; None: bookkeeping
    QVariant (*value)(const Deal &);
};

inline const std::array<DealColumn, 20> &dealColumns()
{
    static const std::array<DealColumn, 20> columns { {
        { "title", Field::Title,
          [](const Deal &d) {
              return QVariant(d.title);
          } },
        { "topic", Field::Topic,
          [](const Deal &d) {
              return QVariant(d.topic);
          } },
        { "stage_id", Field::Stage,
          [](const Deal &d) {
              return QVariant(d.stageId);
          } },
        { "stage_changed_at", Field::Stage,
          [](const Deal &d) {
              return fromTime(d.stageChangedAt);
          } },
        { "status", Field::Status,
          [](const Deal &d) {
              return QVariant(toString(d.status));
          } },
        { "closed_at", Field::Status,
          [](const Deal &d) {
              return fromTime(d.closedAt);
          } },
        { "lost_reason", Field::LostReason,
          [](const Deal &d) {
              return QVariant(d.lostReason);
          } },
        { "value_cents", Field::Value,
          [](const Deal &d) {
              return QVariant(d.valueCents);
          } },
        { "currency", Field::Currency,
          [](const Deal &d) {
              return QVariant(d.currency);
          } },
        { "value_summary", Field::ValueSummary,
          [](const Deal &d) {
              return QVariant(d.valueSummary);
          } },
        { "cost", Field::Cost,
          [](const Deal &d) {
              return QVariant(toString(d.cost));
          } },
        { "material_delivered", Field::MaterialDelivered,
          [](const Deal &d) {
              return QVariant(d.materialDelivered ? 1 : 0);
          } },
        { "cycles", Field::Cycles,
          [](const Deal &d) {
              return optionalInt(d.policy.cycles);
          } },
        { "reminder_days", Field::ReminderDays,
          [](const Deal &d) {
              return optionalInt(d.policy.reminderDays);
          } },
        { "deadline_days", Field::DeadlineDays,
          [](const Deal &d) {
              return optionalInt(d.policy.deadlineDays);
          } },
        { "reengage_days", Field::ReengageDays,
          [](const Deal &d) {
              return optionalInt(d.policy.reengageDays);
          } },
        { "slot_days", Field::SlotDays,
          [](const Deal &d) {
              return optionalInt(d.policy.slotDays);
          } },
        { "updated_at", Field::None,
          [](const Deal &d) {
              return fromTime(d.updatedAt);
          } },
        { "external_ref", Field::None,
          [](const Deal &d) {
              return QVariant(d.externalRef);
          } },
        { "owner", Field::Owner,
          [](const Deal &d) {
              return QVariant(d.owner);
          } },
    } };
    return columns;
}

} // namespace NineTouch::Sql
