// What arrives in the rep's inbox: any bytes at all, read by GMime (and libical for a calendar
// answer). The parser never crashes, and what it gives back keeps its promises: one printable
// line of subject, lower-case addresses, references in angle brackets.
#include "incomingmail.h"

#include <cstdlib>

using namespace NineTouch;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    const IncomingMail mail = IncomingMail::parse(raw);
    if (mail.subject.size() > 201) // 200 and an ellipsis
        std::abort();
    for (const QChar c : mail.subject) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0))
            std::abort();
    }
    if (mail.fromAddress != mail.fromAddress.toLower())
        std::abort();
    for (const QString &r : mail.references) {
        if (r.size() < 3 || !r.startsWith(QLatin1Char('<')) || !r.endsWith(QLatin1Char('>')))
            std::abort();
    }
    for (const QString &a : mail.bouncedAddresses) {
        if (a != a.toLower())
            std::abort();
    }
    if (mail.kind == IncomingMail::Kind::CalendarReply && mail.calendarUid.isEmpty())
        std::abort();
    return 0;
}
