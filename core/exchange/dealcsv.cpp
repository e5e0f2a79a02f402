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
        QStringLiteral("region"),       QStringLiteral("external_ref"),
        QStringLiteral("salutation"),   QStringLiteral("address")
    };
    return all;
}

QString DealCsv::write(const QList<Deal> &deals)
{
    QString out = Csv::row(columns());
    for (const Deal &d : deals) {
        QStringList cells { QString::number(d.id),
                            d.title,
                            d.organization,
                            d.contact.name,
                            d.contact.email,
                            d.contact.phone,
                            d.contact.mobile,
                            d.contact.reception,
                            d.contact.tz,
                            d.contact.language,
                            QString::number(double(d.valueCents) / 100.0, 'f',
                                            d.valueCents % 100 ? 2 : 0),
                            d.currency,
                            d.stage,
                            toString(d.status),
                            d.lostReason,
                            d.valueSummary,
                            toString(d.cost),
                            d.materialDelivered ? QStringLiteral("yes") : QStringLiteral("no"),
                            d.topic,
                            d.contact.firstName,
                            d.contact.region,
                            d.externalRef,
                            d.contact.salutation,
                            toString(d.contact.address) };
        // What a spreadsheet would run as a formula is guarded; import takes the guard off.
        for (QString &c : cells)
            c = Csv::guard(c);
        out += Csv::row(cells);
    }
    return out;
}

} // namespace NineTouch
