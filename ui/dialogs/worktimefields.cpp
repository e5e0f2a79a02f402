#include "worktimefields.h"

#include "reptext.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeEdit>

namespace NineTouchUi {

namespace {

const QStringList &dayKeys()
{
    static const QStringList keys { QStringLiteral("mon"), QStringLiteral("tue"),
                                    QStringLiteral("wed"), QStringLiteral("thu"),
                                    QStringLiteral("fri"), QStringLiteral("sat"),
                                    QStringLiteral("sun") };
    return keys;
}

} // namespace

WorkDaysBox::WorkDaysBox(const NineTouch::Settings &settings, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;
    for (int d = 1; d <= 7; ++d) {
        auto *b = new QCheckBox(locale.dayName(d, QLocale::ShortFormat));
        b->setChecked(settings.workDays.contains(d));
        layout->addWidget(b);
        m_days << b;
    }
    layout->addStretch();
}

QCheckBox *WorkDaysBox::first() const
{
    return m_days.constFirst();
}

QString WorkDaysBox::value() const
{
    QStringList on;
    for (int d = 0; d < 7; ++d) {
        if (m_days.at(d)->isChecked())
            on << dayKeys().at(d);
    }
    return on.join(QLatin1Char(','));
}

WorkHoursBox::WorkHoursBox(const NineTouch::Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_start(new QTimeEdit(settings.workStart))
    , m_end(new QTimeEdit(settings.workEnd))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QTimeEdit *e : { m_start, m_end })
        e->setDisplayFormat(NineTouch::RepText::timeFormat());
    m_start->setAccessibleName(tr("Working day starts"));
    m_end->setAccessibleName(tr("Working day ends"));
    layout->addWidget(m_start);
    layout->addWidget(new QLabel(tr("to")));
    layout->addWidget(m_end);
    layout->addStretch();
}

QString WorkHoursBox::value() const
{
    return m_start->time().toString(QStringLiteral("HH:mm")) + QLatin1Char('-')
        + m_end->time().toString(QStringLiteral("HH:mm"));
}

} // namespace NineTouchUi
