#include "result.h"

#include <QRegularExpression>

namespace NineTouch {

QString Error::printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        // C0 and C1 controls but the line break (messages use it), DEL; and the bidi overrides
        // that make a terminal show text in another order than it is.
        const bool control = (u < 0x20 && u != u'\n') || (u >= 0x7f && u < 0xa0)
            || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
        if (control)
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    // Each match's group keeps its ends: "/home/jana/Downloads/… (120000 characters) …deals.csv".
    const auto shorten = [&out](const QRegularExpression &shape, auto groupOf) {
        QRegularExpressionMatch m;
        qsizetype from = 0;
        while ((m = shape.match(out, from)).hasMatch()) {
            const int group = groupOf(m);
            const QString value = m.captured(group);
            const QString cut = value.left(80)
                + QStringLiteral("… (%1 characters) …").arg(value.size()) + value.right(20);
            out.replace(m.capturedStart(group), m.capturedLength(group), cut);
            from = m.capturedStart(group) + cut.size();
        }
    };
    // A value quoted in a message ('…' or “…”) is cut when longer than a line.
    static const QRegularExpression quoted(QStringLiteral("'([^'\\n]{121,})'|“([^”\\n]{121,})”"));
    shorten(quoted,
            [](const QRegularExpressionMatch &m) { return m.captured(1).isEmpty() ? 2 : 1; });
    // So is a value named without quotes (a path, a word) longer than a few lines.
    static const QRegularExpression word(QStringLiteral("\\S{241,}"));
    shorten(word, [](const QRegularExpressionMatch &) { return 0; });
    return out;
}

} // namespace NineTouch
