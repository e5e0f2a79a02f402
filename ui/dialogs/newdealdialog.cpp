#include "newdealdialog.h"

#include "commands.h"
#include "dealform.h"
#include "fieldlabels.h"
#include "pipeline.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace NineTouchUi {

using namespace NineTouch;

NewDealDialog::NewDealDialog(Pipeline &pipeline, UndoController &undo, const QList<Stage> &stages,
                             std::function<QDateTime()> now, QWidget *parent)
    : QDialog(parent)
    , m_pipeline(pipeline)
    , m_undo(undo)
    , m_now(std::move(now))
    , m_form(new DealForm)
    , m_error(new QLabel)
{
    setWindowTitle(tr("New deal"));
    m_form->setStages(stages);
    m_base.currency = pipeline.settings().currency;
    m_form->setDeal(m_base);
    m_error->setObjectName(QStringLiteral("newDealError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d64545"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewDealDialog::accept);
    m_form->titleEdit()->setFocus();
}

void NewDealDialog::accept()
{
    const auto deal = m_form->deal(m_base);
    Status s = deal ? Status(success()) : Status(deal.error());
    if (s) {
        auto command = std::make_unique<NewDealCommand>(m_pipeline, *deal, m_now());
        const NewDealCommand *added = command.get();
        s = m_undo.push(std::move(command));
        if (s)
            m_dealId = added->dealId();
    }
    if (s) {
        QDialog::accept();
        return;
    }
    // The form keeps what was typed; the field at fault is marked, with the cursor in it.
    m_error->setText(errorText(s.error()));
    m_error->show();
    for (QWidget *w : m_form->findChildren<QWidget *>())
        w->setStyleSheet(QString());
    if (QWidget *field = m_form->editor(s.error().field)) {
        field->setStyleSheet(QStringLiteral("border: 1px solid #d64545"));
        field->setFocus();
    }
}

} // namespace NineTouchUi
