// Setting or moving the next meeting, and the no-show flow after a missed call.
#pragma once

#include "pipeline.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace NineTouchUi {

class DateField;
class TimeField;

// Date, time and zone of a meeting; refuses a time that does not exist in the zone.
class MeetingDialog final : public QDialog
{
    Q_OBJECT

public:
    MeetingDialog(NineTouch::Pipeline &pipeline, qint64 dealId, const QDateTime &now,
                  QWidget *parent = nullptr);

    QDateTime start() const { return m_start; }
    QString zone() const;
    int minutes() const;
    QString agenda() const;
    NineTouch::Channel channel() const;

    void accept() override;

private:
    NineTouch::Pipeline &m_pipeline;
    QDateTime m_now;
    DateField *m_date;
    TimeField *m_time;
    QComboBox *m_zone;
    QSpinBox *m_minutes;
    QComboBox *m_channel;
    QLineEdit *m_agenda;
    QLabel *m_warning;
    QLabel *m_error;
    QDateTime m_start;
};

// The prospect did not pick up: which numbers were tried, and the next slot as if agreed.
class NoShowDialog final : public QDialog
{
    Q_OBJECT

public:
    NoShowDialog(NineTouch::Pipeline &pipeline, qint64 dealId, const QDateTime &now,
                 QWidget *parent = nullptr);

    int tried() const;
    bool lastCycle() const { return m_lastCycle; }
    // The slot the rep settled on; invalid when it is the proposed one unchanged.
    QDateTime changedSlot() const;

    void accept() override;

private:
    QCheckBox *m_direct;
    QCheckBox *m_reception;
    QCheckBox *m_mobile;
    QLabel *m_warning;
    DateField *m_date = nullptr;
    TimeField *m_time = nullptr;
    QLabel *m_error;
    QDateTime m_proposed;
    QTimeZone m_zone;
    bool m_lastCycle = false;
};

} // namespace NineTouchUi
