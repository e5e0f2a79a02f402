#include "welcomepage.h"

#include "dealform.h"
#include "fieldlabels.h"
#include "worktimefields.h"
#include "zonebox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <pwd.h>
#include <unistd.h>

namespace NineTouchUi {

using namespace NineTouch;

QString WelcomePage::systemUserName()
{
    // The full name in the password database ("Alex Morgan,Room 4,…"), else nothing.
    if (const passwd *pw = ::getpwuid(::getuid()); pw && pw->pw_gecos) {
        const QString full =
            QString::fromLocal8Bit(pw->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
        // "root" for root, the login name on systems that keep no full name: not a name.
        if (!full.isEmpty() && full != QString::fromLocal8Bit(pw->pw_name))
            return full;
    }
    return {};
}

WelcomePage::WelcomePage(Pipeline &pipeline, QWidget *parent)
    : QWidget(parent)
    , m_pipeline(pipeline)
    , m_name(new QLineEdit)
    , m_email(new QLineEdit)
    , m_signature(new QPlainTextEdit)
    , m_zone(createZoneBox())
    , m_days(new WorkDaysBox(pipeline.settings()))
    , m_hours(new WorkHoursBox(pipeline.settings()))
    , m_error(new QLabel)
    , m_firstDeal(new QPushButton(tr("Create your &first deal…")))
    , m_import(new QPushButton(tr("&Import from a CSV file…")))
    , m_demo(new QPushButton(tr("Try the &demo pipeline")))
{
    setObjectName(QStringLiteral("welcomePage"));
    const Settings &s = pipeline.settings();

    auto *card = new QWidget;
    card->setMaximumWidth(QFontMetrics(font()).horizontalAdvance(QLatin1Char('x')) * 90);
    auto *layout = new QVBoxLayout(card);
    layout->setSpacing(12);

    auto *title = new QLabel(tr("Welcome to NineTouch"));
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(
        tr("After every meeting you set the next one, send a recap, an invite and a reminder, "
           "and call at exactly the agreed time. When a call goes unanswered, the next time is "
           "proposed as if agreed. Three such cycles without an answer, and a break-up email "
           "asks the prospect to decide.<br/><br/>NineTouch keeps the count, drafts the emails "
           "and tells you what is due today, so that your pipeline shows what is real."));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    layout->addWidget(title);
    layout->addWidget(intro);

    auto *you = new QGroupBox(tr("About you: your emails are signed with this"));
    auto *form = new QFormLayout(you);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name->setText(s.repName.isEmpty() ? systemUserName() : s.repName);
    m_name->setPlaceholderText(tr("e.g. Alex Morgan"));
    m_email->setText(s.repEmail);
    m_email->setPlaceholderText(tr("e.g. alex@yourcompany.com"));
    m_signature->setPlainText(s.repSignature);
    m_signature->setPlaceholderText(tr("e.g. Alex Morgan\nAccount Executive, Your Company\n+49 30 "
                                       "1234 5678"));
    m_signature->setTabChangesFocus(true);
    m_signature->setFixedHeight(QFontMetrics(font()).height() * 4 + 12);
    m_zone->setCurrentText(s.value(QStringLiteral("rep.tz")));
    m_zone->setItemText(0, QString()); // no "the rep's zone" here: this is the rep's zone
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Email"), m_email);
    form->addRow(tr("&Signature"), m_signature);
    form->addRow(tr("Time &zone"), m_zone);
    auto *daysLabel = new QLabel(tr("Working &days"));
    daysLabel->setBuddy(m_days->first());
    form->addRow(daysLabel, m_days);
    auto *hoursLabel = new QLabel(tr("Working &hours"));
    hoursLabel->setBuddy(m_hours->start());
    form->addRow(hoursLabel, m_hours);
    auto *hint = new QLabel(tr("Reminders go out at the start of your working day; calls and "
                               "deadlines keep to your working week. You can change all of this "
                               "later in the settings."));
    hint->setWordWrap(true);
    hint->setEnabled(false);
    form->addRow(hint);
    layout->addWidget(you);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d64545"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    m_firstDeal->setDefault(true);
    m_firstDeal->setAutoDefault(true);
    for (QPushButton *b : { m_firstDeal, m_import, m_demo }) {
        b->setMinimumHeight(QFontMetrics(font()).height() * 2 + 6);
        buttons->addWidget(b);
    }
    layout->addLayout(buttons);
    auto *demoNote = new QLabel(tr("The demo opens in a window of its own, on a file of its own: "
                                   "your pipeline stays yours."));
    demoNote->setWordWrap(true);
    demoNote->setEnabled(false);
    layout->addWidget(demoNote);
    layout->addStretch();

    connect(m_firstDeal, &QPushButton::clicked, this, [this] {
        if (save(true))
            emit createDealRequested();
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (save(true))
            emit importRequested();
    });
    connect(m_demo, &QPushButton::clicked, this, [this] {
        (void)save(false); // what is right is kept; the demo has its own rep
        emit demoRequested();
    });
    for (QLineEdit *e : { m_name, m_email })
        connect(e, &QLineEdit::returnPressed, m_firstDeal, &QPushButton::click);

    // Centred, and scrolling on a small screen.
    auto *centre = new QWidget;
    auto *row = new QHBoxLayout(centre);
    row->addStretch(1);
    row->addWidget(card, 4);
    row->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(centre);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

QString WelcomePage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void WelcomePage::showError(const QString &text, QWidget *field)
{
    m_error->setText(text);
    m_error->show();
    if (field)
        field->setFocus();
}

bool WelcomePage::save(bool requireContact)
{
    m_error->hide();
    if (requireContact && m_name->text().trimmed().isEmpty()) {
        showError(tr("Your name is needed: your emails are signed with it."), m_name);
        return false;
    }
    if (requireContact && m_email->text().trimmed().isEmpty()) {
        showError(tr("Your email address is needed: your emails are sent from it."), m_email);
        return false;
    }
    const Settings base = m_pipeline.settings();
    QList<std::pair<QString, QString>> values {
        { QStringLiteral("work.days"), m_days->value() },
        { QStringLiteral("work.hours"), m_hours->value() },
    };
    if (!m_name->text().trimmed().isEmpty())
        values.append({ QStringLiteral("rep.name"), m_name->text() });
    if (!m_email->text().trimmed().isEmpty())
        values.append({ QStringLiteral("rep.email"), m_email->text() });
    // The box shows the zone used; a zone this machine lacks stays unless another is picked.
    if (m_zone->currentText() != base.value(QStringLiteral("rep.tz")))
        values.append({ QStringLiteral("rep.tz"), m_zone->currentText() });
    Settings edited = base;
    Status s = success();
    for (const auto &[key, value] : std::as_const(values)) {
        s = edited.set(key, value);
        if (!s)
            break;
    }
    // No signature typed: the name signs.
    const QString signature = m_signature->toPlainText().trimmed();
    if (!signature.isEmpty() || !m_name->text().trimmed().isEmpty())
        edited.repSignature = signature.isEmpty() ? m_name->text().trimmed() : signature;
    if (s)
        s = m_pipeline.saveSettings(base, edited);
    if (!s) {
        const QHash<Field, QWidget *> fields {
            { Field::RepName, m_name },           { Field::RepEmail, m_email },
            { Field::RepSignature, m_signature }, { Field::RepTimeZone, m_zone },
            { Field::WorkDays, m_days->first() }, { Field::WorkHours, m_hours->start() },
        };
        showError(NineTouchUi::errorText(s.error()), fields.value(s.error().field));
        return false;
    }
    return true;
}

} // namespace NineTouchUi
