// A time of day as a rep types it: pick from the quarter hours, or type "14:30", "1430",
// "14.30", "2:30 pm" or "14" over whatever is shown (a time editor's sections would silently
// keep the old value when typed over).
#pragma once

#include <QComboBox>
#include <QTime>

#include <optional>

namespace NineTouchUi {

class TimeField final : public QComboBox
{
    Q_OBJECT

public:
    explicit TimeField(const QTime &time, QWidget *parent = nullptr);

    // The time shown or typed; none when the text is not a time.
    std::optional<QTime> time() const;
    void setTime(const QTime &time);

    static std::optional<QTime> parse(const QString &text);
};

} // namespace NineTouchUi
