// The rep's working week: a box per weekday and the hours, as the settings store them
// ("mon,tue,…" and "09:00-17:00"). Used by the settings and the welcome page.
#pragma once

#include "settings.h"

#include <QWidget>

class QCheckBox;
class QTimeEdit;

namespace NineTouchUi {

class WorkDaysBox final : public QWidget
{
    Q_OBJECT

public:
    explicit WorkDaysBox(const NineTouch::Settings &settings, QWidget *parent = nullptr);
    QString value() const; // "mon,tue,wed,thu,fri"
    QCheckBox *first() const; // the label's buddy

private:
    QList<QCheckBox *> m_days;
};

class WorkHoursBox final : public QWidget
{
    Q_OBJECT

public:
    explicit WorkHoursBox(const NineTouch::Settings &settings, QWidget *parent = nullptr);
    QString value() const; // "09:00-17:00"
    QTimeEdit *start() const { return m_start; }

private:
    QTimeEdit *m_start;
    QTimeEdit *m_end;
};

} // namespace NineTouchUi
