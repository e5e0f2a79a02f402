#include "timefield.h"

#include "reptext.h"

#include <QLineEdit>
#include <QRegularExpression>

namespace NineTouchUi {

TimeField::TimeField(const QTime &time, QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    for (QTime t(7, 0); t.isValid() && t <= QTime(20, 0); t = t.addSecs(15 * 60)) {
        addItem(NineTouch::RepText::time(t), t);
        if (t == QTime(20, 0))
            break;
    }
    setTime(time);
    lineEdit()->setPlaceholderText(tr("e.g. 14:30"));
}

void TimeField::setTime(const QTime &time)
{
    const int i = findData(time);
    if (i >= 0)
        setCurrentIndex(i);
    setEditText(NineTouch::RepText::time(time));
}

std::optional<QTime> TimeField::time() const
{
    return parse(currentText());
}

std::optional<QTime> TimeField::parse(const QString &raw)
{
    const QString text = raw.simplified().toLower();
    static const QRegularExpression re(
        QStringLiteral("^(\\d{1,2})(?:[:.h ]?(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.|uhr)?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    int hour = m.captured(1).toInt();
    const int minute = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    const QString half = m.captured(3);
    if (half.startsWith(QLatin1Char('p')) && hour >= 1 && hour < 12)
        hour += 12;
    else if (half.startsWith(QLatin1Char('a')) && hour == 12)
        hour = 0;
    else if (half.startsWith(QLatin1Char('a')) || half.startsWith(QLatin1Char('p'))) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
    }
    const QTime t(hour, minute);
    return t.isValid() ? std::optional<QTime>(t) : std::nullopt;
}

} // namespace NineTouchUi
