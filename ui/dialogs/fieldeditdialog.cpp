#include "fieldeditdialog.h"

#include "commands.h"
#include "dealfields.h"
#include "fieldlabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace NineTouchUi {

using namespace NineTouch;

bool FieldEditDialog::canEdit(Field field)
{
    switch (field) {
    case Field::ValueSummary:
    case Field::Topic:
    case Field::Email:
    case Field::FirstName:
    case Field::Salutation:
    case Field::Language:
        return true;
    default:
        return false;
    }
}

FieldEditDialog::FieldEditDialog(Pipeline &pipeline, UndoController &undo, const Deal &deal,
                                 Field field, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_pipeline(pipeline)
    , m_undo(undo)
    , m_deal(deal)
    , m_field(field)
    , m_now(now)
    , m_error(new QLabel)
{
    Q_ASSERT(canEdit(field));
    setWindowTitle(tr("%1 · %2").arg(fieldLabel(field), deal.title));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(fieldLabel(field));
    layout->addWidget(label);
    const QString current = fieldValue(deal, field).toString();
    if (field == Field::ValueSummary) {
        m_text = new QPlainTextEdit(current);
        m_text->setTabChangesFocus(true);
        m_text->setPlaceholderText(tr("What the prospect gains, in one or two sentences, in the "
                                      "language the contact reads."));
        label->setBuddy(m_text);
        layout->addWidget(m_text);
    } else if (field == Field::Language) {
        m_choice = new QComboBox;
        m_choice->addItem(tr("English"), QStringLiteral("en"));
        m_choice->addItem(tr("German"), QStringLiteral("de"));
        m_choice->setCurrentIndex(std::max(0, m_choice->findData(current)));
        label->setBuddy(m_choice);
        layout->addWidget(m_choice);
    } else {
        m_line = new QLineEdit(current);
        label->setBuddy(m_line);
        layout->addWidget(m_line);
    }
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d64545"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(QFontMetrics(font()).horizontalAdvance(QLatin1Char('x')) * 60, sizeHint().height());
}

void FieldEditDialog::setText(const QString &text)
{
    if (m_text)
        m_text->setPlainText(text);
    else if (m_line)
        m_line->setText(text);
}

QString FieldEditDialog::value() const
{
    if (m_text)
        return m_text->toPlainText().trimmed();
    if (m_choice)
        return m_choice->currentData().toString();
    return m_line->text().trimmed();
}

void FieldEditDialog::accept()
{
    Deal edited = m_deal;
    setFieldValue(edited, m_field, value());
    const Status s =
        m_undo.push(std::make_unique<EditDealCommand>(m_pipeline, m_deal, edited, m_now));
    if (!s) {
        m_error->setText(errorText(s.error()));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace NineTouchUi
