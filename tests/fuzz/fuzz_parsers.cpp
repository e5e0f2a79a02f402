// What the rep types at the edges: dates and times, dates, amounts, zones, currencies; and the
// message text made printable (never a control character but the line break).
#include "result.h"
#include "validation.h"

#include <cstdlib>

using namespace NineTouch;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QTimeZone berlin("Europe/Berlin");
    if (auto t = parseDateTime(Field::None, text, berlin)) {
        if (!t->isValid() || t->date().year() < minYear - 1 || t->date().year() > maxYear + 1)
            std::abort();
    }
    if (auto d = parseDate(Field::None, text)) {
        if (!d->isValid() || d->year() < minYear || d->year() > maxYear)
            std::abort();
    }
    if (auto cents = parseMoney(Field::None, text)) {
        if (*cents < 0)
            std::abort();
    }
    (void)checkTimeZone(Field::None, text);
    (void)checkCurrency(Field::None, text);
    (void)checkEmail(Field::None, text);
    const QString shown = Error::printable(text);
    for (const QChar c : shown) {
        if ((c.unicode() < 0x20 && c != QLatin1Char('\n'))
            || (c.unicode() >= 0x7f && c.unicode() < 0xa0))
            std::abort();
    }
    return 0;
}
