// A new deal: the deal form, with what the pipeline refused said under it and the field at
// fault marked. The deal is created as one undoable command when the rep presses OK.
#pragma once

#include "types.h"

#include <QDateTime>
#include <QDialog>

#include <functional>

class QLabel;

namespace NineTouch {
class Pipeline;
}

namespace NineTouchUi {

class DealForm;
class UndoController;

class NewDealDialog final : public QDialog
{
    Q_OBJECT

public:
    NewDealDialog(NineTouch::Pipeline &pipeline, UndoController &undo,
                  const QList<NineTouch::Stage> &stages, std::function<QDateTime()> now,
                  QWidget *parent = nullptr);

    // The deal created, once the dialog was accepted.
    qint64 dealId() const { return m_dealId; }

    void accept() override;

private:
    NineTouch::Pipeline &m_pipeline;
    UndoController &m_undo;
    std::function<QDateTime()> m_now;
    NineTouch::Deal m_base;
    DealForm *m_form;
    QLabel *m_error;
    qint64 m_dealId = 0;
};

} // namespace NineTouchUi
