#include "meetingdialogs.h"

#include "validation.h"

#include "fieldlabels.h"

#include "dealform.h"
#include "workcalendar.h"
#include "zonebox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include "datefield.h"
#include "timefield.h"

namespace NineTouchUi {

using namespace NineTouch;

namespace {

QLabel *errorLabel()
{
    auto *l = new QLabel;
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #d64545"));
    l->hide();
    return l;
}

// What is odd about the time typed (a side's day off or night, another meeting): said as the
// rep types, in amber, without stopping them.
QLabel *warningLabel()
{
    auto *l = new QLabel;
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b07010"));
    l->setObjectName(QStringLiteral("timeWarning"));
    l->hide();
    return l;
}

void showWarnings(QLabel *label, const Pipeline &pipeline, qint64 dealId, const DateField *date,
                  const TimeField *time, const QString &zone, int minutes)
{
    const auto day = date->date();
    const auto at = time->time();
    const QTimeZone tz(zone.toUtf8());
    const QDateTime start = day && at && tz.isValid() ? instantAt(*day, *at, tz) : QDateTime();
    QStringList warnings;
    if (start.isValid()) {
        if (auto w = pipeline.meetingWarnings(dealId, start, minutes, zone))
            warnings = *w;
    }
    label->setText(warnings.join(QLatin1Char('\n')));
    label->setVisible(!warnings.isEmpty());
}

} // namespace

MeetingDialog::MeetingDialog(Pipeline &pipeline, qint64 dealId, const QDateTime &now,
                             QWidget *parent)
    : QDialog(parent)
    , m_pipeline(pipeline)
    , m_now(now)
    , m_date(new DateField(QDate()))
    , m_time(new TimeField(QTime(10, 0)))
    , m_zone(createZoneBox())
    , m_minutes(new QSpinBox)
    , m_channel(new QComboBox)
    , m_agenda(new QLineEdit)
    , m_warning(warningLabel())
    , m_error(errorLabel())
{
    // What the dialog starts from; a read that fails is said, and nothing can be saved.
    const auto deal = pipeline.deal(dealId);
    const auto scheduled = pipeline.activity().scheduledMeeting(dealId);
    const std::optional<Meeting> current = scheduled ? *scheduled : std::nullopt;
    QString readError;
    if (!deal)
        readError = errorText(deal.error());
    else if (!scheduled)
        readError = errorText(scheduled.error());
    setWindowTitle(current ? tr("Move the meeting") : tr("Set the next meeting"));
    QString zone = current ? current->tz : deal ? deal->contact.tz : QString();
    if (zone.isEmpty())
        zone = QString::fromUtf8(pipeline.settings().zone().id());
    m_zone->setCurrentText(zone);
    const QTimeZone tz(zone.toUtf8());
    QDateTime proposal = current ? current->start.toTimeZone(tz)
                                 : pipeline.engine()
                                       .calendar()
                                       .workStart(pipeline.engine().calendar().addBusinessDays(
                                           pipeline.engine().calendar().localDate(now), 2))
                                       .toTimeZone(tz);
    if (!current)
        proposal = QDateTime(proposal.date(), QTime(10, 0), tz);
    m_date->setToday(now.toTimeZone(tz).date());
    m_date->setDate(proposal.date());
    m_time->setTime(proposal.time());
    m_minutes->setRange(5, 480);
    m_minutes->setSingleStep(15);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(current ? current->minutes : 30);
    m_channel->addItem(tr("Phone"), int(Channel::Phone));
    m_channel->addItem(tr("Video"), int(Channel::Video));
    m_channel->addItem(tr("In person"), int(Channel::InPerson));
    if (current)
        m_channel->setCurrentIndex(m_channel->findData(int(current->channel)));
    m_agenda->setText(current ? current->agenda : QString());
    m_agenda->setPlaceholderText(tr("What you will cover, as agreed"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Time"), m_time);
    form->addRow(tr("Time &zone"), m_zone);
    form->addRow(tr("&Length"), m_minutes);
    form->addRow(tr("&Channel"), m_channel);
    form->addRow(tr("&Agenda"), m_agenda);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    if (deal) {
        const auto warn = [this, &pipeline, dealId] {
            showWarnings(m_warning, pipeline, dealId, m_date, m_time, this->zone(),
                         m_minutes->value());
        };
        connect(m_date, &QLineEdit::textChanged, this, warn);
        connect(m_time, &QComboBox::currentTextChanged, this, warn);
        connect(m_zone, &QComboBox::currentTextChanged, this, warn);
        connect(m_minutes, &QSpinBox::valueChanged, this, warn);
        warn();
    }
    if (!readError.isEmpty()) {
        m_error->setText(readError);
        m_error->show();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    } else {
        // What OK refused goes once the rep edits the time it was about.
        const auto edited = [this] {
            m_error->hide();
        };
        connect(m_date, &QLineEdit::textEdited, this, edited);
        connect(m_time, &QComboBox::editTextChanged, this, edited);
        connect(m_time, &QComboBox::activated, this, edited);
        connect(m_zone, &QComboBox::editTextChanged, this, edited);
        connect(m_zone, &QComboBox::activated, this, edited);
    }
}

QString MeetingDialog::zone() const
{
    return m_zone->currentText().trimmed();
}
int MeetingDialog::minutes() const
{
    return m_minutes->value();
}
QString MeetingDialog::agenda() const
{
    return m_agenda->text().trimmed();
}
Channel MeetingDialog::channel() const
{
    return Channel(m_channel->currentData().toInt());
}

void MeetingDialog::accept()
{
    const QByteArray id = zone().toUtf8();
    if (!checkTimeZone(Field::MeetingZone, zone())) {
        m_error->setText(tr("'%1' is not a known time zone; pick one from the list.").arg(zone()));
        m_error->show();
        return;
    }
    const auto time = m_time->time();
    if (!time) {
        m_error->setText(tr("'%1' is not a time; write it like 14:30.").arg(m_time->currentText()));
        m_error->show();
        m_time->setFocus();
        return;
    }
    const auto day = m_date->date();
    if (!day || day->year() < minYear || day->year() > maxYear) {
        m_error->setText(day ? tr("Choose a date between %1 and %2.").arg(minYear).arg(maxYear)
                             : m_date->problem());
        m_error->show();
        m_date->setFocus();
        return;
    }
    const QDateTime start = instantAt(*day, *time, QTimeZone(id));
    if (!start.isValid()) {
        m_error->setText(tr("%1 does not exist in %2: the clocks skip it when summer time starts. "
                            "Choose another time.")
                             .arg(m_time->currentText(), zone()));
        m_error->show();
        return;
    }
    if (start <= m_now) {
        m_error->setText(tr("The next meeting must be in the future."));
        m_error->show();
        return;
    }
    m_start = start;
    QDialog::accept();
}

NoShowDialog::NoShowDialog(Pipeline &pipeline, qint64 dealId, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_direct(new QCheckBox)
    , m_reception(new QCheckBox)
    , m_mobile(new QCheckBox)
    , m_warning(warningLabel())
    , m_error(errorLabel())
{
    setWindowTitle(tr("No answer"));
    // What recording the miss will decide, asked once: the dialog says what will happen.
    const auto preview = pipeline.previewMissed(dealId, now);
    const Deal *deal = preview ? &preview->deal : nullptr;
    QString readError = preview ? QString() : errorText(preview.error());
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("<b>%1</b> did not pick up. Before giving up on this call, try the switchboard "
           "and the mobile too.")
            .arg(deal ? deal->contact.name.toHtmlEscaped() : QString()));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto line = [](QCheckBox *box, const QString &label, const QString &number) {
        box->setText(number.isEmpty() ? tr("%1: no number").arg(label)
                                      : QStringLiteral("%1: %2").arg(label, number));
        box->setEnabled(!number.isEmpty());
    };
    line(m_direct, tr("Direct"), deal ? deal->contact.phone : QString());
    line(m_reception, tr("Reception"), deal ? deal->contact.reception : QString());
    line(m_mobile, tr("Mobile"), deal ? deal->contact.mobile : QString());
    m_direct->setChecked(true);
    m_direct->setEnabled(true);
    for (QCheckBox *b : { m_direct, m_reception, m_mobile })
        layout->addWidget(b);

    if (preview) {
        const Meeting &meeting = preview->meeting;
        m_lastCycle = preview->breakupDue;
        m_zone = QTimeZone(meeting.tz.toUtf8());
        if (m_lastCycle) {
            auto *last =
                new QLabel(tr("That was the call of the last cycle: no new slot is proposed. "
                              "The break-up email is due next."));
            last->setWordWrap(true);
            layout->addWidget(last);
        } else if (preview->noSlot) {
            readError = errorText(*preview->noSlot);
        } else {
            m_proposed = preview->proposed;
            const QDateTime local = m_proposed.toTimeZone(m_zone);
            auto *form = new QFormLayout;
            m_date = new DateField(local.date());
            m_date->setToday(now.toTimeZone(m_zone).date());
            m_time = new TimeField(local.time());
            auto *hint = new QLabel(
                tr("The missed-call email states this time as agreed (%1).").arg(meeting.tz));
            hint->setWordWrap(true);
            form->addRow(tr("Next call &date"), m_date);
            form->addRow(tr("Next call &time"), m_time);
            layout->addLayout(form);
            layout->addWidget(hint);
            layout->addWidget(m_warning);
            const auto warn = [this, &pipeline, dealId, zone = meeting.tz,
                               minutes = meeting.minutes] {
                showWarnings(m_warning, pipeline, dealId, m_date, m_time, zone, minutes);
            };
            connect(m_date, &QLineEdit::textChanged, this, warn);
            connect(m_time, &QComboBox::currentTextChanged, this, warn);
            warn();
        }
    }
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log the missed call"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (!readError.isEmpty()) {
        m_error->setText(readError);
        m_error->show();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    } else {
        // What OK refused goes once the rep edits the time it was about.
        const auto edited = [this] {
            m_error->hide();
        };
        if (m_date && m_time) {
            connect(m_date, &QLineEdit::textEdited, this, edited);
            connect(m_time, &QComboBox::editTextChanged, this, edited);
            connect(m_time, &QComboBox::activated, this, edited);
        }
    }
}

int NoShowDialog::tried() const
{
    return (m_direct->isChecked() ? int(PhoneLine::Direct) : 0)
        | (m_reception->isChecked() ? int(PhoneLine::Reception) : 0)
        | (m_mobile->isChecked() ? int(PhoneLine::Mobile) : 0);
}

QDateTime NoShowDialog::changedSlot() const
{
    if (!m_date)
        return {};
    const QDateTime chosen =
        instantAt(m_date->date().value_or(QDate()), m_time->time().value_or(QTime()), m_zone);
    return chosen == m_proposed ? QDateTime() : chosen;
}

void NoShowDialog::accept()
{
    if (m_date && !m_date->date()) {
        m_error->setText(m_date->problem());
        m_error->show();
        m_date->setFocus();
        return;
    }
    if (m_date && !m_time->time()) {
        m_error->setText(tr("'%1' is not a time; write it like 14:30.").arg(m_time->currentText()));
        m_error->show();
        return;
    }
    if (m_date && !instantAt(*m_date->date(), *m_time->time(), m_zone).isValid()) {
        m_error->setText(tr("That time does not exist in %1 (summer time starts): choose another.")
                             .arg(QString::fromUtf8(m_zone.id())));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace NineTouchUi
