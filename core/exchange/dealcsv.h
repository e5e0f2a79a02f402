// Deals with their contacts as CSV, as NineTouch exports them (UTF-8, RFC 4180, spreadsheet-safe):
// DealImport reads them back.
#pragma once

#include "pipeline.h"

namespace NineTouch {

class DealCsv final
{
    Q_DECLARE_TR_FUNCTIONS(DealCsv)

public:
    static const QStringList &columns();
    static QString write(const QList<Deal> &deals);
};

} // namespace NineTouch
