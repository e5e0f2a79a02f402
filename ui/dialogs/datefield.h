// A date as a rep types it, read whole: "Mon 30 Nov 2026", "30 Nov", "Nov 30, 2026",
// "30.11.2026", "30/11/26" (or 11/30/26 where the locale writes the month first), "2026-11-30",
// in the app's language or in English; or picked from a calendar. A date editor's sections
// would read "Mon 30 Nov 2026" typed over "Tue 8 Dec 2026" as 30 December: here a text that
// is not a date, or a weekday that is not the date's, is refused with the reason, never taken
// for another day.
#pragma once

#include <QDate>
#include <QLineEdit>
#include <QLocale>

#include <optional>

class QCalendarWidget;

namespace NineTouchUi {

class DateField final : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateField(const QDate &date, QWidget *parent = nullptr);

    // The date typed or picked; none when the text is not one (problem() says why).
    std::optional<QDate> date() const;
    QString problem() const;
    void setDate(const QDate &date);
    // The day a date typed without its year counts from (that day or the next such date).
    void setToday(const QDate &today) { m_today = today; }

    struct Reading
    {
        QDate date; // invalid when the text is not a date
        QString problem; // why, in the rep's words
    };
    static Reading read(const QString &text, const QDate &today, const QLocale &locale = {});
    // How the field writes a date: "Mon 30 Nov 2026" ("Mo. 30 Nov. 2026").
    static QString written(const QDate &date, const QLocale &locale = {});

private:
    void showCalendar();

    QDate m_today;
};

} // namespace NineTouchUi
