#include "dealform.h"
#include "names.h"
#include "prospectformat.h"

#include "dealfields.h"
#include "validation.h"
#include "zonebox.h"

#include <QApplication>

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimeZone>

namespace NineTouchUi {

using namespace NineTouch;

DealForm::DealForm(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLineEdit)
    , m_topic(new QLineEdit)
    , m_org(new QLineEdit)
    , m_stage(new QComboBox)
    , m_value(new QLineEdit)
    , m_currency(new QLineEdit)
    , m_summary(new QPlainTextEdit)
    , m_cost(new QComboBox)
    , m_material(new QCheckBox(tr("Decision material delivered")))
    , m_cycles(new QSpinBox)
    , m_contact(new QLineEdit)
    , m_firstName(new QLineEdit)
    , m_email(new QLineEdit)
    , m_phone(new QLineEdit)
    , m_mobile(new QLineEdit)
    , m_reception(new QLineEdit)
    , m_tz(createZoneBox())
    , m_language(new QComboBox)
    , m_region(new QComboBox)
    , m_address(new QComboBox)
    , m_salutation(new QComboBox)
    , m_greeting(new QLabel)
    , m_owner(new QComboBox)
    , m_layout(new QFormLayout(this))
{
    QFormLayout *form = m_layout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A narrow panel (a laptop, a long language): a label goes above its field rather than
    // pushing the field out of sight.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_title->setPlaceholderText(tr("e.g. Fleet tracking – Acme (your own name for it)"));
    m_topic->setPlaceholderText(tr("What the emails call it, e.g. the fleet tracking rollout"));
    m_firstName->setPlaceholderText(tr("As you greet them; empty: from the name"));
    m_value->setPlaceholderText(tr("e.g. 12000"));
    m_currency->setMaxLength(3);
    m_currency->setMaximumWidth(QFontMetrics(font()).horizontalAdvance(QStringLiteral("WWWWW")));
    m_summary->setPlaceholderText(
        tr("What the prospect gains, in one or two sentences. The break-up email restates it."));
    m_summary->setTabChangesFocus(true);
    m_summary->setMaximumHeight(QFontMetrics(font()).height() * 4);
    m_cost->addItem(tr("Low: email is enough"), QStringLiteral("low"));
    m_cost->addItem(tr("High: calls, demos, several stakeholders"), QStringLiteral("high"));
    // Combo boxes sized to the panel, not to their longest item (zone names are long).
    // Countries by name; empty: the country of the contact's time zone.
    m_region->addItem(tr("From the time zone"), QString());
    const auto countries = countriesByName();
    for (const auto &[name, code] : countries)
        m_region->addItem(name, code);
    m_region->setToolTip(tr("Whose conventions the emails follow for dates, times and numbers."));
    for (QComboBox *c : { m_stage, m_cost, m_tz, m_language, m_region }) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(10);
    }
    m_cycles->setRange(0, 6);
    m_cycles->setSpecialValueText(tr("My setting"));
    m_cycles->setToolTip(
        tr("How many silent cycles before the break-up email, for this deal only."));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("German"), QStringLiteral("de"));
    // How the emails address the contact: German formally unless the rep says otherwise.
    // Short enough for the deal panel; the tooltip says the rest.
    m_address->addItem(tr("Usual for the language"), toString(AddressForm::Usual));
    m_address->addItem(tr("Formal, family name"), toString(AddressForm::Formal));
    m_address->addItem(tr("First name (Sie)"), toString(AddressForm::FirstName));
    m_address->addItem(tr("du (German)"), toString(AddressForm::Du));
    m_address->setToolTip(tr("German: formally \"Guten Tag Frau Müller\" with Sie, or \"Hallo "
                             "Jana\" with Sie or du. English: \"Dear Ms Carter\" or \"Hi Sam\"."));
    m_salutation->setEditable(true);
    m_salutation->setInsertPolicy(QComboBox::NoInsert);
    for (const char *title : { "", "Frau", "Herr", "Frau Dr.", "Herr Dr.", "Ms", "Mr", "Dr" })
        m_salutation->addItem(QString::fromUtf8(title));
    m_salutation->lineEdit()->setPlaceholderText(tr("Frau, Herr, Ms…"));
    m_salutation->setToolTip(tr("The title a formal greeting puts before the family name; "
                                "empty: the whole name (\"Guten Tag Jana Müller\")."));
    m_salutation->lineEdit()->setMaxLength(40);
    m_greeting->setEnabled(false); // a quiet line: what the prospect will read
    m_greeting->setWordWrap(true);
    m_email->setPlaceholderText(QStringLiteral("name@example.com"));
    m_phone->setPlaceholderText(QStringLiteral("+49 30 1234567"));

    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_currency);
    // Two groups a rep recognises: the deal, then the person.
    const auto section = [&form](const QString &text) {
        auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()));
        heading->setContentsMargins(0, form->rowCount() ? 8 : 0, 0, 0);
        form->addRow(heading);
    };
    section(tr("The deal"));
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("To&pic for the prospect"), m_topic);
    form->addRow(tr("&Organization"), m_org);
    form->addRow(tr("&Stage"), m_stage);
    auto *valueLabel = new QLabel(tr("&Value"));
    valueLabel->setBuddy(m_value);
    form->addRow(valueLabel, valueRow);
    form->addRow(tr("Value s&ummary"), m_summary);
    form->addRow(tr("Follow-up &cost"), m_cost);
    form->addRow(QString(), m_material);
    form->addRow(tr("C&ycles before break-up"), m_cycles);
    form->addRow(tr("O&wner"), m_owner);
    m_owner->setToolTip(tr("Whose deal it is: it shows on their board and in their day queue."));
    form->setRowVisible(m_owner, false);
    section(tr("The contact"));
    form->addRow(tr("Co&ntact"), m_contact);
    form->addRow(tr("&First name"), m_firstName);
    form->addRow(tr("&Address as"), m_address);
    form->addRow(tr("Salutat&ion"), m_salutation);
    form->addRow(QString(), m_greeting);
    form->addRow(tr("&Email"), m_email);
    form->addRow(tr("&Direct phone"), m_phone);
    form->addRow(tr("&Mobile"), m_mobile);
    form->addRow(tr("&Reception"), m_reception);
    form->addRow(tr("Time &zone"), m_tz);
    form->addRow(tr("&Language"), m_language);
    form->addRow(tr("Re&gion"), m_region);
    // Choices as wide as the form allows, not as their longest entry.
    for (QComboBox *box : findChildren<QComboBox *>()) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }

    // Named fields: for accessibility tools and tests.
    const std::pair<QWidget *, const char *> names[] = {
        { m_title, "title" },
        { m_topic, "topic" },
        { m_firstName, "firstName" },
        { m_region, "region" },
        { m_org, "organization" },
        { m_stage, "stage" },
        { m_value, "value" },
        { m_currency, "currency" },
        { m_summary, "valueSummary" },
        { m_cost, "cost" },
        { m_material, "materialDelivered" },
        { m_cycles, "cycles" },
        { m_contact, "contact" },
        { m_email, "email" },
        { m_phone, "phone" },
        { m_mobile, "mobile" },
        { m_reception, "reception" },
        { m_tz, "timeZone" },
        { m_language, "language" },
        { m_address, "address" },
        { m_salutation, "salutation" },
        { m_greeting, "greeting" },
        { m_owner, "owner" },
    };
    for (const auto &[widget, name] : names)
        widget->setObjectName(QLatin1String(name));
    for (QLineEdit *e : { m_title, m_topic, m_org, m_value, m_currency, m_contact, m_firstName,
                          m_email, m_phone, m_mobile, m_reception })
        connect(e, &QLineEdit::textEdited, this, &DealForm::edited);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &DealForm::edited);
    for (QComboBox *c : { m_stage, m_cost, m_tz, m_language, m_region, m_owner })
        connect(c, &QComboBox::activated, this, &DealForm::edited);
    connect(m_material, &QCheckBox::toggled, this, &DealForm::edited);
    connect(m_address, &QComboBox::activated, this, &DealForm::edited);
    connect(m_salutation, &QComboBox::currentTextChanged, this, [this] {
        if (!signalsBlocked())
            emit edited();
    });
    // The greeting follows every field it is made of.
    for (QLineEdit *e : { m_contact, m_firstName })
        connect(e, &QLineEdit::textChanged, this, &DealForm::showGreeting);
    for (QComboBox *c : { m_language, m_address, m_salutation })
        connect(c, &QComboBox::currentIndexChanged, this, &DealForm::showGreeting);
    connect(m_salutation, &QComboBox::currentTextChanged, this, &DealForm::showGreeting);
    connect(m_cycles, &QSpinBox::valueChanged, this, &DealForm::edited);
    // A new contact in Berlin, Vienna or Zurich most likely reads German: suggested until the
    // rep picks a language.
    connect(m_language, &QComboBox::activated, this, [this] { m_suggestLanguage = false; });
    connect(m_tz, &QComboBox::currentTextChanged, this, [this](const QString &zone) {
        if (!m_suggestLanguage)
            return;
        static const QStringList germanZones { QStringLiteral("Europe/Berlin"),
                                               QStringLiteral("Europe/Vienna"),
                                               QStringLiteral("Europe/Zurich"),
                                               QStringLiteral("Europe/Busingen"),
                                               QStringLiteral("Europe/Vaduz") };
        const QString language =
            germanZones.contains(zone.trimmed()) ? QStringLiteral("de") : QStringLiteral("en");
        m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    });
    showGreeting();
}

void DealForm::showGreeting()
{
    Contact c;
    c.name = m_contact->text();
    c.firstName = m_firstName->text();
    c.language = m_language->currentData().toString();
    c.address =
        addressFormFromString(m_address->currentData().toString()).value_or(AddressForm::Usual);
    c.salutation = m_salutation->currentText();
    const QString greeting = ProspectFormat::greeting(c) + QLatin1Char(',');
    m_greeting->setText(c.effectiveAddress() == AddressForm::Du
                            ? tr("Emails open with “%1” and say du.").arg(greeting)
                            : c.language == QLatin1String("de")
                            ? tr("Emails open with “%1” and say Sie.").arg(greeting)
                            : tr("Emails open with “%1”").arg(greeting));
}

void DealForm::setStages(const QList<Stage> &stages)
{
    const QVariant current = m_stage->currentData();
    m_stage->clear();
    for (const Stage &s : stages)
        m_stage->addItem(stageLabel(s.name), s.id);
    if (current.isValid())
        m_stage->setCurrentIndex(std::max(0, m_stage->findData(current)));
}

void DealForm::setReps(const QList<Rep> &reps, qint64 me)
{
    const QVariant current = m_owner->currentData();
    const QSignalBlocker quiet(m_owner);
    m_owner->clear();
    for (const Rep &r : reps)
        m_owner->addItem(r.id == me ? tr("Me") : r.login, r.id);
    if (current.isValid())
        m_owner->setCurrentIndex(std::max(0, m_owner->findData(current)));
    m_layout->setRowVisible(m_owner, reps.size() > 1);
}

void DealForm::setDeal(const Deal &d)
{
    m_suggestLanguage = false; // a deal's own language is shown as it is
    for (Field f : dealFields())
        setField(f, d);
    m_suggestLanguage = d.id == 0; // a new deal: suggested from the zone the rep picks
    showGreeting();
}

QWidget *DealForm::editor(Field f) const
{
    switch (f) {
    case Field::Title:
        return m_title;
    case Field::Topic:
        return m_topic;
    case Field::Organization:
        return m_org;
    case Field::Stage:
        return m_stage;
    case Field::Value:
        return m_value;
    case Field::Currency:
        return m_currency;
    case Field::ValueSummary:
        return m_summary;
    case Field::Cost:
        return m_cost;
    case Field::MaterialDelivered:
        return m_material;
    case Field::Cycles:
        return m_cycles;
    case Field::ContactName:
        return m_contact;
    case Field::FirstName:
        return m_firstName;
    case Field::Email:
        return m_email;
    case Field::Phone:
        return m_phone;
    case Field::Mobile:
        return m_mobile;
    case Field::Reception:
        return m_reception;
    case Field::TimeZone:
        return m_tz;
    case Field::Language:
        return m_language;
    case Field::Region:
        return m_region;
    case Field::Address:
        return m_address;
    case Field::Salutation:
        return m_salutation;
    case Field::Owner:
        return m_owner;
    default:
        return nullptr; // not on this form (the other per-deal overrides)
    }
}

Field DealForm::focusedField() const
{
    for (Field f : dealFields()) {
        const QWidget *w = editor(f);
        if (w && (w->hasFocus() || w->isAncestorOf(QApplication::focusWidget())))
            return f;
    }
    return Field::None;
}

void DealForm::setField(Field f, const Deal &d)
{
    // Setting a widget must not look like the rep's edit.
    const QSignalBlocker block(this);
    QWidget *w = editor(f);
    if (!w)
        return;
    const QSignalBlocker blockWidget(w);
    switch (f) {
    case Field::Title:
        m_title->setText(d.title);
        break;
    case Field::Topic:
        m_topic->setText(d.topic);
        break;
    case Field::Organization:
        m_org->setText(d.organization);
        break;
    case Field::Stage:
        m_stage->setCurrentIndex(std::max(0, m_stage->findData(d.stageId)));
        break;
    case Field::Value:
        m_value->setText(d.valueCents ? QString::number(double(d.valueCents) / 100.0, 'f',
                                                        d.valueCents % 100 ? 2 : 0)
                                      : QString());
        break;
    case Field::Currency:
        m_currency->setText(d.currency);
        break;
    case Field::ValueSummary:
        m_summary->setPlainText(d.valueSummary);
        break;
    case Field::Cost:
        m_cost->setCurrentIndex(d.cost == FollowUpCost::High ? 1 : 0);
        break;
    case Field::MaterialDelivered:
        m_material->setChecked(d.materialDelivered);
        break;
    case Field::Cycles:
        m_cycles->setValue(d.policy.cycles.value_or(0));
        break;
    case Field::ContactName:
        m_contact->setText(d.contact.name);
        break;
    case Field::FirstName:
        m_firstName->setText(d.contact.firstName);
        break;
    case Field::Email:
        m_email->setText(d.contact.email);
        break;
    case Field::Phone:
        m_phone->setText(d.contact.phone);
        break;
    case Field::Mobile:
        m_mobile->setText(d.contact.mobile);
        break;
    case Field::Reception:
        m_reception->setText(d.contact.reception);
        break;
    case Field::TimeZone:
        m_tz->setCurrentText(d.contact.tz);
        break;
    case Field::Language:
        m_language->setCurrentIndex(std::max(0, m_language->findData(d.contact.language)));
        break;
    case Field::Region:
        m_region->setCurrentIndex(std::max(0, m_region->findData(d.contact.region)));
        break;
    case Field::Address:
        m_address->setCurrentIndex(std::max(0, m_address->findData(toString(d.contact.address))));
        break;
    case Field::Salutation:
        m_salutation->setCurrentText(d.contact.salutation);
        break;
    case Field::Owner:
        m_owner->setCurrentIndex(m_owner->findData(d.owner));
        break;
    default:
        break;
    }
    // A long value shows from its start (an email address, not its last characters).
    if (auto *line = qobject_cast<QLineEdit *>(w); line && !line->hasFocus())
        line->setCursorPosition(0);
}

Result<Deal> DealForm::deal(const Deal &base) const
{
    Deal d = base;
    d.title = m_title->text().trimmed();
    d.topic = m_topic->text().trimmed();
    d.organization = m_org->text().trimmed();
    d.stageId = m_stage->currentData().toLongLong();
    d.currency = m_currency->text().trimmed().toUpper();
    d.valueSummary = m_summary->toPlainText().trimmed();
    d.cost = m_cost->currentData().toString() == QLatin1String("high") ? FollowUpCost::High
                                                                       : FollowUpCost::Low;
    d.materialDelivered = m_material->isChecked();
    d.policy.cycles = m_cycles->value() > 0 ? std::optional<int>(m_cycles->value()) : std::nullopt;
    d.contact.name = m_contact->text().trimmed();
    d.contact.firstName = m_firstName->text().trimmed();
    d.contact.email = m_email->text().trimmed();
    d.contact.phone = m_phone->text().trimmed();
    d.contact.mobile = m_mobile->text().trimmed();
    d.contact.reception = m_reception->text().trimmed();
    d.contact.tz = m_tz->currentText().trimmed();
    d.contact.language = m_language->currentData().toString();
    d.contact.region = m_region->currentData().toString();
    d.contact.address =
        addressFormFromString(m_address->currentData().toString()).value_or(AddressForm::Usual);
    d.contact.salutation = m_salutation->currentText().simplified();
    if (m_owner->currentIndex() >= 0) // a form without reps leaves the owner as it was
        d.owner = m_owner->currentData().toLongLong();
    const QString value = m_value->text().trimmed();
    if (value.isEmpty()) {
        d.valueCents = 0;
    } else {
        auto cents = parseMoney(Field::Value, value);
        if (!cents)
            return cents.error();
        d.valueCents = *cents;
    }
    return d;
}

} // namespace NineTouchUi
