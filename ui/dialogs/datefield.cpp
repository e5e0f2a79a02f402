#include "datefield.h"

#include <QAction>
#include <QCalendarWidget>
#include <QMenu>
#include <QPainter>
#include <QWidgetAction>

namespace NineTouchUi {

namespace {

// A name as typed: lower case, without the dot of an abbreviation.
QString bare(QString name)
{
    name = name.toLower().trimmed();
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(',')))
        name.chop(1);
    return name;
}

// The weekday a word names (1 = Monday), in the locale's language or in English; 0: none.
int weekdayOf(const QString &word, const QLocale &locale)
{
    const QString w = bare(word);
    if (w.isEmpty())
        return 0;
    for (const QLocale &l : { locale, QLocale(QLocale::English) }) {
        for (int d = 1; d <= 7; ++d) {
            for (QLocale::FormatType type : { QLocale::LongFormat, QLocale::ShortFormat }) {
                if (bare(l.dayName(d, type)) == w)
                    return d;
            }
        }
    }
    return 0;
}

// A small calendar sheet in the text colour: the themes of many desktops have no calendar icon.
QIcon calendarIcon(const QPalette &palette)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor ink = palette.color(QPalette::Text);
    p.setPen(QPen(ink, 2));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(4, 6, 24, 22), 3, 3);
    p.fillRect(QRectF(4, 6, 24, 6), ink);
    p.drawLine(QPointF(10, 3), QPointF(10, 8));
    p.drawLine(QPointF(22, 3), QPointF(22, 8));
    for (int row = 0; row < 2; ++row) {
        for (int col = 0; col < 3; ++col)
            p.fillRect(QRectF(8 + col * 6.5, 15 + row * 6, 3.5, 3.5), ink);
    }
    return QIcon(pixmap);
}

// Whether the locale writes a numeric date month first (en_US "M/d/yy").
bool monthFirst(const QLocale &locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    const qsizetype m = format.indexOf(QLatin1Char('M'));
    const qsizetype d = format.indexOf(QLatin1Char('d'));
    return m >= 0 && d >= 0 && m < d;
}

} // namespace

DateField::DateField(const QDate &date, QWidget *parent)
    : QLineEdit(parent)
    , m_today(QDate::currentDate())
{
    setDate(date);
    setPlaceholderText(tr("e.g. %1").arg(written(date.isValid() ? date : m_today)));
    QAction *pick =
        addAction(QIcon::fromTheme(QStringLiteral("x-office-calendar"), calendarIcon(palette())),
                  QLineEdit::TrailingPosition);
    pick->setToolTip(tr("Pick the date from a calendar"));
    connect(pick, &QAction::triggered, this, &DateField::showCalendar);
    // Once the rep leaves the field, a date is shown as the field writes it; anything else
    // stays as typed, for the dialog to say what is wrong with it.
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (const auto d = this->date())
            setText(written(*d));
    });
}

QString DateField::written(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, QStringLiteral("ddd d MMM yyyy"));
}

void DateField::setDate(const QDate &date)
{
    setText(date.isValid() ? written(date) : QString());
}

std::optional<QDate> DateField::date() const
{
    const Reading r = read(text(), m_today);
    return r.date.isValid() ? std::optional<QDate>(r.date) : std::nullopt;
}

QString DateField::problem() const
{
    return read(text(), m_today).problem;
}

DateField::Reading DateField::read(const QString &raw, const QDate &today, const QLocale &locale)
{
    const QString example = written(today.isValid() ? today : QDate(2026, 11, 30), locale);
    QString text = raw.simplified();
    text.remove(QLatin1Char(','));
    if (text.isEmpty())
        return { {}, tr("Type the date, like %1.").arg(example) };

    // A weekday in front is checked against the date, not read as one.
    int weekday = 0;
    QString typedWeekday;
    const QString first = text.section(QLatin1Char(' '), 0, 0);
    if (const int d = weekdayOf(first, locale)) {
        weekday = d;
        typedWeekday = first;
        text = text.section(QLatin1Char(' '), 1).trimmed();
    }

    const QString slashed = monthFirst(locale) ? QStringLiteral("M/d/") : QStringLiteral("d/M/");
    const QStringList withYear {
        QStringLiteral("d MMM yyyy"),     QStringLiteral("d MMMM yyyy"),
        QStringLiteral("d. MMM yyyy"),    QStringLiteral("d. MMMM yyyy"),
        QStringLiteral("MMM d yyyy"),     QStringLiteral("MMMM d yyyy"),
        QStringLiteral("yyyy-M-d"),       QStringLiteral("d.M.yyyy"),
        slashed + QStringLiteral("yyyy"), QStringLiteral("d.M.yy"),
        slashed + QStringLiteral("yy"),
    };
    const QStringList withoutYear {
        QStringLiteral("d MMM"),   QStringLiteral("d MMMM"), QStringLiteral("d. MMM"),
        QStringLiteral("d. MMMM"), QStringLiteral("MMM d"),  QStringLiteral("MMMM d"),
        QStringLiteral("d.M."),    QStringLiteral("d.M"),    slashed.chopped(1),
    };
    QDate date;
    for (const QLocale &l : { locale, QLocale(QLocale::English) }) {
        for (const QString &format : withYear) {
            date = l.toDate(text, format);
            if (date.isValid()) {
                // Two-digit years are this century's.
                if (format.endsWith(QLatin1String("/yy")) || format.endsWith(QLatin1String(".yy")))
                    date = date.addYears(date.year() < 2000 ? 100 : 0);
                break;
            }
        }
        if (date.isValid())
            break;
        for (const QString &format : withoutYear) {
            const QDate d = l.toDate(text, format);
            if (!d.isValid())
                continue;
            // The next such day from today.
            const QDate base = today.isValid() ? today : QDate::currentDate();
            date = QDate(base.year(), d.month(), d.day());
            if (!date.isValid() || date < base)
                date = QDate(base.year() + 1, d.month(), d.day());
            break;
        }
        if (date.isValid())
            break;
    }
    if (!date.isValid())
        return { {}, tr("“%1” is not a date; write it like %2.").arg(raw.simplified(), example) };
    if (weekday && date.dayOfWeek() != weekday)
        return { {},
                 tr("%1 is a %2, not a %3: check the day.")
                     .arg(locale.toString(date, QStringLiteral("d MMMM yyyy")),
                          locale.dayName(date.dayOfWeek()), locale.dayName(weekday)) };
    return { date, {} };
}

void DateField::showCalendar()
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    auto *calendar = new QCalendarWidget(menu);
    calendar->setGridVisible(false);
    calendar->setFirstDayOfWeek(locale().firstDayOfWeek());
    if (const auto d = date())
        calendar->setSelectedDate(*d);
    else
        calendar->setSelectedDate(m_today);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(calendar);
    menu->addAction(action);
    connect(calendar, &QCalendarWidget::clicked, this, [this, menu](const QDate &d) {
        setDate(d);
        emit editingFinished();
        menu->close();
    });
    menu->popup(mapToGlobal(QPoint(0, height())));
    calendar->setFocus();
}

} // namespace NineTouchUi
