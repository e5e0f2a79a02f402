// CSV as it arrives from outside: decoded, its separator detected, parsed, written back and
// parsed again to the same fields; spreadsheet guards come off exactly; the import's reading of
// the layout never crashes and names every column.
#include "csv.h"
#include "dealimport.h"
#include "textfile.h"

#include <cstdlib>

using namespace NineTouch;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const TextFile::Text text = TextFile::decode(bytes);
    const QChar separator = Csv::detectSeparator(text.text);
    QString error;
    const QList<QStringList> rows = Csv::parse(text.text, &error, separator);
    if (error.isEmpty()) {
        for (const QStringList &row : rows) {
            // What Csv::row writes, Csv::parse reads back (a lone empty field is a blank line).
            if (row.size() == 1 && row.constFirst().isEmpty())
                continue;
            const QList<QStringList> again = Csv::parse(Csv::row(row));
            if (again.size() != 1 || again.constFirst() != row)
                std::abort();
            for (const QString &field : row) {
                if (Csv::unguard(Csv::guard(field)) != field)
                    std::abort();
            }
        }
    }
    if (auto plan = DealImport::read(text)) {
        if (plan->fields.size() != plan->headers.size())
            std::abort();
        (void)plan->unusedColumns();
    }
    return 0;
}
