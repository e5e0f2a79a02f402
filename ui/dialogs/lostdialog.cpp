#include "lostdialog.h"

#include "pipeline.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace NineTouchUi {

QStringList LostDialog::reasons()
{
    return { tr("No response after the break-up rule"),
             tr("Chose a competitor"),
             tr("No budget"),
             tr("No decision"),
             tr("Bad timing"),
             tr("Other") };
}

LostDialog::LostDialog(const QString &dealTitle, bool afterBreakup, QWidget *parent)
    : QDialog(parent)
    , m_group(new QButtonGroup(this))
    , m_details(new QLineEdit)
{
    setWindowTitle(tr("Mark lost"));
    setMinimumWidth(QFontMetrics(font()).horizontalAdvance(QLatin1Char('x')) * 60);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Why was <b>%1</b> lost?").arg(dealTitle.toHtmlEscaped()));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const QStringList all = reasons();
    for (int i = 0; i < all.size(); ++i) {
        auto *b = new QRadioButton(all.at(i));
        m_group->addButton(b, i);
        m_choices << b;
        layout->addWidget(b);
    }
    if (!afterBreakup) {
        m_choices.first()->setEnabled(false);
        m_choices.first()->setToolTip(tr("Only after the break-up email: it asked for a decision "
                                         "by a deadline."));
    }
    m_details->setPlaceholderText(tr("Details (optional): which competitor, what was said…"));
    m_details->setMaxLength(400);
    layout->addWidget(m_details);
    auto *note = new QLabel(tr("A re-engage task is set months out, whatever the reason."));
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Mark lost"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_group, &QButtonGroup::idToggled, this, [this] { updateOk(); });
    connect(m_details, &QLineEdit::textChanged, this, [this] { updateOk(); });
    choose(afterBreakup ? 0 : -1);
    updateOk();
}

void LostDialog::choose(int index)
{
    if (index >= 0 && index < m_choices.size() && m_choices.at(index)->isEnabled())
        m_choices.at(index)->setChecked(true);
}

void LostDialog::setDetails(const QString &text)
{
    m_details->setText(text);
}

void LostDialog::updateOk()
{
    // "Other" needs the rep's words; the others may have them.
    const int id = m_group->checkedId();
    m_ok->setEnabled(
        id >= 0 && (id != int(m_choices.size()) - 1 || !m_details->text().trimmed().isEmpty()));
}

QString LostDialog::reason() const
{
    const int id = m_group->checkedId();
    const QString details = m_details->text().simplified();
    if (id < 0)
        return details;
    // The break-up rule's reason is the one the method records, word for word.
    const QString choice = id == 0        ? NineTouch::Pipeline::breakupLostReason()
        : id == int(m_choices.size()) - 1 ? QString()
                                          : m_choices.at(id)->text();
    if (choice.isEmpty())
        return details;
    return details.isEmpty() ? choice : choice + QStringLiteral(": ") + details;
}

} // namespace NineTouchUi
