#include "dealcsv.h"

#include "csv.h"
#include "names.h"
#include "validation.h"

namespace NineTouch {

const QStringList &DealCsv::columns()
{
    static const QStringList all {
        QStringLiteral("id"),           QStringLiteral("title"),
        QStringLiteral("organization"), QStringLiteral("contact"),
        QStringLiteral("email"),        QStringLiteral("phone"),
        QStringLiteral("mobile"),       QStringLiteral("reception"),
        QStringLiteral("tz"),           QStringLiteral("language"),
        QStringLiteral("value"),        QStringLiteral("currency"),
        QStringLiteral("stage"),        QStringLiteral("status"),
        QStringLiteral("lost_reason"),  QStringLiteral("value_summary"),
        QStringLiteral("cost"),         QStringLiteral("material_delivered"),
        QStringLiteral("topic"),        QStringLiteral("first_name"),
        QStringLiteral("region")
    };
    return all;
}

QString DealCsv::write(const QList<Deal> &deals)
{
    QString out = Csv::row(columns());
    for (const Deal &d : deals) {
        out += Csv::row(
            { QString::number(d.id),
              d.title,
              d.organization,
              d.contact.name,
              d.contact.email,
              d.contact.phone,
              d.contact.mobile,
              d.contact.reception,
              d.contact.tz,
              d.contact.language,
              QString::number(double(d.valueCents) / 100.0, 'f', d.valueCents % 100 ? 2 : 0),
              d.currency,
              d.stage,
              toString(d.status),
              d.lostReason,
              d.valueSummary,
              toString(d.cost),
              d.materialDelivered ? QStringLiteral("yes") : QStringLiteral("no"),
              d.topic,
              d.contact.firstName,
              d.contact.region });
    }
    return out;
}

Result<QList<Deal>> DealCsv::read(const QString &text, Pipeline &pipeline)
{
    // A problem names the column it is in, as the file does.
    const auto columnOf = [](Field f) -> QString {
        switch (f) {
        case Field::Title:
            return QStringLiteral("title");
        case Field::Organization:
            return QStringLiteral("organization");
        case Field::ContactName:
            return QStringLiteral("contact");
        case Field::Email:
            return QStringLiteral("email");
        case Field::Phone:
            return QStringLiteral("phone");
        case Field::Mobile:
            return QStringLiteral("mobile");
        case Field::Reception:
            return QStringLiteral("reception");
        case Field::TimeZone:
            return QStringLiteral("tz");
        case Field::Language:
            return QStringLiteral("language");
        case Field::Currency:
            return QStringLiteral("currency");
        case Field::Value:
            return QStringLiteral("value");
        case Field::LostReason:
            return QStringLiteral("lost_reason");
        case Field::ValueSummary:
            return QStringLiteral("value_summary");
        default:
            return {};
        }
    };
    QString parseError;
    const QList<QStringList> rows = Csv::parse(text, &parseError);
    if (!parseError.isEmpty())
        return inputError(tr("The CSV is malformed: %1.").arg(parseError));
    if (rows.isEmpty())
        return inputError(tr("The CSV is empty: its first row must name the columns (%1).")
                              .arg(columns().join(QStringLiteral(", "))));
    QHash<QString, int> at;
    for (int i = 0; i < rows.first().size(); ++i) {
        const QString name = rows.first().at(i).trimmed().toLower();
        if (!columns().contains(name))
            return inputError(tr("Unknown column '%1'; the columns are %2.")
                                  .arg(name, columns().join(QStringLiteral(", "))));
        at.insert(name, i);
    }
    for (const char *required : { "title", "organization", "contact", "email" }) {
        if (!at.contains(QLatin1String(required)))
            return inputError(tr("The CSV needs a '%1' column.").arg(QLatin1String(required)));
    }
    auto stages = pipeline.stages();
    if (!stages)
        return stages.error();
    if (stages->isEmpty())
        return refusal(tr("There are no stages: add one first."));
    QHash<QString, qint64> stageIds;
    for (const Stage &s : std::as_const(*stages))
        stageIds.insert(s.name.toLower(), s.id);
    QStringList problems;
    QList<Deal> deals;
    for (int r = 1; r < rows.size() && problems.size() < 20; ++r) {
        const QStringList &row = rows.at(r);
        const int line = r + 1;
        auto get = [&](const char *name) {
            return at.contains(QLatin1String(name))
                ? row.value(at.value(QLatin1String(name))).trimmed()
                : QString();
        };
        auto problem = [&](const QString &message) {
            problems << tr("Row %1: %2").arg(line).arg(message);
        };
        Deal d;
        d.title = get("title");
        d.organization = get("organization");
        d.contact.name = get("contact");
        d.contact.email = get("email");
        d.contact.phone = get("phone");
        d.contact.mobile = get("mobile");
        d.contact.reception = get("reception");
        d.contact.tz = get("tz");
        d.contact.language = get("language").isEmpty() ? QStringLiteral("en") : get("language");
        d.topic = get("topic");
        d.contact.firstName = get("first_name");
        d.contact.region = get("region").toUpper();
        d.currency =
            get("currency").isEmpty() ? pipeline.settings().currency : get("currency").toUpper();
        d.valueSummary = get("value_summary");
        d.lostReason = get("lost_reason");
        if (!get("value").isEmpty()) {
            auto cents = parseMoney(Field::Value, get("value"));
            if (!cents)
                problem(tr("value: %1").arg(cents.error().message));
            else
                d.valueCents = *cents;
        }
        if (!get("stage").isEmpty()) {
            d.stageId = stageIds.value(get("stage").toLower());
            if (d.stageId == 0)
                problem(tr("stage: there is no stage '%1'.").arg(get("stage")));
        } else {
            d.stageId = stages->constFirst().id;
        }
        if (!get("status").isEmpty()) {
            if (auto status = dealStatusFromString(get("status")))
                d.status = *status;
            else
                problem(tr("status: '%1' is not open, won or lost.").arg(get("status")));
        }
        if (!get("cost").isEmpty()) {
            if (auto cost = costFromString(get("cost")))
                d.cost = *cost;
            else
                problem(tr("cost: '%1' is not low or high.").arg(get("cost")));
        }
        const QString material = get("material_delivered").toLower();
        if (!material.isEmpty() && material != QLatin1String("yes")
            && material != QLatin1String("no"))
            problem(
                tr("material_delivered: '%1' is not yes or no.").arg(get("material_delivered")));
        d.materialDelivered = material == QLatin1String("yes");
        if (Status s = pipeline.validate(d); !s)
            problem(s.error().text(columnOf));
        deals << d;
    }
    if (!problems.isEmpty())
        return inputError(tr("Nothing was imported:\n%1").arg(problems.join(QLatin1Char('\n'))));
    return deals;
}

} // namespace NineTouch
