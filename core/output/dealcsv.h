// Deals with their contacts as CSV: export, and an import that checks every row before
// anything is written.
#pragma once

#include "pipeline.h"

namespace NineTouch {

class DealCsv final
{
    Q_DECLARE_TR_FUNCTIONS(DealCsv)

public:
    static const QStringList &columns();
    static QString write(const QList<Deal> &deals);
    // Every problem names the row, the column and the value; no deal is returned unless all rows
    // are good.
    static Result<QList<Deal>> read(const QString &text, Pipeline &pipeline);
};

} // namespace NineTouch
