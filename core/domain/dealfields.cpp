#include "dealfields.h"

namespace NineTouch {

namespace {

QVariant optional(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
}

std::optional<int> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

} // namespace

const QList<Field> &dealFields()
{
    static const QList<Field> all {
        Field::Title,        Field::Topic,        Field::Organization,
        Field::Stage,        Field::Value,        Field::Currency,
        Field::ValueSummary, Field::Cost,         Field::MaterialDelivered,
        Field::Cycles,       Field::ReminderDays, Field::DeadlineDays,
        Field::ReengageDays, Field::SlotDays,     Field::ContactName,
        Field::FirstName,    Field::Email,        Field::Phone,
        Field::Mobile,       Field::Reception,    Field::TimeZone,
        Field::Language,     Field::Region,       Field::Salutation,
        Field::Address,      Field::Owner,
    };
    return all;
}

QVariant fieldValue(const Deal &d, Field field)
{
    switch (field) {
    case Field::Title:
        return d.title;
    case Field::Topic:
        return d.topic;
    case Field::FirstName:
        return d.contact.firstName;
    case Field::Salutation:
        return d.contact.salutation;
    case Field::Address:
        return int(d.contact.address);
    case Field::Region:
        return d.contact.region;
    case Field::Organization:
        return d.organization;
    case Field::Stage:
        return d.stageId;
    case Field::Value:
        return d.valueCents;
    case Field::Currency:
        return d.currency;
    case Field::ValueSummary:
        return d.valueSummary;
    case Field::Cost:
        return int(d.cost);
    case Field::MaterialDelivered:
        return d.materialDelivered;
    case Field::Cycles:
        return optional(d.policy.cycles);
    case Field::ReminderDays:
        return optional(d.policy.reminderDays);
    case Field::DeadlineDays:
        return optional(d.policy.deadlineDays);
    case Field::ReengageDays:
        return optional(d.policy.reengageDays);
    case Field::SlotDays:
        return optional(d.policy.slotDays);
    case Field::Owner:
        return d.owner;
    case Field::ContactName:
        return d.contact.name;
    case Field::Email:
        return d.contact.email;
    case Field::Phone:
        return d.contact.phone;
    case Field::Mobile:
        return d.contact.mobile;
    case Field::Reception:
        return d.contact.reception;
    case Field::TimeZone:
        return d.contact.tz;
    case Field::Language:
        return d.contact.language;
    default:
        Q_ASSERT_X(false, "fieldValue", "not a deal field");
        return {};
    }
}

void setFieldValue(Deal &d, Field field, const QVariant &v)
{
    switch (field) {
    case Field::Title:
        d.title = v.toString();
        break;
    case Field::Topic:
        d.topic = v.toString();
        break;
    case Field::FirstName:
        d.contact.firstName = v.toString();
        break;
    case Field::Salutation:
        d.contact.salutation = v.toString();
        break;
    case Field::Address:
        d.contact.address = AddressForm(v.toInt());
        break;
    case Field::Region:
        d.contact.region = v.toString();
        break;
    case Field::Organization:
        d.organization = v.toString();
        break;
    case Field::Stage:
        d.stageId = v.toLongLong();
        break;
    case Field::Value:
        d.valueCents = v.toLongLong();
        break;
    case Field::Currency:
        d.currency = v.toString();
        break;
    case Field::ValueSummary:
        d.valueSummary = v.toString();
        break;
    case Field::Cost:
        d.cost = FollowUpCost(v.toInt());
        break;
    case Field::MaterialDelivered:
        d.materialDelivered = v.toBool();
        break;
    case Field::Cycles:
        d.policy.cycles = optionalInt(v);
        break;
    case Field::ReminderDays:
        d.policy.reminderDays = optionalInt(v);
        break;
    case Field::DeadlineDays:
        d.policy.deadlineDays = optionalInt(v);
        break;
    case Field::ReengageDays:
        d.policy.reengageDays = optionalInt(v);
        break;
    case Field::SlotDays:
        d.policy.slotDays = optionalInt(v);
        break;
    case Field::Owner:
        d.owner = v.toLongLong();
        break;
    case Field::ContactName:
        d.contact.name = v.toString();
        break;
    case Field::Email:
        d.contact.email = v.toString();
        break;
    case Field::Phone:
        d.contact.phone = v.toString();
        break;
    case Field::Mobile:
        d.contact.mobile = v.toString();
        break;
    case Field::Reception:
        d.contact.reception = v.toString();
        break;
    case Field::TimeZone:
        d.contact.tz = v.toString();
        break;
    case Field::Language:
        d.contact.language = v.toString();
        break;
    default:
        Q_ASSERT_X(false, "setFieldValue", "not a deal field");
    }
}

QList<Field> changedFields(const Deal &before, const Deal &after)
{
    QList<Field> changed;
    for (Field f : dealFields()) {
        if (fieldValue(before, f) != fieldValue(after, f))
            changed << f;
    }
    return changed;
}

Merge mergeEdit(const Deal &base, const Deal &edited, const Deal &current)
{
    Merge m { current, {}, {} };
    for (Field f : changedFields(base, edited)) {
        const QVariant mine = fieldValue(edited, f);
        const QVariant now = fieldValue(current, f);
        if (now != fieldValue(base, f) && now != mine) {
            m.conflicts << f;
            continue;
        }
        if (now != mine) {
            setFieldValue(m.deal, f, mine);
            m.written << f;
        }
    }
    return m;
}

} // namespace NineTouch
